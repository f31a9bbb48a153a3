package vn.doithoai.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doithoai.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The main journeys in a real browser, with screenshots under {@code target/screenshots}.
 */
@IntegrationTest
class StaffJourneyBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

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
	void newContext() {
		this.context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("vi-VN"));
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	@Test
	void theSecretarySignsInAndSeesTheStaffHome() {
		signIn("vanphong");
		assertThat(this.page).hasURL(url("/staff/21172"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Phường Trương Quang Trọng");
		assertThat(this.page.locator("[data-count=areas]")).hasText("4");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("staff-home")).setFullPage(true));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tổ chức")).click();
		assertThat(this.page.locator(".dropdown-menu.show")).isVisible();
		this.page.locator(".dropdown-menu.show")
			.getByText("Cán bộ", new Locator.GetByTextOptions().setExact(true))
			.click();
		assertThat(this.page.locator("table")).containsText("Lê Thị Mỹ Duyên");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("officials")).setFullPage(true));
	}

	@Test
	void anotherCommunesSecretaryCannotOpenTheFirstCommunesPages() {
		signIn("vanphong.dinhke");
		assertThat(this.page).hasURL(url("/staff/07231"));
		this.page.navigate(url("/staff/21172/officials"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Không có quyền truy cập");
		assertThat(this.page.locator("body")).not().containsText("Lê Thị Mỹ Duyên");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("other-commune-403")));
	}

	@Test
	void aWrongPasswordGetsTheGenericMessage() {
		this.page.navigate(url("/login"));
		this.page.getByLabel("Tên đăng nhập").fill("vanphong");
		this.page.getByLabel("Mật khẩu").fill("khong-dung");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("login-error")));
	}

	@Test
	void thePortalReadsOnAPhone() {
		this.page.setViewportSize(360, 740);
		this.page.navigate(url("/"));
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("phường Trương Quang Trọng")))
			.isVisible();
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("portal-phone")).setFullPage(true));
	}

	@Test
	void theSecretaryTriesTheDeadlineRulesOnAConferenceDate() {
		signIn("vanphong");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thời hạn")).click();
		this.page.getByLabel("Ngày tổ chức hội nghị").fill("04/03/2026");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tính")).click();
		assertThat(this.page.locator("table").last()).containsText("Thứ Sáu 13/02/2026");
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot("deadline-rules")).setFullPage(true));
	}

	@Test
	void theCalendarShowsTetWithLunarDates() {
		this.page.navigate(url("/lich/2026/2"));
		assertThat(this.page.locator("td.day-off").first()).isVisible();
		assertThat(this.page.locator("body")).containsText("Tết Nguyên đán");
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(Browsers.screenshot("calendar-2026-02")).setFullPage(true));
		this.page.setViewportSize(360, 740);
		this.page.screenshot(
				new Page.ScreenshotOptions().setPath(Browsers.screenshot("calendar-2026-02-phone")).setFullPage(true));
	}

	private void signIn(String username) {
		this.page.navigate(url("/login"));
		this.page.getByLabel("Tên đăng nhập").fill(username);
		this.page.getByLabel("Mật khẩu").fill("doithoai-demo");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
