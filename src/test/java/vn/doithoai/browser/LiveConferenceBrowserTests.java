package vn.doithoai.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.doithoai.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000's demo conference held today, run as the ward's office would: check-in, five
 * turns (two registered, three walk-ins, one forwarded, one directive given from the
 * chair's console), the network cut while a turn is typed and restored, the minutes
 * finalised and the conclusion notice issued. Screenshots of both consoles and the
 * display, and the documents as PNG, under {@code target/}.
 */
@IntegrationTest
class LiveConferenceBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

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
	void theOfficeRunsTodaysConferenceFromCheckInToTheConclusion() throws Exception {
		long id = this.jdbc.queryForObject("select id from conference where request_key = ?", Long.class,
				"demo-live-21172-" + LocalDate.now(this.clock));
		List<String> registered = this.jdbc.queryForList(
				"select tracking_code from petition where conference_id = ? order by received_at, id", String.class,
				id);
		assertThat(registered).hasSizeGreaterThanOrEqualTo(2);
		String live = url("/staff/21172/conferences/" + id + "/live");

		Page secretary = signIn("vanphong");
		secretary.navigate(url("/staff/21172/conferences/" + id + "/checkin"));
		field(secretary, "Mã theo dõi (hoặc quét mã QR)").fill(registered.get(0).toLowerCase().replace("-", ""));
		secretary.locator("#code-show").check();
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Có mặt").setExact(true)).click();
		assertThat(secretary.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã ghi nhận:")))
			.isVisible();
		field(secretary, "Nhóm").selectOption("DELEGATES");
		field(secretary, "Số người").fill("12");
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cập nhật")).click();
		field(secretary, "Người trong tình trạng say do dùng chất kích thích (khoản 1)").check();
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận từ chối")).click();
		assertThat(secretary.locator("#count-refused")).hasText("1");
		assertThat(secretary.locator("#count-total")).hasText("13");
		shoot(secretary, "live-checkin");

		secretary.navigate(live);
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Khai mạc hội nghị")).click();
		assertThat(secretary.locator("#queue > li")).hasCount(registered.size());

		Page display = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 720)).newPage();
		display.navigate(url("/xa/21172/hoi-nghi/" + id + "/man-hinh"));
		assertThat(display.locator("[data-field=speaker]")).hasText("Chưa có người phát biểu");
		Page chair = signIn("chutich");
		chair.navigate(url("/staff/21172/conferences/" + id + "/chair"));

		// Turn 1, registered: answered at the conference.
		call(secretary, 1);
		String firstName = this.jdbc.queryForObject(
				"select full_name from petition where conference_id = ? order by received_at, id limit 1", String.class,
				id);
		assertThat(display.locator("[data-field=speaker]")).hasText(firstName);
		record(secretary, "Đề nghị làm rõ thời gian sửa tuyến đường tổ 3.", "Đã trả lời tại hội nghị",
				"Phường đưa vào kế hoạch sửa chữa quý I năm sau.");
		saved(secretary);

		// Turn 2, registered: the chair gives it to a department and the secretary's
		// console
		// shows it; then typed while the network is down, saved once when it is back.
		call(secretary, 2);
		assertThat(display.locator("[data-field=speaker]")).hasText("Người dân");
		chair.reload();
		String department = this.jdbc.queryForObject(
				"select d.name from department d join app_user u on u.department_id = d.id where u.username = 'canbo'",
				String.class);
		chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(department).setExact(true)).click();
		assertThat(chair.getByText("Đã giao: " + department)).isVisible();
		shoot(chair, "live-chair-console");
		// The secretary's console follows the chair's save by itself (nothing typed
		// there).
		assertThat(field(secretary, "Giao bộ phận giải quyết")).isChecked();
		long turn = this.jdbc.queryForObject("select id from meeting_turn where conference_id = ? and position = 2",
				Long.class, id);
		int before = version(turn);
		secretary.context().setOffline(true);
		field(secretary, "Ý kiến như người dân trình bày").fill("Hỏi về tiến độ cấp giấy chứng nhận khu tái định cư.");
		field(secretary, "Nội dung giao (không ghi thông tin cá nhân; sẽ công khai trong Thông báo kết luận)")
			.fill("Rà soát hồ sơ cấp giấy chứng nhận khu tái định cư, trả lời bằng văn bản.");
		field(secretary, "Thời hạn (ngày/tháng/năm)")
			.fill(LocalDate.now(this.clock).plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		field(secretary, "Trao đổi thêm").fill("Người dân đề nghị có văn bản trả lời trước Tết.");
		secretary.keyboard().press("Control+Enter");
		assertThat(secretary.locator("#live-status")).containsText("Mất kết nối mạng");
		assertThat(secretary.locator("#live-status")).hasAttribute("data-pending", "1");
		shoot(secretary, "live-secretary-offline");
		assertThat(version(turn)).isEqualTo(before);
		secretary.context().setOffline(false);
		saved(secretary);
		assertThat(version(turn)).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject("select exchange from meeting_turn where id = ?", String.class, turn))
			.isEqualTo("Người dân đề nghị có văn bản trả lời trước Tết.");
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_entry where target = ? and conference_id = ?",
				Integer.class, "turn:" + turn, id))
			.isEqualTo(2);

		// Turns 3–5, walk-ins: forwarded, off-topic, answered.
		walkIn(secretary, "Trần Văn Mới", "Đề nghị lắp đặt trạm biến áp cho khu dân cư mới.");
		call(secretary, registered.size() + 1);
		record(secretary, "Khu dân cư mới thường xuyên mất điện.", "Chuyển cơ quan có thẩm quyền", "");
		field(secretary, "Cơ quan có thẩm quyền nhận chuyển").fill("Công ty Điện lực Quảng Ngãi");
		secretary.keyboard().press("Control+Enter");
		saved(secretary);
		walkIn(secretary, "Lê Thị Hỏi", "Đề nghị tổ chức lớp dạy bơi cho trẻ em dịp hè.");
		call(secretary, registered.size() + 2);
		record(secretary, "Dạy bơi cho trẻ em dịp hè.", "Ngoài nội dung, trả lời bằng văn bản", "");
		walkIn(secretary, "Phạm Văn Ba", "Thời gian tiếp nhận hồ sơ tại bộ phận một cửa?");
		call(secretary, registered.size() + 3);
		record(secretary, "Giờ làm việc của bộ phận một cửa.", "Đã trả lời tại hội nghị",
				"Từ 7 giờ 30 đến 17 giờ các ngày làm việc, sáng thứ Bảy.");
		saved(secretary);
		shoot(secretary, "live-secretary-console");
		shoot(display, "live-display");

		// Registered questions not reached still get their outcome before the minutes.
		for (int n = 3; n <= registered.size(); n++) {
			secretary.navigate(live + "?luot="
					+ this.jdbc.queryForObject(
							"select id from meeting_turn where conference_id = ? order by position offset ? limit 1",
							Long.class, id, n - 1));
			record(secretary, "", "Ngoài nội dung, trả lời bằng văn bản", "");
			saved(secretary);
		}
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc hội nghị")).click();
		assertThat(secretary.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã kết thúc")))
			.isVisible();

		secretary.navigate(url("/staff/21172/conferences/" + id + "/minutes"));
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập dự thảo biên bản")).click();
		assertThat(field(secretary, "III. Nội dung hội nghị")).containsText("Công ty Điện lực Quảng Ngãi");
		shoot(secretary, "live-minutes-draft");
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chốt biên bản")).click();
		assertThat(secretary.locator("#minutes-sha256")).hasText(Pattern.compile("[0-9a-f]{64}"));
		shoot(secretary, "live-minutes-final");
		Path documents = Files.createDirectories(Paths.get("target", "documents"));
		save(secretary, "/staff/21172/conferences/" + id + "/minutes/bien-ban.pdf", documents, "live-bien-ban");

		secretary.navigate(url("/staff/21172/conferences/" + id + "/conclusion"));
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập dự thảo Thông báo kết luận"))
			.click();
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình Chủ tịch duyệt")).click();
		chair.navigate(url("/staff/21172/conferences/" + id + "/conclusion"));
		chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt và ban hành")).click();
		assertThat(chair.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("/TB-UBND")))
			.isVisible();
		assertThat(
				chair.getByRole(AriaRole.CELL,
						new Page.GetByRoleOptions()
							.setName("Rà soát hồ sơ cấp giấy chứng nhận khu tái định cư, trả lời bằng văn bản.")))
			.isVisible();
		save(chair, "/xa/21172/hoi-nghi/" + id + "/ket-luan.pdf", documents, "live-ket-luan");
		shoot(chair, "live-conclusion-issued");
		Page official = signIn("canbo");
		official.navigate(url("/staff/21172/directives"));
		assertThat(
				official.getByRole(AriaRole.CELL,
						new Page.GetByRoleOptions()
							.setName("Rà soát hồ sơ cấp giấy chứng nhận khu tái định cư, trả lời bằng văn bản.")))
			.isVisible();
		shoot(official, "live-directives-official");
		assertThat(this.jdbc.queryForObject("select state from conference where id = ?", String.class, id))
			.isEqualTo("CONCLUDED");
	}

	private void call(Page secretary, int number) {
		secretary.locator("#queue > li")
			.nth(number - 1)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mời phát biểu"))
			.click();
		assertThat(secretary.locator("h2.h5")).containsText("Lượt " + number + ":");
	}

	private static void record(Page secretary, String question, String outcome, String answer) {
		if (!question.isEmpty()) {
			field(secretary, "Ý kiến như người dân trình bày").fill(question);
		}
		field(secretary, "Người trả lời").fill("Chủ tịch UBND phường");
		if (!answer.isEmpty()) {
			field(secretary, "Nội dung trả lời (tóm tắt)").fill(answer);
		}
		field(secretary, outcome).check();
		secretary.keyboard().press("Control+Enter");
	}

	private static void walkIn(Page secretary, String name, String question) {
		secretary.getByText("Thêm người phát biểu trực tiếp").click();
		field(secretary, "Họ và tên").fill(name);
		field(secretary, "Nội dung ý kiến").fill(question);
		secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vào danh sách")).click();
		secretary.waitForLoadState();
		assertThat(secretary.locator("#queue")).containsText(name);
	}

	private static Locator field(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private static void saved(Page secretary) {
		assertThat(secretary.locator("#live-status")).hasText("Mọi nội dung đã được lưu.");
		assertThat(secretary.locator("#live-status")).hasAttribute("data-pending", "0");
	}

	private int version(long turn) {
		return this.jdbc.queryForObject("select version from meeting_turn where id = ?", Integer.class, turn);
	}

	private void save(Page page, String path, Path folder, String name) throws Exception {
		APIResponse response = page.context().request().get(url(path));
		assertThat(response.status()).isEqualTo(200);
		Path pdf = folder.resolve(name + ".pdf");
		Files.write(pdf, response.body());
		Browsers.pngs(pdf, name);
	}

	private Page signIn(String username) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		Page page = context.newPage();
		page.navigate(url("/login"));
		field(page, "Tên đăng nhập").fill(username);
		field(page, "Mật khẩu").fill("doithoai-demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		page.waitForURL("**/staff/**");
		return page;
	}

	private static void shoot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot(name)).setFullPage(true));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
