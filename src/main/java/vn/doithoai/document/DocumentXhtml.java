package vn.doithoai.document;

import java.util.List;

/**
 * Writes an official document as XHTML for the PDF renderer, laid out as the decree
 * (state bodies) or Hướng dẫn 36 (Party committees) draws it. All text is escaped here.
 */
final class DocumentXhtml {

	/**
	 * A4 with the decree's margins (top 20 mm, bottom 20 mm, left 30 mm, right 15 mm);
	 * the page number at the top centre from page 2 on. The header alone reaches 10 mm
	 * into the left margin, as the decree's templates do: a ward's name in 12 pt capitals
	 * ("PHƯỜNG TRƯƠNG QUANG TRỌNG", 72 mm) and the national title in 13 pt (96 mm) do not
	 * fit side by side in the 165 mm between the margins. The renderer clips negative
	 * margins, so the page box has 20 mm on the left and everything below the header is
	 * indented 10 mm more.
	 */
	private static final String STYLE = """
			@page {
			  size: A4;
			  margin: 20mm 15mm 20mm 20mm;
			  @top-center { content: counter(page); font-family: 'Liberation Serif'; font-size: 13pt;
			    vertical-align: middle; padding-left: 10mm; }
			}
			@page :first { @top-center { content: none; } }
			body { margin: 0; font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.2; }
			table.head, table.foot { border-collapse: collapse; table-layout: fixed; }
			table.head { width: 175mm; }
			.text { margin-left: 10mm; }
			table.foot { width: 100%; }
			td { padding: 0; vertical-align: top; text-align: center; }
			td.issuer { width: 75mm; }
			td.nation { width: 100mm; }
			.head-line { font-size: 12pt; line-height: 1.15; }
			.bold { font-weight: bold; }
			.rule { width: 30%; margin: 5pt auto 0 auto; border-top: 0.75pt solid black; height: 0; }
			.nation-title { font-size: 13pt; font-weight: bold; line-height: 1.15; }
			.motto { font-size: 13pt; font-weight: bold; line-height: 1.15; }
			.underlined { border-bottom: 0.75pt solid black; }
			.party-title { font-size: 14pt; font-weight: bold; text-decoration: underline; }
			.star { font-size: 12pt; line-height: 1.15; }
			.number { font-size: 13pt; padding-top: 6pt; white-space: pre-wrap; }
			.letter-subject { font-size: 12pt; line-height: 1.15; padding-top: 4pt; }
			.date { font-size: 13pt; font-style: italic; padding-top: 6pt; white-space: pre-wrap; }
			.type { font-weight: bold; text-align: center; margin-top: 20pt; }
			.summary { font-weight: bold; text-align: center; }
			.summary-rule { width: 25%; margin: 5pt auto 12pt auto; border-top: 0.75pt solid black; height: 0; }
			p, .h1, .h2, .h3 { margin: 0 0 6pt 0; text-align: justify; text-indent: 1cm; }
			.h1, .h2, .h3 { font-weight: bold; page-break-after: avoid; }
			.h3 { font-style: italic; }
			table.foot { margin-top: 12pt; page-break-inside: avoid; }
			td.recipients { width: 45%; text-align: left; }
			td.signer { width: 55%; }
			.recipients-title { font-size: 12pt; font-weight: bold; font-style: italic; }
			.recipient { font-size: 11pt; line-height: 1.15; }
			.signature-space { height: 28mm; }
			.last { page-break-after: avoid; }
			td.cosigner { width: 50%; }
			td.recipients-below { padding-top: 12pt; }
			table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 6pt 0;
			  font-size: 13pt; line-height: 1.15; -fs-table-paginate: paginate; }
			table.grid th, table.grid td { border: 0.75pt solid black; padding: 2pt 4pt; vertical-align: top;
			  text-align: left; }
			table.grid th { font-weight: bold; text-align: center; vertical-align: middle; }
			table.grid td.centred { text-align: center; }
			table.grid tr { page-break-inside: avoid; }
			""";

	private final StringBuilder out = new StringBuilder(16 * 1024);

	private DocumentXhtml() {
	}

	static String of(OfficialDocument document) {
		DocumentXhtml xhtml = new DocumentXhtml();
		xhtml.write(document);
		return xhtml.out.toString();
	}

