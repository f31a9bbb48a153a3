package vn.doithoai.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An official document as it will be printed: header, title and summary, body, signature
 * and the list of recipients.
 *
 * @param family state body or Party committee: decides the whole layout
 * @param parentIssuer the body or committee above the issuer, one line each ("UBND TỈNH
 * QUẢNG NGÃI"; "ĐẢNG BỘ THÀNH PHỐ BẮC GIANG"); may be empty
 * @param issuer the issuing body or committee ("ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG
 * TRỌNG", "ĐẢNG ỦY PHƯỜNG DĨNH KẾ")
 * @param issuerCode the issuer's code in the symbol ("UBND", "ĐU", "UBND-VX")
 * @param number the number from the register; null while a draft ("Số: /KH-UBND" with
 * blanks)
 * @param place the place name before the date ("Trương Quang Trọng")
 * @param date the date of issue; null while a draft (blanks)
 * @param type the kind of document
 * @param summary the trích yếu, printed under the title ("Tổ chức đối thoại …"), or as
 * "V/v …" under the number of a state body's letter
 * @param body the body, "Căn cứ …" paragraphs included
 * @param signer who signs, on the right: the chair of a meeting in its minutes
 * @param countersigner who signs beside the signer, on the left, or null: the secretary
 * of a meeting in its minutes ("THƯ KÝ"); the recipients, if any, then go below both
 * @param recipients the "Nơi nhận:" list, one recipient each, the last normally "Lưu: VT"
 * ("Lưu VPĐU" for a Party committee). Written without the leading "- " and without the
 * closing punctuation: the renderer adds "- " and ";" after each ("," for a Party
 * committee) and "." after the last. A dash or punctuation already there is not doubled.
 */
public record OfficialDocument(DocumentFamily family, List<String> parentIssuer, String issuer, String issuerCode,
		DocumentNumber number, String place, LocalDate date, DocumentType type, String summary, List<Block> body,
		Signer signer, Signer countersigner, List<String> recipients) {

	public OfficialDocument {
		Objects.requireNonNull(family, "family");
		parentIssuer = List.copyOf(parentIssuer);
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(issuerCode, "issuerCode");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(type, "type");
		summary = (summary != null) ? summary : "";
		body = List.copyOf(body);
		Objects.requireNonNull(signer, "signer");
		recipients = List.copyOf(recipients);
		if (number != null
				&& (number.family() != family || number.type() != type || !number.issuerCode().equals(issuerCode))) {
			throw new IllegalArgumentException(
					"The number " + number.symbol() + " belongs to another form, type or issuer");
		}
	}

	/** A document signed by one person, as most are. */
	public OfficialDocument(DocumentFamily family, List<String> parentIssuer, String issuer, String issuerCode,
			DocumentNumber number, String place, LocalDate date, DocumentType type, String summary, List<Block> body,
			Signer signer, List<String> recipients) {
		this(family, parentIssuer, issuer, issuerCode, number, place, date, type, summary, body, signer, null,
				recipients);
	}

	/** Whether the document still waits for its number and date. */
	public boolean isDraft() {
		return this.number == null || this.date == null;
	}

}
