package vn.doithoai.browser;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.doithoai.IntegrationTest;
import vn.doithoai.system.Challenges;
import vn.doithoai.system.PublicWriteGuard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The challenge of a public form in a real browser: the page solves it by itself, a form
 * sent before that waits and is then sent, and the server accepts what the browser sent.
 */
@IntegrationTest
class ChallengeBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@Autowired
	ApplicationContext application;

	@Autowired
	PublicWriteGuard guard;

	@LocalServerPort
	int port;

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
	void aFormSentAfterTheCheckGoesWithASolutionTheServerAccepts() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
			Page page = context.newPage();
			AtomicReference<String> sent = capture(page);
			open(page);
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã xác minh.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi")).click();
			page.waitForURL(url("/thu/gui"));
			assertAccepted(sent.get());
		}
	}

	@Test
	void aFormSentBeforeTheCheckIsDoneWaitsAndThenGoes() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
			Page page = context.newPage();
			AtomicReference<String> sent = capture(page);
			AtomicReference<Route> challenge = new AtomicReference<>();
			page.route(url("/api/v1/public/challenge"), challenge::set);
			open(page);
			page.waitForCondition(() -> challenge.get() != null);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi")).click();
			assertThat(page.getByRole(AriaRole.STATUS))
				.hasText("Đang xác minh chống thư rác… Biểu mẫu sẽ tự gửi khi xong.");
			assertThat(sent.get()).isNull();
			challenge.get().resume();
			page.waitForURL(url("/thu/gui"));
			assertAccepted(sent.get());
		}
	}

	@Test
	void theStatusSaysSoWhenTheChallengeCannotBeFetched() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.route(url("/api/v1/public/challenge"), Route::abort);
			open(page);
			assertThat(page.getByRole(AriaRole.STATUS))
				.hasText("Không xác minh được chống thư rác (có thể do mất kết nối). Hãy bấm gửi lần nữa để thử lại.");
		}
	}

	private AtomicReference<String> capture(Page page) {
		AtomicReference<String> sent = new AtomicReference<>();
		page.route(url("/thu/gui"), (route) -> {
			sent.set(route.request().postData());
			route.fulfill(new Route.FulfillOptions().setContentType("text/plain").setBody("ok"));
		});
		return sent;
	}

	private void assertAccepted(String sent) {
		Map<String, String> fields = form(sent);
		assertThat(fields).containsEntry("website", "").containsEntry("gui", "1").containsKey("altcha");
		assertThatNoException().isThrownBy(() -> this.guard.verify(fields.get("altcha"), fields.get("website")));
	}

	/** A public form holding the fragment, served as if by the application. */
	private void open(Page page) {
		String form = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Thử</title></head>"
				+ "<body><form method=\"post\" action=\"/thu/gui\"><label>Nội dung <input name=\"noiDung\"></label>"
				+ Challenges.renderFields(this.application)
				+ "<button type=\"submit\" name=\"gui\" value=\"1\">Gửi</button></form></body></html>";
		page.route(url("/thu/bieu-mau"), (route) -> route
			.fulfill(new Route.FulfillOptions().setContentType("text/html; charset=utf-8").setBody(form)));
		page.navigate(url("/thu/bieu-mau"));
	}

	private static Map<String, String> form(String body) {
		Map<String, String> fields = new HashMap<>();
		for (String pair : body.split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			fields.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
					URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
		}
		return fields;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
