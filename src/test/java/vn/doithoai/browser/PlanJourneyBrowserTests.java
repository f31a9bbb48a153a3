package vn.doithoai.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doithoai.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan journey in a real browser: the secretary drafts a plan with two conferences,
 * the chair approves it, the secretary announces one, the public sees it, and the
 * documents open.
 */
@IntegrationTest
class PlanJourneyBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	final int year = LocalDate.now().getYear() + 1;

	@BeforeAll
	static void startBrowser() {
		playwright = Browsers.playwright();
		browser = Browsers.launch(playwright);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
		playwright.close();
	}

	@Test
	void aPlanGoesFromDraftToAnAnnouncedConferenceAndItsDocuments() throws Exception {
		Page secretary = signIn("vanphong");
		secretary.navigate(url("/staff/21172/plans"));
		secretary.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Soạn kế hoạch mới")).click();
		secretary.getByLabel("Năm").fill(String.valueOf(this.year));
		secretary.getByLabel("Trích yếu")
			.fill("Tổ chức đối thoại giữa Chủ tịch UBND phường với Nhân dân năm " + this.year);
		secretary.getByLabel("Mục đích")
			.fill("Nắm bắt tâm tư, nguyện vọng của Nhân dân\nGiải quyết kịp thời các kiến nghị");
		secretary.getByLabel("Yêu cầu").fill("Đối thoại dân chủ, công khai, đúng quy định");
		secretary.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true))
			.fill("1. Thời gian, địa điểm\n- Tổ chức mỗi quý một lần tại tổ dân phố");
		secretary.getByLabel("Tổ chức thực hiện")
			.fill("Văn phòng HĐND và UBND phường\n- Chuẩn bị nội dung, thông báo\n"
					+ "Công chức Địa chính - Xây dựng\n- Chuẩn bị nội dung trả lời về đất đai");
		secretary.getByLabel("Nơi nhận").fill("UBND tỉnh Quảng Ngãi (b/c)\nThường trực Đảng ủy phường\nLưu: VT.");
		secretary.getByLabel("Họ và tên người ký").fill("Phạm Văn Lực");
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(secretary.locator("h1")).containsText("năm " + this.year);
		String planUrl = secretary.url();
		for (String[] c : new String[][] { { "Hội nghị đối thoại quý I", "21/01/" + this.year },
				{ "Hội nghị đối thoại quý II", "15/04/" + this.year } }) {
			secretary.navigate(planUrl);
			secretary.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm hội nghị")).click();
			secretary.getByLabel("Loại hội nghị").selectOption("PERIODIC");
			secretary.getByLabel("Tên hội nghị").fill(c[0]);
			secretary.getByLabel("Ngày tổ chức (ngày/tháng/năm)").fill(c[1]);
			secretary.getByLabel("Địa điểm").fill("Hội trường UBND phường Trương Quang Trọng");
			secretary.getByLabel("Nội dung, chủ đề").fill("Đất đai\nTrật tự đô thị");
			secretary.getByLabel("Chủ trì", new Page.GetByLabelOptions().setExact(true)).fill("Chủ tịch UBND phường");
			secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
			assertThat(secretary.locator("h1")).hasText(c[0]);
		}
		String conferenceUrl = secretary.url();
		secretary.navigate(planUrl);
		assertThat(secretary.locator("table")).containsText("Hội nghị đối thoại quý II");
		secretary.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("plan-draft")).setFullPage(true));

		Page chair = signIn("chutich");
		chair.navigate(planUrl);
		chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phê duyệt và cấp số")).click();
		assertThat(chair.getByRole(AriaRole.STATUS)).containsText("phê duyệt");
		assertThat(chair.locator("body")).containsText("/KH-UBND");

		secretary.navigate(conferenceUrl);
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lên lịch (chốt ngày, giờ, địa điểm)"))
			.click();
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thông báo hội nghị")).click();
		assertThat(secretary.getByRole(AriaRole.STATUS)).containsText("Đã thông báo hội nghị");
		secretary.screenshot(
				new Page.ScreenshotOptions().setPath(Browsers.screenshot("conference-announced")).setFullPage(true));

		Page citizen = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)).newPage();
		citizen.navigate(url("/xa/21172"));
		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hội nghị đối thoại quý II")).click();
		assertThat(citizen.locator("h1")).hasText("Hội nghị đối thoại quý II");
		assertThat(citizen.locator("body")).containsText("Hội trường UBND phường Trương Quang Trọng");
		citizen.screenshot(
				new Page.ScreenshotOptions().setPath(Browsers.screenshot("conference-public-phone")).setFullPage(true));

		Path documents = Files.createDirectories(Paths.get("target", "documents"));
		APIResponse pdf = secretary.context().request().get(planUrl + "/ke-hoach.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
		Files.write(documents.resolve("journey-ke-hoach.pdf"), pdf.body());
		APIResponse docx = secretary.context().request().get(planUrl + "/ke-hoach.docx");
		assertThat(docx.status()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(docx.body()))) {
			assertThat(document.getParagraphs()).anySatisfy((p) -> assertThat(p.getText()).contains("KẾ HOẠCH"));
		}
		Files.write(documents.resolve("journey-ke-hoach.docx"), docx.body());
		APIResponse notice = secretary.context().request().get(conferenceUrl + "/thong-bao.pdf");
		assertThat(notice.status()).isEqualTo(200);
		Files.write(documents.resolve("journey-thong-bao.pdf"), notice.body());
		Browsers.pngs(documents.resolve("journey-ke-hoach.pdf"), "journey-ke-hoach");
		Browsers.pngs(documents.resolve("journey-thong-bao.pdf"), "journey-thong-bao");
	}

	private Page signIn(String username) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Mật khẩu").fill("doithoai-demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
