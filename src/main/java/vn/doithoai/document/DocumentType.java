package vn.doithoai.document;

/**
 * The kind of a document: its code in the number's symbol and its title above the
 * summary.
 */
public enum DocumentType {

	/** Kế hoạch: what will be done, by whom and when ("05/KH-UBND"). */
	KE_HOACH("KH", "KẾ HOẠCH"),

	/** Thông báo: a notice, e.g. the conclusion of a dialogue. */
	THONG_BAO("TB", "THÔNG BÁO"),

	/** Biên bản: the minutes of a meeting. */
	BIEN_BAN("BB", "BIÊN BẢN"),

	/** Báo cáo: a report. */
	BAO_CAO("BC", "BÁO CÁO"),

	/** Quyết định: a decision. */
	QUYET_DINH("QĐ", "QUYẾT ĐỊNH"),

	/** Giấy mời: an invitation. */
	GIAY_MOI("GM", "GIẤY MỜI"),

	/**
	 * Công văn: a letter. A state body's letter carries no type code ("12/UBND-VX") and
	 * no title: its summary follows the number as "V/v …". A Party committee's letter is
	 * coded CV ("12-CV/ĐU").
	 */
	CONG_VAN(null, "CÔNG VĂN");

	private static final String PARTY_LETTER_CODE = "CV";

	private final String code;

	private final String title;

	DocumentType(String code, String title) {
		this.code = code;
		this.title = title;
	}

	/** The code in a state body's symbol ("KH"), null for a letter. */
	public String code() {
		return this.code;
	}

	/** The title printed above the summary ("KẾ HOẠCH"). */
	public String title() {
		return this.title;
	}

	/** The code this type carries in the family's symbols; null when it carries none. */
	String code(DocumentFamily family) {
		return (this.code == null && family == DocumentFamily.PARTY) ? PARTY_LETTER_CODE : this.code;
	}

}
