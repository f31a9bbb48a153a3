package vn.doithoai.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.doithoai.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors as a browser and an API client meet them, through the real server. */
@IntegrationTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnknownPageIsAVietnamese404Page() throws Exception {
		HttpResponse<String> response = get("/xa/00000", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy trang").doesNotContain("Exception");
		assertThat(get("/xa/21172/khong-co", "text/html").body()).contains("Không tìm thấy trang");
	}

	@Test
	void theApiAnswersAProblemInVietnamese() throws Exception {
		HttpResponse<String> response = get("/api/v1/public/khong-co", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"detail\":\"Không tìm thấy tài nguyên được yêu cầu.\"");
	}

	@Test
	void aFormPostedWithAForgedCsrfTokenIsRefusedAsExpired() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/staff/21172/areas/new"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("code=X&name=Gia&kind=THON&_csrf=gia-mao"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Biểu mẫu đã hết hạn").contains("chưa có gì được lưu");
	}

	@Test
	void signingInChangesTheSessionId() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String before = sessionCookie(form);
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=vanphong&password=doithoai-demo&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/staff"));
		assertThat(before).isNotNull();
		assertThat(sessionCookie(login)).isNotNull().isNotEqualTo(before);
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.map((cookie) -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
