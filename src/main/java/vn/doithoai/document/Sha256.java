package vn.doithoai.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 fingerprint of a rendered document, shown with locked minutes so that a
 * copy can be checked against the one stored.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** The SHA-256 of the bytes as 64 lower-case hexadecimal digits. */
	public static String hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java platform is required to provide SHA-256.
			throw new IllegalStateException(ex);
		}
	}

}
