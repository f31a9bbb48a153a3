package vn.doithoai.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

import org.altcha.altcha.Altcha;
import org.altcha.altcha.Altcha.Algorithm;
import org.altcha.altcha.Altcha.ChallengeOptions;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ALTCHA proof of work: a challenge signed with this deployment's key, which a browser
 * solves by trying numbers until SHA-256(salt + number) matches; the solution comes back
 * as a base64 JSON payload. The expiry travels inside the signed salt, read against
 * {@link Clock} (not the library's system time); signatures are compared in constant
 * time.
 */
final class ProofOfWork {

	private static final int MAX_PAYLOAD = 2000;

	private static final Pattern HEX_SIGNATURE = Pattern.compile("[0-9a-f]{64}");

	private final Clock clock;

	private final String hmacKey;

	private final long maxNumber;

	private final Duration validity;

	ProofOfWork(Clock clock, String hmacKey, long maxNumber, Duration validity) {
		this.clock = clock;
		this.hmacKey = hmacKey;
		this.maxNumber = maxNumber;
		this.validity = validity;
	}

	Challenge challenge() {
		ChallengeOptions options = new ChallengeOptions().setAlgorithm(Algorithm.SHA256)
			.setHmacKey(this.hmacKey)
			.setMaxNumber(this.maxNumber)
			.setSecureRandomNumber(true)
			.setExpires(this.clock.instant().plus(this.validity).getEpochSecond());
		try {
			Altcha.Challenge challenge = Altcha.createChallenge(options);
			return new Challenge(challenge.algorithm, challenge.challenge, challenge.maxnumber, challenge.salt,
					challenge.signature);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot create a challenge", ex);
		}
	}

	/**
	 * The solved challenge in {@code payload}, if it is this deployment's, solved and not
	 * expired; otherwise an {@link InvalidInputException} on the field {@code challenge}
	 * that says which.
	 */
	Solution check(String payload) {
		if (payload == null || payload.isBlank()) {
			throw invalid("guard.error.challengeMissing");
		}
		Payload solved = parse(payload);
		Instant expires = expiry(solved.salt());
		if (!authentic(solved)) {
			throw invalid("guard.error.challengeInvalid");
		}
		if (!this.clock.instant().isBefore(expires)) {
			throw invalid("guard.error.challengeExpired");
		}
		return new Solution(solved.signature(), expires);
	}

	private boolean authentic(Payload solved) {
		ChallengeOptions options = new ChallengeOptions().setAlgorithm(Algorithm.SHA256)
			.setHmacKey(this.hmacKey)
			.setSalt(solved.salt())
			.setNumber(solved.number());
		try {
			Altcha.Challenge expected = Altcha.createChallenge(options);
			return same(expected.challenge, solved.challenge()) && same(expected.signature, solved.signature());
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static Payload parse(String payload) {
		if (payload.length() > MAX_PAYLOAD) {
			throw invalid("guard.error.challengeInvalid");
		}
		try {
			JsonNode json = JsonMapper.shared()
				.readTree(new String(Base64.getDecoder().decode(payload.strip()), StandardCharsets.UTF_8));
			JsonNode number = json.path("number");
			String signature = json.path("signature").asString("");
			String salt = json.path("salt").asString("");
			if (!"SHA-256".equals(json.path("algorithm").asString("")) || !number.isIntegralNumber()
					|| number.longValue() < 0 || !HEX_SIGNATURE.matcher(signature).matches() || salt.isEmpty()) {
				throw invalid("guard.error.challengeInvalid");
			}
			return new Payload(json.path("challenge").asString(""), number.longValue(), salt, signature);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw invalid("guard.error.challengeInvalid");
		}
	}

	// Every challenge issued here carries its expiry; one without is not ours.
	private static Instant expiry(String salt) {
		try {
			Map<String, String> params = Altcha.extractParams(salt);
			return Instant.ofEpochSecond(Long.parseLong(params.getOrDefault("expires", "")));
		}
		catch (Exception ex) {
			throw invalid("guard.error.challengeInvalid");
		}
	}

	private static boolean same(String expected, String actual) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				actual.getBytes(StandardCharsets.US_ASCII));
	}

	private static InvalidInputException invalid(String key) {
		return new InvalidInputException("challenge", key);
	}

	/** A challenge as ALTCHA clients expect it. */
	record Challenge(String algorithm, String challenge, long maxnumber, String salt, String signature) {
	}

	/** A genuine, unexpired solution: its signature names it until it expires. */
	record Solution(String signature, Instant expires) {
	}

	private record Payload(String challenge, long number, String salt, String signature) {
	}

}
