package vn.doithoai.document;

import java.util.Objects;

/**
 * A document's number in its register: the number itself (1, 2, … each year), the year,
 * the form, the type and the issuer's code ("UBND", "ĐU", or "UBND-VX" for a letter from
 * a department of the commune).
 */
public record DocumentNumber(int number, int year, DocumentFamily family, DocumentType type, String issuerCode) {

	/** What stands for the number in a draft, before one is given. */
	static final String BLANK = "      ";

	public DocumentNumber {
		if (number < 1) {
			throw new IllegalArgumentException("A document number starts at 1: " + number);
		}
		Objects.requireNonNull(family, "family");
		Objects.requireNonNull(type, "type");
		if (issuerCode == null || issuerCode.isBlank()) {
			throw new IllegalArgumentException("An issuer code is required");
		}
	}

	/**
	 * The number and symbol as printed after "Số": "05/KH-UBND" or "12/UBND-VX" for a
	 * state body, "05-KH/ĐU" for a Party committee; numbers below 10 take a leading zero.
	 */
	public String symbol() {
		return symbol(this.family, this.type, this.issuerCode, padded(this.number));
	}

	/** The symbol with the given text in place of the number (blanks in a draft). */
	static String symbol(DocumentFamily family, DocumentType type, String issuerCode, String number) {
		String code = type.code(family);
		if (family == DocumentFamily.PARTY) {
			return number + "-" + code + "/" + issuerCode;
		}
		return number + "/" + ((code != null) ? code + "-" : "") + issuerCode;
	}

	static String padded(int number) {
		return (number < 10) ? "0" + number : Integer.toString(number);
	}

}