	private void write(OfficialDocument document) {
		this.out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><meta charset=\"UTF-8\"/>")
			.append("<title>");
		text(document.type().title() + " " + document.summary());
		this.out.append("</title><style>").append(STYLE).append("</style></head><body>");
		header(document);
		this.out.append("<div class=\"text\">");
		title(document);
		List<Block> body = document.body();
		for (int i = 0; i < body.size(); i++) {
			if (i == body.size() - 1) {
				this.out.append("<div class=\"last\">");
				block(body.get(i));
				this.out.append("</div>");
			}
			else {
				block(body.get(i));
			}
		}
		footer(document);
		this.out.append("</div></body></html>");
	}

	/**
	 * Issuer and number on the left; national or Party title, place and date on the
	 * right.
	 */
	private void header(OfficialDocument document) {
		boolean party = document.family() == DocumentFamily.PARTY;
		this.out.append("<table class=\"head\"><tr><td class=\"issuer\">");
		for (String line : document.parentIssuer()) {
			div("head-line", line);
		}
		this.out.append("<div class=\"head-line bold\">");
		lines(document.issuer());
		this.out.append("</div>");
		if (party) {
			div("star", DocumentText.PARTY_STAR);
		}
		else {
			this.out.append("<div class=\"rule\"></div>");
		}
		this.out.append("</td><td class=\"nation\">");
		if (party) {
			div("party-title", DocumentText.PARTY_TITLE);
		}
		else {
			div("nation-title", DocumentText.NATIONAL_TITLE);
			this.out.append("<div class=\"motto\"><span class=\"underlined\">");
			text(DocumentText.MOTTO);
			this.out.append("</span></div>");
		}
		this.out.append("</td></tr><tr><td class=\"issuer\">");
		div("number", DocumentText.numberLine(document));
		if (isLetter(document)) {
			div("letter-subject", DocumentText.LETTER_SUBJECT + document.summary());
		}
		this.out.append("</td><td class=\"nation\">");
		div("date", DocumentText.placeAndDate(document.place(), document.date()));
		this.out.append("</td></tr></table>");
	}

	private void title(OfficialDocument document) {
		if (isLetter(document)) {
			this.out.append("<div class=\"summary-rule\" style=\"border: none\"></div>");
			return;
		}
		div("type", document.type().title());
		if (!document.summary().isBlank()) {
			div("summary", document.summary());
		}
		this.out.append("<div class=\"summary-rule\"></div>");
	}

	private void block(Block block) {
		switch (block) {
			case Block.Heading heading -> div("h" + heading.level(), heading.text());
			case Block.Paragraph paragraph -> {
				this.out.append("<p>");
				if (paragraph.lead() != null) {
					this.out.append("<b>");
					text(paragraph.lead());
					this.out.append("</b> ");
				}
				text(paragraph.text());
				this.out.append("</p>");
			}
			case Block.Bullets bullets -> {
				for (String item : bullets.items()) {
					this.out.append("<p>");
					text(bullets.marker() + " " + item);
					this.out.append("</p>");
				}
			}
			case Block.Table table -> table(table);
		}
	}

	/** The heading row in a thead, which the renderer repeats on every page. */
	private void table(Block.Table table) {
		this.out.append("<table class=\"grid\"><thead><tr>");
		for (Block.Table.Column column : table.columns()) {
			this.out.append("<th style=\"width: ").append(column.width()).append("%\">");
			text(column.heading());
			this.out.append("</th>");
		}
		this.out.append("</tr></thead><tbody>");
		for (List<String> row : table.rows()) {
			this.out.append("<tr>");
			for (int i = 0; i < row.size(); i++) {
				this.out.append(table.columns().get(i).centred() ? "<td class=\"centred\">" : "<td>");
				text(row.get(i));
				this.out.append("</td>");
			}
			this.out.append("</tr>");
		}
		this.out.append("</tbody></table>");
	}

	/**
	 * "Nơi nhận:" and its list on the left, the signer on the right; or, when two sign
	 * (minutes), the countersigner on the left, the signer on the right and the list
	 * below them.
	 */
	private void footer(OfficialDocument document) {
		Signer countersigner = document.countersigner();
		Signer signer = document.signer();
		this.out.append("<table class=\"foot\"><tr>");
		if (countersigner == null) {
			this.out.append("<td class=\"recipients\">");
			recipients(document);
			this.out.append("</td><td class=\"signer\">");
			signature(signer, 0);
		}
		else {
			int authorityLines = Math.max(signer.authority().size(), countersigner.authority().size());
			this.out.append("<td class=\"cosigner\">");
			signature(countersigner, authorityLines);
			this.out.append("</td><td class=\"cosigner\">");
			signature(signer, authorityLines);
			if (!document.recipients().isEmpty()) {
				this.out.append("</td></tr><tr><td class=\"recipients recipients-below\">");
				recipients(document);
				this.out.append("</td><td>");
			}
		}
		this.out.append("</td></tr></table>");
	}

	private void recipients(OfficialDocument document) {
		if (!document.recipients().isEmpty()) {
			div("recipients-title", DocumentText.RECIPIENTS);
			for (String line : DocumentText.recipientLines(document)) {
				div("recipient", line);
			}
		}
	}

	/**
	 * Authority lines, title, room to sign, name; blank lines above the authority to make
	 * up {@code authorityLines}, so that two signers' titles and names line up.
	 */
	private void signature(Signer signer, int authorityLines) {
		for (int i = signer.authority().size(); i < authorityLines; i++) {
			div("bold", DocumentText.NO_BREAK_SPACE);
		}
		for (String line : signer.authority()) {
			div("bold", line);
		}
		div("bold", signer.title());
		this.out.append("<div class=\"signature-space\"></div>");
		div("bold", signer.name());
	}

	private static boolean isLetter(OfficialDocument document) {
		return document.type() == DocumentType.CONG_VAN && document.family() == DocumentFamily.STATE;
	}

	private void div(String cssClass, String text) {
		this.out.append("<div class=\"").append(cssClass).append("\">");
		text(text);
		this.out.append("</div>");
	}

	/** Text whose line breaks are kept ("ỦY BAN NHÂN DÂN\nPHƯỜNG …"). */
	private void lines(String text) {
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				this.out.append("<br/>");
			}
			text(lines.get(i));
		}
	}

	private void text(String text) {
		escape(this.out, text);
	}

	/** Appends text in NFC, escaped for XML, without characters XML cannot hold. */
	static void escape(StringBuilder out, String text) {
		String printable = DocumentText.printable(text);
		for (int i = 0; i < printable.length(); i++) {
			char c = printable.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
	}

}
