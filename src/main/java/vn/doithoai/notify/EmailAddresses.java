package vn.doithoai.notify;

import java.util.regex.Pattern;

/** The shape of an e-mail address, and the masked form shown to administrators. */
final class EmailAddresses {

	/** Longest address that SMTP carries (RFC 5321 path limit less the brackets). */
	static final int MAX_LENGTH = 254;

	/**
	 * Something, an at sign, a domain with a dot; no spaces, brackets or control
	 * characters.
	 */
	private static final Pattern SHAPE = Pattern.compile(
			"[^@\\s\\p{Cntrl}<>(),;:\"\\[\\]]{1,64}@[^@\\s\\p{Cntrl}<>(),;:\"\\[\\]]+\\.[^@\\s\\p{Cntrl}<>(),;:\"\\[\\].]+");

	private EmailAddresses() {
	}

	static boolean isWellFormed(String address) {
		return address != null && address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches();
	}

	/**
	 * Keeps the first two characters of the mailbox (one if it is that short) and the
	 * domain: {@code nguyenvana@gmail.com} becomes {@code ng***@gmail.com}.
	 */
	static String mask(String address) {
		int at = address.lastIndexOf('@');
		if (at < 0) {
			return "***";
		}
		int kept = (at > 2) ? 2 : Math.min(at, 1);
		return address.substring(0, kept) + "***" + address.substring(at);
	}

}
