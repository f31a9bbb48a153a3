package vn.doithoai.petition;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The citizen's tracking code and PIN. The code is short and made of letters and digits
 * nobody confuses when reading it aloud or copying it by hand (no 0/O, 1/I/L, 2/Z, 5/S,
 * 8/B, 6/G). The PIN is derived from the code with the deployment's secret, so it is
 * never stored and the same request repeated gives the same PIN.
 */
@Component
class TrackingCodes {

	static final String ALPHABET = "ACDEFHJKMNPRTUVWXY34679";

	private static final int LENGTH = 8;

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private volatile byte[] secret;

	TrackingCodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A fresh code such as {@code K7MX-3TRA}. */
	String next() {
		StringBuilder code = new StringBuilder(LENGTH + 1);
		for (int i = 0; i < LENGTH; i++) {
			if (i == LENGTH / 2) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The code as a citizen typed it, in its stored form; {@code null} when it cannot be
	 * one.
	 */
	static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		if (compact.length() != LENGTH) {
			return null;
		}
		for (char c : compact.toCharArray()) {
			if (ALPHABET.indexOf(c) < 0) {
				return null;
			}
		}
		return compact.substring(0, LENGTH / 2) + "-" + compact.substring(LENGTH / 2);
	}

	/** The six-digit PIN of a code. */
	String pin(String trackingCode) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			byte[] digest = mac.doFinal(trackingCode.getBytes(StandardCharsets.US_ASCII));
			int value = ((digest[0] & 0x7f) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8)
					| (digest[3] & 0xff);
			return String.format(Locale.ROOT, "%06d", value % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean pinMatches(String trackingCode, String pin) {
		return pin != null && MessageDigest.isEqual(pin(trackingCode).getBytes(StandardCharsets.US_ASCII),
				pin.strip().getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] secret() {
		byte[] known = this.secret;
		if (known == null) {
			byte[] fresh = new byte[32];
			this.random.nextBytes(fresh);
			this.jdbc.update("insert into petition_secret (id, secret) values (1, ?) on conflict (id) do nothing",
					(Object) fresh);
			known = this.jdbc.queryForObject("select secret from petition_secret where id = 1", byte[].class);
			this.secret = known;
		}
		return known;
	}

}
