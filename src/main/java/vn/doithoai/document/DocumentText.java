package vn.doithoai.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.doithoai.text.VietnameseText;

/**
 * The fixed wording of an official document, shared by the PDF and DOCX renderings:
 * national title, number line, place and date, recipients.
 */
final class DocumentText {

	static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

	static final String PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";

	/** Printed under a Party committee's name (Hướng dẫn 36). */
	static final String PARTY_STAR = "*";

	static final String RECIPIENTS = "Nơi nhận:";

	/** What fills a line left blank so that it keeps its height. */
	static final String NO_BREAK_SPACE = "\u00A0";

	/** Before the summary of a state body's letter: "về việc". */
	static final String LETTER_SUBJECT = "V/v ";

	private DocumentText() {
	}

	/**
	 * "Số: 05/KH-UBND" for a state body, "Số 05-KH/ĐU" for a Party committee; blanks in
	 * place of the number in a draft.
	 */
	static String numberLine(OfficialDocument document) {
		String symbol = (document.number() != null) ? document.number().symbol() : DocumentNumber
			.symbol(document.family(), document.type(), document.issuerCode(), DocumentNumber.BLANK);
		return ((document.family() == DocumentFamily.PARTY) ? "Số " : "Số: ") + symbol;
	}

	/** "Trương Quang Trọng, ngày 03 tháng 02 năm 2025"; blanks when undated. */
	static String placeAndDate(String place, LocalDate date) {
		return place + ", " + date(date);
	}

	/**
	 * "ngày 03 tháng 02 năm 2025", "ngày 15 tháng 3 năm 2025": days below 10 and the
	 * months January and February take a leading zero (Nghị định 30/2020/NĐ-CP, Phụ lục
	 * I); blanks to write the date by hand when it is null.
	 */
	static String date(LocalDate date) {
		if (date == null) {
			return "ngày      tháng      năm      ";
		}
		int day = date.getDayOfMonth();
		int month = date.getMonthValue();
		return "ngày " + ((day < 10) ? "0" + day : day) + " tháng " + ((month <= 2) ? "0" + month : month) + " năm "
				+ date.getYear();
	}

	/**
	 * The recipients as printed: "- " before each, ";" after each but the last ("," for a
	 * Party committee), "." after the last.
	 */
	static List<String> recipientLines(OfficialDocument document) {
		String separator = (document.family() == DocumentFamily.PARTY) ? "," : ";";
		List<String> lines = new ArrayList<>(document.recipients().size());
		for (int i = 0; i < document.recipients().size(); i++) {
			String last = (i == document.recipients().size() - 1) ? "." : separator;
			lines.add("- " + bare(document.recipients().get(i)) + last);
		}
		return lines;
	}

	/**
	 * The text in NFC (the form the fonts have glyphs for) without the control
	 * characters, unpaired surrogates and non-characters that neither XML nor DOCX can
	 * hold; a line break becomes a space.
	 */
	static String printable(String text) {
		String nfc = VietnameseText.nfc(text);
		StringBuilder printable = new StringBuilder(nfc.length());
		nfc.codePoints().forEach((cp) -> {
			if (cp == '\n' || cp == '\r' || cp == '\t') {
				printable.append(' ');
			}
			else if (cp >= 0x20 && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFE && cp != 0xFFFF) {
				printable.appendCodePoint(cp);
			}
		});
		return printable.toString();
	}

	/** A recipient without a leading dash and without closing punctuation. */
	private static String bare(String recipient) {
		String text = recipient.strip();
		if (text.startsWith("-")) {
			text = text.substring(1).strip();
		}
		int end = text.length();
		while (end > 0 && ";,.".indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(0, end).strip();
	}

}
