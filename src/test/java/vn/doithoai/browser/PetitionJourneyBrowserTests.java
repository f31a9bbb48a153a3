package vn.doithoai.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.doithoai.IntegrationTest;
import vn.doithoai.system.PublicWriteGuard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A petition's whole journey at phone size (360 px): a citizen registers a question for
 * an announced conference and gets a code; the secretary assigns it; the official drafts
 * the answer; the chair approves it; the citizen sees the answer by the code.
 */
@IntegrationTest
class PetitionJourneyBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PublicWriteGuard guard;

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

	@BeforeEach
	void freshLimits() {
		this.guard.reset();
	}

	@Test
	void aCitizensQuestionIsAnsweredAndTheCitizenSeesItByTheCode() throws Exception {
		long conference = announcedConference();
		Page citizen = phone();
		citizen.navigate(url("/xa/21172/hoi-nghi/" + conference));
		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gửi ý kiến, kiến nghị cho hội nghị này"))
			.click();
		citizen.getByLabel("Họ và tên").fill("Nguyễn Thị Thu");
		citizen.getByLabel("Địa chỉ").fill("Số 12 đường Trương Quang Trọng");
		citizen.getByLabel("Thôn, tổ dân phố").selectOption("LH1A");
		citizen.getByLabel("Lĩnh vực").selectOption("DAT_DAI");
		citizen.getByLabel("Nội dung ý kiến, kiến nghị")
			.fill("Gia đình tôi nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất từ tháng 3 nhưng chưa có kết quả.");
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi ý kiến")).click();
		assertThat(citizen.locator(".invalid-feedback").first()).containsText("đồng ý");
		citizen.getByLabel("Tôi đồng ý").check();
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi ý kiến")).click();
		assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("đã được gửi thành công")))
			.isVisible();
		String code = citizen.locator(".tracking-code").textContent().strip();
		assertThat(citizen.getByText("Đã tiếp nhận").first()).isVisible();
		shoot(citizen, "petition-1-registered-phone");
		org.assertj.core.api.Assertions
			.assertThat((Boolean) citizen.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling at 360 px")
			.isTrue();

		Page secretary = signedIn("vanphong");
		secretary.navigate(url("/staff/21172/petitions/triage"));
		secretary.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
		// htmx fills in the suggestions from the commune's classified petitions (the demo
		// has them).
		assertThat(secretary.locator("#suggestions")).containsText("Lĩnh vực");
		secretary.locator("#departmentId")
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel("Địa chính - Xây dựng - Đô thị và Môi trường"));
		if (secretary.locator("#due").count() > 0) {
			secretary.locator("#due")
				.fill(LocalDate.now().plusDays(14).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao bộ phận")).click();
		assertThat(secretary.getByRole(AriaRole.STATUS).first()).containsText("Đã giao bộ phận");
		shoot(secretary, "petition-2-assigned-phone");

		Page official = signedIn("canbo");
		official.navigate(url("/staff/21172/petitions/mine"));
		official.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
		official.getByLabel("Dự thảo trả lời")
			.fill("Hồ sơ của bà đã đủ điều kiện; Văn phòng đăng ký đất đai sẽ trả giấy chứng nhận trước ngày 15/12.");
		official.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình lãnh đạo duyệt")).click();
		assertThat(official.getByRole(AriaRole.STATUS).first()).containsText("Đã trình lãnh đạo duyệt");
		shoot(official, "petition-3-answer-submitted-phone");

		Page chair = signedIn("chutich");
		chair.navigate(url("/staff/21172/petitions/approvals"));
		chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
		chair.getByLabel("Câu hỏi để công khai")
			.fill("Hồ sơ cấp giấy chứng nhận quyền sử dụng đất nộp từ tháng 3 chưa có kết quả.");
		chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt trả lời")).click();
		assertThat(chair.getByRole(AriaRole.STATUS).first()).containsText("Đã duyệt trả lời");

		citizen.navigate(url("/tra-cuu"));
		citizen.getByLabel("Mã tra cứu").fill(code.toLowerCase());
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
		assertThat(citizen.locator(".badge").first()).hasText("Đã chuẩn bị trả lời");
		assertThat(citizen.getByText("trước ngày 15/12")).isVisible();
		assertThat(citizen.getByText("Nguyễn Thị Thu")).hasCount(0);
		shoot(citizen, "petition-4-answer-seen-phone");
	}

	private Page phone() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("vi-VN"));
		return context.newPage();
	}

	private Page signedIn(String username) {
		Page page = phone();
		page.navigate(url("/login"));
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Mật khẩu").fill("doithoai-demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		page.waitForURL("**/staff/**");
		return page;
	}

	/**
	 * An announced conference some weeks ahead, made through the secretary's own pages.
	 */
	private long announcedConference() throws Exception {
		var secretary = user(this.users.loadUserByUsername("vanphong"));
		String location = this.mvc
			.perform(post("/staff/21172/conferences/new").with(secretary)
				.with(csrf())
				.param("requestKey", UUID.randomUUID().toString())
				.param("kind", "THEMATIC")
				.param("title", "Đối thoại về cấp giấy chứng nhận quyền sử dụng đất")
				.param("date", LocalDate.now().plusMonths(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
				.param("start", "07:30")
				.param("end", "11:00")
				.param("venue", "Hội trường UBND phường")
				.param("allAreas", "true")
				.param("topics", "Đất đai")
				.param("chair", "Chủ tịch UBND phường"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(post("/staff/21172/conferences/" + id + "/schedule").with(secretary)
			.with(csrf())
			.param("version", "0"));
		this.mvc.perform(post("/staff/21172/conferences/" + id + "/announce").with(secretary)
			.with(csrf())
			.param("version", "1"));
		return id;
	}

	private static void shoot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot(name)).setFullPage(true));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
