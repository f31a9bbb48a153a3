package vn.doithoai.document;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Writes the blank registration form as XHTML for the PDF renderer: the decree's header,
 * how to hand the form in (with the QR code to the online form), the lines to fill in,
 * the consent box, the signature and the part the receiving officer fills in. Text comes
 * from the message files ({@code doc.sheet.*}) and is escaped here.
 */
final class RegistrationSheetXhtml {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	/**
	 * Lines in the box for the question; it goes on overleaf when they are not enough.
	 */
	private static final int CONTENT_LINES = 7;

	/**
	 * A4 with the decree's margins (bottom 15 mm to keep the form on one page); the
	 * header reaches 10 mm into the left margin as in {@link DocumentXhtml}.
	 */
	private static final String STYLE = """
			@page { size: A4; margin: 20mm 15mm 15mm 20mm; }
			body { margin: 0; font-family: 'Liberation Serif'; font-size: 13pt; line-height: 1.15; }
			table { border-collapse: collapse; }
			td { padding: 0; vertical-align: top; }
			table.head { width: 175mm; table-layout: fixed; }
			td.issuer { width: 75mm; text-align: center; }
			td.nation { width: 100mm; text-align: center; }
			.head-line { font-size: 12pt; line-height: 1.15; }
			.bold { font-weight: bold; }
			.rule { width: 30%; margin: 4pt auto 0 auto; border-top: 0.75pt solid black; height: 0; }
			.nation-title { font-size: 13pt; font-weight: bold; line-height: 1.15; }
			.motto { font-size: 13pt; font-weight: bold; line-height: 1.15; }
			.underlined { border-bottom: 0.75pt solid black; }
			.sheet { margin-left: 10mm; }
			.title { font-size: 14pt; font-weight: bold; text-align: center; margin-top: 8pt; }
			.conference { text-align: center; font-style: italic; }
			table.how { width: 100%; table-layout: fixed; margin-top: 6pt; border: 0.75pt solid black; }
			td.how-text { padding: 3pt 6pt; font-size: 12pt; line-height: 1.15; }
			td.qr { width: 30mm; padding: 2pt; text-align: center; vertical-align: middle; }
			img.qr { width: 28mm; height: 28mm; }
			.url { font-weight: bold; word-wrap: break-word; }
			table.fill { width: 100%; margin-top: 6pt; }
			td.label { white-space: nowrap; width: 1%; padding-right: 3pt; }
			td.blank { border-bottom: 0.75pt dotted black; }
			.label-line { margin-top: 6pt; }
			.choices { margin-top: 6pt; line-height: 1.4; }
			.choice { display: inline-block; white-space: nowrap; margin-left: 5mm; }
			.box { display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.75pt solid black;
			  margin-right: 2.4mm; vertical-align: -0.6mm; }
			.lines { border: 0.75pt solid black; padding: 0 5pt; margin-top: 3pt; }
			.line { height: 7.5mm; border-bottom: 0.75pt dotted black; }
			.line-last { height: 7.5mm; }
			table.consent { width: 100%; margin-top: 6pt; }
			td.consent-box { width: 6mm; padding-top: 2pt; }
			td.consent-text { font-size: 12pt; line-height: 1.2; text-align: justify; }
			table.foot { width: 100%; table-layout: fixed; margin-top: 8pt; page-break-inside: avoid; }
			td.staff { width: 47%; border: 0.75pt solid black; padding: 3pt 6pt 5pt 6pt; font-size: 12pt; }
			td.gap { width: 3%; }
			td.signer { text-align: center; }
			.staff-title { font-size: 11pt; font-weight: bold; text-align: center; }
			table.staff-fill { width: 100%; margin-top: 5pt; }
			.italic { font-style: italic; }
			""";

	private final StringBuilder out = new StringBuilder(8 * 1024);

	private final MessageSource messages;

	private final Locale locale;

