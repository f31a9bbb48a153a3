package vn.doithoai.system;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps abuse out of the writes anyone may make without signing in (a citizen's petition,
 * by the API or the web form), without third parties: a rate limit per client address, a
 * field that people leave empty and bots fill, and an ALTCHA proof-of-work challenge that
 * the browser solves while the citizen types ({@code fragments/challenge :: fields}). The
 * limit and the challenge can each be switched off
 * ({@code doithoai.public.rate-limit.enabled},
 * {@code doithoai.public.challenge.enabled}), for integrations behind a gateway and for
 * load tests.
 * <p>
 * A write calls {@link #admit} first, then {@link #verify} with the form's {@code altcha}
 * and {@code website} values, then saves.
 */
@Component
public class PublicWriteGuard {

	private static final Logger log = LoggerFactory.getLogger(PublicWriteGuard.class);

	/** Bounds the limiter's memory (about 150 bytes an address). */
	private static final int MAX_ADDRESSES = 50_000;

	private final RateLimiter rateLimiter;

	private final ProofOfWork proofOfWork;

	private final UsedChallenges usedChallenges;

	@Autowired
	PublicWriteGuard(Clock clock, UsedChallenges usedChallenges,
			@Value("${doithoai.public.rate-limit.enabled:true}") boolean rateLimitEnabled,
			@Value("${doithoai.public.rate-limit.capacity:20}") int capacity,
			@Value("${doithoai.public.rate-limit.period:10m}") Duration period,
			@Value("${doithoai.public.challenge.enabled:true}") boolean challengeEnabled,
			@Value("${doithoai.public.challenge.hmac-key:}") String hmacKey,
			@Value("${doithoai.public.challenge.max-number:100000}") long maxNumber,
			@Value("${doithoai.public.challenge.expires:10m}") Duration expires) {
		this(rateLimitEnabled ? new RateLimiter(clock, capacity, period, MAX_ADDRESSES) : null,
				challengeEnabled ? new ProofOfWork(clock, key(hmacKey), maxNumber, expires) : null, usedChallenges);
	}

	/** A limiter or a proof of work that is null is switched off. */
	PublicWriteGuard(RateLimiter rateLimiter, ProofOfWork proofOfWork, UsedChallenges usedChallenges) {
		this.rateLimiter = rateLimiter;
		this.proofOfWork = proofOfWork;
		this.usedChallenges = usedChallenges;
	}

	/**
	 * Counts one public write from the request's client address
	 * ({@link HttpServletRequest#getRemoteAddr()}: behind a proxy, turn on
	 * {@code server.forward-headers-strategy} so that it is the citizen's, not the
	 * proxy's). The count is per node.
	 * @throws TooManyRequestsException when the address is over the limit
	 */
	public void admit(HttpServletRequest request) {
		if (this.rateLimiter != null) {
			this.rateLimiter.acquire(request.getRemoteAddr());
		}
	}

	/**
	 * Checks the honeypot and, when the challenge is on, the solved challenge, and marks
	 * the challenge used (in the caller's transaction, if any: a write that rolls back
	 * leaves it unused).
	 * @param challengePayload the form's {@code altcha} value: the base64 JSON solution
	 * @param honeypot the form's {@code website} value, which people leave empty
	 * @throws InvalidInputException on {@code website} when the honeypot is filled; on
	 * {@code challenge} when the solution is missing, not genuine, expired or used
	 */
	public void verify(String challengePayload, String honeypot) {
		if (honeypot != null && !honeypot.isEmpty()) {
			throw new InvalidInputException("website", "guard.error.honeypot");
		}
		if (this.proofOfWork == null) {
			return;
		}
		ProofOfWork.Solution solution = this.proofOfWork.check(challengePayload);
		if (!this.usedChallenges.markUsed(solution.signature(), solution.expires())) {
			throw new InvalidInputException("challenge", "guard.error.challengeReplayed");
		}
	}

	/** Whether forms carry the challenge; templates ask {@code @publicWriteGuard}. */
	public boolean challengeEnabled() {
		return this.proofOfWork != null;
	}

	public boolean rateLimitEnabled() {
		return this.rateLimiter != null;
	}

	/**
	 * For tests: forgets every address's count. Tests share one application and MockMvc
	 * always writes from 127.0.0.1, so a test that writes should call this first (or set
	 * its own remote address).
	 */
	public void reset() {
		if (this.rateLimiter != null) {
			this.rateLimiter.clear();
		}
	}

	ProofOfWork.Challenge challenge() {
		if (this.proofOfWork == null) {
			throw new NotFoundException();
		}
		return this.proofOfWork.challenge();
	}

	private static String key(String configured) {
		if (!configured.isBlank()) {
			return configured;
		}
		log.info("No doithoai.public.challenge.hmac-key configured: this node signs challenges with a key of its own, "
				+ "which other nodes do not accept; set one shared key when several nodes serve the public forms.");
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
