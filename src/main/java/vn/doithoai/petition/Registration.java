package vn.doithoai.petition;

/**
 * What a citizen (or staff on their behalf) gives when registering a petition, already
 * checked for shape at the boundary; the phone and e-mail may be empty.
 */
record Registration(Long conferenceId, String fullName, String phone, String email, String address, String areaCode,
		String fieldCode, String content) {

	/** The phone with its separators removed, or {@code null}. */
	String phoneDigits() {
		return blankToNull((this.phone != null) ? this.phone.replaceAll("[\\s.-]", "") : null);
	}

	String emailOrNull() {
		return blankToNull(this.email);
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/** The fields that make two requests with one idempotency key the same request. */
	String fingerprint(String communeCode) {
		return String.join("\u001f", communeCode, String.valueOf(this.conferenceId), this.fullName,
				String.valueOf(phoneDigits()), String.valueOf(emailOrNull()), this.address,
				String.valueOf(blankToNull(this.areaCode)), String.valueOf(blankToNull(this.fieldCode)), this.content);
	}

}
