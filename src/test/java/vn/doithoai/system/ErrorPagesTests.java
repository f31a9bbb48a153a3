package vn.doithoai.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
	void aFormPostedWithoutItsCsrfTokenGetsTheVietnamese403Page() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("username=vanphong&password=doithoai-demo&_csrf=gia-mao"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Không có quyền truy cập");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