	private RegistrationSheetXhtml(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	static String of(RegistrationSheet sheet, MessageSource messages, Locale locale) {
		RegistrationSheetXhtml xhtml = new RegistrationSheetXhtml(messages, locale);
		xhtml.write(sheet);
		return xhtml.out.toString();
	}

	private void write(RegistrationSheet sheet) {
		this.out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
			.append(this.locale.getLanguage())
			.append("\"><head><meta charset=\"UTF-8\"/><title>");
		text(message("doc.sheet.title"));
		this.out.append("</title><style>").append(STYLE).append("</style></head><body>");
		header(sheet);
		this.out.append("<div class=\"sheet\">");
		div("title", message("doc.sheet.title"));
		conference(sheet.conference());
		howToHandIn(sheet);
		fill("doc.sheet.fullName");
		fill("doc.sheet.address");
		areas(sheet);
		fill("doc.sheet.phone");
		fill("doc.sheet.email");
		choices("doc.sheet.field", sheet.fields());
		this.out.append("<div class=\"label-line\">");
		text(message("doc.sheet.content"));
		this.out.append(" <i>");
		text(message("doc.sheet.contentOverleaf"));
		this.out.append("</i></div>");
		contentLines();
		consent(sheet.consentNotice());
		footer();
		this.out.append("</div></body></html>");
	}

	/** The issuer on the left, the national title and motto on the right. */
	private void header(RegistrationSheet sheet) {
		this.out.append("<table class=\"head\"><tr><td class=\"issuer\">");
		for (String line : sheet.parentIssuer()) {
			div("head-line", line);
		}
		this.out.append("<div class=\"head-line bold\">");
		List<String> lines = sheet.issuer().lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				this.out.append("<br/>");
			}
			text(lines.get(i));
		}
		this.out.append("</div><div class=\"rule\"></div></td><td class=\"nation\">");
		div("nation-title", DocumentText.NATIONAL_TITLE);
		this.out.append("<div class=\"motto\"><span class=\"underlined\">");
		text(DocumentText.MOTTO);
		this.out.append("</span></div></td></tr></table>");
	}

	private void conference(RegistrationSheet.ConferenceDetails conference) {
		if (conference == null) {
			return;
		}
		String weekday = message("weekday." + conference.date().getDayOfWeek().getValue());
		String when = (conference.start() != null)
				? message("doc.sheet.time", String.valueOf(conference.start().getHour()),
						String.format("%02d", conference.start().getMinute()), weekday, conference.date().format(DAY))
				: message("doc.sheet.day", weekday, conference.date().format(DAY));
		div("conference", conference.venue().isBlank() ? message("doc.sheet.conference", conference.title(), when)
				: message("doc.sheet.conferenceAt", conference.title(), when, conference.venue()));
	}

	/**
	 * The closing date, where to hand the form in, and the way online beside its QR code.
	 */
	private void howToHandIn(RegistrationSheet sheet) {
		this.out.append("<table class=\"how\"><tr><td class=\"how-text\">");
		if (sheet.registrationCloses() != null) {
			div("bold", message("doc.sheet.handInBy", sheet.registrationCloses().format(DAY)));
			if (sheet.conference() != null) {
				div(message("doc.sheet.afterClosing"));
			}
		}
		else {
			div(message("doc.sheet.handIn"));
		}
		div(message("doc.sheet.online"));
		div("url", sheet.onlineFormUrl().toASCIIString());
		div("italic", message("doc.sheet.howToFill"));
		this.out.append("</td><td class=\"qr\"><img class=\"qr\" alt=\"");
		text(message("doc.sheet.qrAlt"));
		this.out.append("\" src=\"")
			.append(QrCode.pngDataUri(sheet.onlineFormUrl().toASCIIString()))
			.append("\"/></td></tr></table>");
	}

	private void areas(RegistrationSheet sheet) {
		if (sheet.areasTicked()) {
			choices("doc.sheet.area", sheet.areas());
		}
		else {
			fill("doc.sheet.area");
		}
	}

	/** A label and a dotted line to write on. */
	private void fill(String key) {
		this.out.append("<table class=\"fill\"><tr><td class=\"label\">");
		text(message(key));
		this.out.append("</td><td class=\"blank\"></td></tr></table>");
	}

	/**
	 * A label and tick boxes after it, one after the other: a long list takes a few lines
	 * instead of a column each.
	 */
	private void choices(String key, List<String> names) {
		this.out.append("<div class=\"choices\">");
		text(message(key));
		for (String name : names) {
			this.out.append(" <span class=\"choice\"><span class=\"box\"></span>");
			text(name);
			this.out.append("</span>");
		}
		this.out.append("</div>");
	}

	/**
	 * The box to write the question in, with dotted lines to keep the writing straight.
	 */
	private void contentLines() {
		this.out.append("<div class=\"lines\">");
		for (int i = 1; i < CONTENT_LINES; i++) {
			this.out.append("<div class=\"line\"></div>");
		}
		this.out.append("<div class=\"line-last\"></div></div>");
	}

	private void consent(String notice) {
		this.out.append("<table class=\"consent\"><tr><td class=\"consent-box\"><span class=\"box\"></span></td>")
			.append("<td class=\"consent-text\">");
		text(notice);
		this.out.append("</td></tr></table>");
	}

	/** The receiving officer's part on the left, the citizen's signature on the right. */
	private void footer() {
		this.out.append("<table class=\"foot\"><tr><td class=\"staff\">");
		div("staff-title", message("doc.sheet.staffPart"));
		for (String key : List.of("doc.sheet.receivedBy", "doc.sheet.receivedOn", "doc.sheet.trackingCode")) {
			this.out.append("<table class=\"staff-fill\"><tr><td class=\"label\">");
			text(message(key));
			this.out.append("</td><td class=\"blank\"></td></tr></table>");
		}
		this.out.append("</td><td class=\"gap\"></td><td class=\"signer\">");
		div("italic", message("doc.sheet.placeAndDate"));
		div("bold", message("doc.sheet.signer"));
		div("italic", message("doc.sheet.signerHint"));
		this.out.append("</td></tr></table>");
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	private void div(String text) {
		this.out.append("<div>");
		text(text);
		this.out.append("</div>");
	}

	private void div(String cssClass, String text) {
		this.out.append("<div class=\"").append(cssClass).append("\">");
		text(text);
		this.out.append("</div>");
	}

	private void text(String text) {
		DocumentXhtml.escape(this.out, text);
	}

}
