package vn.doithoai.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A public write passes with an empty honeypot and a genuine, fresh, unused solution of
 * this deployment's challenge, and is refused with the reason otherwise.
 */
class PublicWriteGuardTest {

	private static final String KEY = "khoa-bi-mat-cua-xa";

	private final MutableClock clock = new MutableClock();

	/** Stands in for the table: signature → expiry. */
	private final Map<String, Instant> used = new HashMap<>();

	private final ProofOfWork proofOfWork = new ProofOfWork(this.clock, KEY, 1000, Duration.ofMinutes(10));

	private final PublicWriteGuard guard = new PublicWriteGuard(null, this.proofOfWork,
			(signature, expires) -> this.used.putIfAbsent(signature, expires) == null);

	@Test
	void acceptsASolvedChallengeAndMarksItUsedUntilItExpires() {
		ProofOfWork.Challenge challenge = this.guard.challenge();
		assertThat(challenge.algorithm()).isEqualTo("SHA-256");
		assertThat(challenge.maxnumber()).isEqualTo(1000);
		assertThat(challenge.salt()).contains("expires=" + this.clock.instant().plusSeconds(600).getEpochSecond());
		assertThatNoException().isThrownBy(() -> this.guard.verify(Challenges.solve(challenge), ""));
		assertThat(this.used).containsEntry(challenge.signature(), this.clock.instant().plusSeconds(600));
	}

	@Test
	void refusesASolutionSentTwice() {
		String payload = Challenges.solve(this.guard.challenge());
		this.guard.verify(payload, null);
		assertRefused(payload, "guard.error.challengeReplayed");
	}

	@Test
	void refusesASolutionOnceItsChallengeExpired() {
		String payload = Challenges.solve(this.guard.challenge());
		this.clock.advance(Duration.ofMinutes(10));
		assertRefused(payload, "guard.error.challengeExpired");
		assertThat(this.used).isEmpty();
	}

	@Test
	void refusesAChallengeSignedWithAnotherKey() {
		ProofOfWork.Challenge forged = new ProofOfWork(this.clock, "khoa-khac", 1000, Duration.ofMinutes(10))
			.challenge();
		assertRefused(Challenges.solve(forged), "guard.error.challengeInvalid");
	}

	@Test
	void refusesAWrongNumber() {
		ProofOfWork.Challenge challenge = this.guard.challenge();
		String solved = Challenges.solve(challenge);
		long number = number(solved);
		assertRefused(Challenges.payload(challenge.challenge(), number + 1, challenge.salt(), challenge.signature()),
				"guard.error.challengeInvalid");
	}

	@Test
	void refusesAnExpiryMovedLater() {
		ProofOfWork.Challenge challenge = this.guard.challenge();
		String later = challenge.salt()
			.replaceAll("expires=\\d+", "expires=" + this.clock.instant().plusSeconds(86_400).getEpochSecond());
		long number = number(Challenges.solve(challenge));
		assertRefused(Challenges.payload(challenge.challenge(), number, later, challenge.signature()),
				"guard.error.challengeInvalid");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void refusesAMissingSolution(String payload) {
		assertRefused(payload, "guard.error.challengeMissing");
	}

	@ParameterizedTest
	@ValueSource(strings = { "không phải base64", "bm90IGpzb24=", "e30=", "eyJhbGdvcml0aG0iOiJTSEEtMSJ9" })
	void refusesAPayloadThatIsNotASolution(String payload) {
		// "not json", "{}", {"algorithm":"SHA-1"}
		assertRefused(payload, "guard.error.challengeInvalid");
	}

	@Test
	void refusesAnOversizedPayloadWithoutDecodingIt() {
		String huge = Base64.getEncoder().encodeToString("x".repeat(10_000).getBytes(StandardCharsets.UTF_8));
		assertRefused(huge, "guard.error.challengeInvalid");
	}

	@Test
	void refusesAFilledHoneypotBeforeLookingAtTheChallenge() {
		String payload = Challenges.solve(this.guard.challenge());
		assertThatThrownBy(() -> this.guard.verify(payload, "http://quang-cao.example"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("website");
				assertThat(ex.key()).isEqualTo("guard.error.honeypot");
			});
		assertThat(this.used).isEmpty();
	}

	@Test
	void withTheChallengeOffOnlyTheHoneypotIsChecked() {
		PublicWriteGuard off = new PublicWriteGuard(null, null, (signature, expires) -> false);
		assertThat(off.challengeEnabled()).isFalse();
		assertThatNoException().isThrownBy(() -> off.verify(null, ""));
		assertThatThrownBy(() -> off.verify(null, "x")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(off::challenge).isInstanceOf(NotFoundException.class);
	}

	@Test
	void withTheRateLimitOffEveryWriteIsAdmitted() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/public/petitions");
		assertThat(this.guard.rateLimitEnabled()).isFalse();
		for (int i = 0; i < 100; i++) {
			this.guard.admit(request);
		}
	}

	@Test
	void admitsByTheRequestsRemoteAddress() {
		PublicWriteGuard limited = new PublicWriteGuard(new RateLimiter(this.clock, 2, Duration.ofMinutes(1), 100),
				null, (signature, expires) -> true);
		MockHttpServletRequest first = new MockHttpServletRequest("POST", "/xa/21172/gui-y-kien");
		first.setRemoteAddr("203.0.113.7");
		first.addHeader("X-Forwarded-For", "198.51.100.1");
		MockHttpServletRequest other = new MockHttpServletRequest("POST", "/xa/21172/gui-y-kien");
		other.setRemoteAddr("203.0.113.8");
		limited.admit(first);
		limited.admit(first);
		assertThatThrownBy(() -> limited.admit(first)).isInstanceOf(TooManyRequestsException.class);
		limited.admit(other);
		limited.reset();
		limited.admit(first);
	}

	private void assertRefused(String payload, String key) {
		assertThatThrownBy(() -> this.guard.verify(payload, "")).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> {
					assertThat(ex.field()).isEqualTo("challenge");
					assertThat(ex.key()).isEqualTo(key);
				});
	}

	private static long number(String payload) {
		String json = new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8);
		return Long.parseLong(json.replaceAll(".*\"number\":(\\d+).*", "$1"));
	}

}
