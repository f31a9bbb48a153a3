package vn.doithoai.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.doithoai.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Abuse protection in the running application: the challenge endpoint, solutions spent
 * once across nodes, the form fragment, and size limits answered with Vietnamese 413s.
 */
@IntegrationTest
class PublicWriteGuardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicWriteGuard guard;

	@Autowired
	JdbcUsedChallenges usedChallenges;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext application;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theChallengeEndpointGivesAFreshChallengeThatASolutionPassesOnce() throws Exception {
		String json = this.mvc.perform(get("/api/v1/public/challenge"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.algorithm").value("SHA-256"))
			.andExpect(jsonPath("$.maxnumber").value(100_000))
			.andExpect(jsonPath("$.challenge").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.signature").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.salt").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{24}\\?expires=\\d+&")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String payload = Challenges.solve(json);
		assertThatNoException().isThrownBy(() -> this.guard.verify(payload, ""));
		assertThatThrownBy(() -> this.guard.verify(payload, "")).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.key()).isEqualTo("guard.error.challengeReplayed"));
	}

	@Test
	void aSolutionSpentOnOneNodeIsRefusedOnAnother() {
		PublicWriteGuard first = node("khoa-chung");
		PublicWriteGuard second = node("khoa-chung");
		String payload = Challenges.solve(first.challenge());
		second.verify(payload, "");
		assertThatThrownBy(() -> first.verify(payload, "")).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.key()).isEqualTo("guard.error.challengeReplayed"));
		assertThatThrownBy(() -> node("khoa-khac").verify(Challenges.solve(first.challenge()), ""))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.key()).isEqualTo("guard.error.challengeInvalid"));
	}

	@Test
	void expiredSolutionsAreDeletedAndFreshOnesKept() {
		Instant now = this.clock.instant();
		String expired = "e".repeat(63) + "1";
		String fresh = "f".repeat(63) + "1";
		assertThat(this.usedChallenges.markUsed(expired, now.minus(Duration.ofHours(1)))).isTrue();
		assertThat(this.usedChallenges.markUsed(fresh, now.plus(Duration.ofMinutes(10)))).isTrue();
		assertThat(this.usedChallenges.purgeExpired()).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.queryForList("select signature from used_challenge where signature in (?, ?)",
				String.class, expired, fresh))
			.containsExactly(fresh);
	}

	@Test
	void theFormFragmentHoldsTheHoneypotAndTheChallenge() {
		String fields = Challenges.renderFields(this.application);
		assertThat(fields).contains("name=\"website\"", "tabindex=\"-1\"", "autocomplete=\"off\"",
				"Để trống ô này (dùng để chặn thư rác)", "name=\"altcha\"",
				"data-challenge-url=\"/api/v1/public/challenge\"", "aria-live=\"polite\"",
				"data-solving=\"Đang xác minh chống thư rác…\"", "data-solved=\"Đã xác minh.\"",
				"src=\"/assets/js/challenge.js\"");
	}

	@Test
	void withTheChallengeOffTheFragmentHoldsOnlyTheHoneypot() {
		String fields = Challenges.renderFields(this.application,
				new PublicWriteGuard(null, null, this.usedChallenges));
		assertThat(fields).contains("name=\"website\"").doesNotContain("altcha", "challenge.js", "aria-live");
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/public/petitions, application/json, application/json",
			"/xa/21172/gui-y-kien, application/x-www-form-urlencoded, application/json",
			"/xa/21172/gui-y-kien, application/x-www-form-urlencoded, text/html" })
	void aPublicWriteOverTheBodyLimitIsA413InVietnamese(String path, String type, String accept) throws Exception {
		byte[] body = new byte[129 * 1024];
		Arrays.fill(body, (byte) 'a');
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", type)
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains(
				"Dữ liệu gửi lên quá lớn (tối đa 128 KB) nên chưa có gì được lưu; hãy rút gọn nội dung rồi gửi lại.");
		if (accept.equals("application/json")) {
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("\"status\":413", "\"title\":\"Dữ liệu quá lớn\"");
		}
		else {
			assertThat(response.body()).contains("<h1 class=\"h3\">Dữ liệu gửi lên quá lớn</h1>");
		}
	}

	@Test
	void aPublicWriteWithinTheLimitGoesThrough() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/public/khong-co"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"a\":\"" + "ệ".repeat(20_000) + "\"}")));
		assertThat(response.statusCode()).isNotIn(411, 413);
	}

	@Test
	void aPublicWriteOfUnknownLengthIsRefused() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/public/petitions"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)))));
		assertThat(response.statusCode()).isEqualTo(411);
		assertThat(response.body()).contains("Content-Length");
	}

	@ParameterizedTest
	@CsvSource({ "11, application/json", "11, text/html", "13, application/json" })
	void anUploadOverTheLimitsIsA413SayingTheLimits(int megabytes, String accept) throws Exception {
		String boundary = "ranh-gioi-123";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nabc\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ban-quet.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(new byte[megabytes * 1024 * 1024]);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/staff/21172/areas/new"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Tệp đính kèm quá lớn: mỗi tệp tối đa 10 MB, cả lần gửi tối đa 12 MB.");
	}

	private PublicWriteGuard node(String key) {
		return new PublicWriteGuard(null, new ProofOfWork(this.clock, key, 1000, Duration.ofMinutes(10)),
				this.usedChallenges);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
