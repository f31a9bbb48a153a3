package vn.doithoai.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes an official document as DOCX, for the offices that finish a document in Word:
 * the same layout as the PDF, in Times New Roman.
 */
final class DocumentDocx {

	static final String FONT = "Times New Roman";

	/** A4 in twentieths of a point. */
	static final int PAGE_WIDTH = 11906;

	static final int PAGE_HEIGHT = 16838;

	/** 20 mm, 20 mm, 30 mm and 15 mm in twentieths of a point. */
	static final int MARGIN_TOP = 1134;

	static final int MARGIN_BOTTOM = 1134;

	static final int MARGIN_LEFT = 1701;

	static final int MARGIN_RIGHT = 850;

	private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

	/**
	 * The header reaches 10 mm into the left margin (see {@link DocumentXhtml}): 75 mm
	 * for the issuer, 100 mm for the national title.
	 */
	private static final int HEADER_INDENT = -567;

	private static final int HEADER_WIDTH = TEXT_WIDTH - HEADER_INDENT;

	private static final int HEADER_ISSUER_WIDTH = 4252;

	/** 1 cm. */
	private static final int FIRST_LINE_INDENT = 567;

	/** 6 pt after each paragraph of the body. */
	private static final int PARAGRAPH_SPACING = 120;

	private static final int BODY_SIZE = 14;

	/**
	 * Tables are set a point smaller than the body, as the notices' directive lists are.
	 */
	private static final int TABLE_SIZE = 13;

	/** Table rules of 0.75 pt, in eighths of a point. */
	private static final int GRID_LINE = 6;

	private final XWPFDocument docx = new XWPFDocument();

	private DocumentDocx() {
	}

	static byte[] of(OfficialDocument document) {
		DocumentDocx writer = new DocumentDocx();
		try (XWPFDocument docx = writer.docx) {
			writer.write(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(OfficialDocument document) {
		defaultFont();
		header(document);
		title(document);
		for (Block block : document.body()) {
			block(block);
		}
		footer(document);
		page();
	}

	/** Times New Roman and Vietnamese spelling for all text, the page number included. */
	private void defaultFont() {
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		XWPFStyles styles = this.docx.createStyles();
		styles.setDefaultFonts(fonts);
		styles.setSpellingLanguage("vi-VN");
	}

	private void header(OfficialDocument document) {
		boolean party = document.family() == DocumentFamily.PARTY;
		XWPFTable table = table(2, HEADER_WIDTH, HEADER_ISSUER_WIDTH, HEADER_INDENT);
		XWPFTableCell issuer = table.getRow(0).getCell(0);
		XWPFParagraph first = issuer.getParagraphArray(0);
		for (String line : document.parentIssuer()) {
			run(centred(first), line, 12, false, false);
			first = issuer.addParagraph();
		}
		XWPFParagraph name = centred(first);
		List<String> lines = document.issuer().lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			XWPFRun run = run(name, lines.get(i), 12, true, false);
			if (i < lines.size() - 1) {
				run.addBreak();
			}
		}
		if (party) {
			run(centred(issuer.addParagraph()), DocumentText.PARTY_STAR, 12, false, false);
		}
		else {
			rule(issuer.addParagraph(), HEADER_ISSUER_WIDTH, 0.30);
		}
		XWPFTableCell nation = table.getRow(0).getCell(1);
		if (party) {
			run(centred(nation.getParagraphArray(0)), DocumentText.PARTY_TITLE, 14, true, false)
				.setUnderline(UnderlinePatterns.SINGLE);
		}
		else {
			run(centred(nation.getParagraphArray(0)), DocumentText.NATIONAL_TITLE, 13, true, false);
			run(centred(nation.addParagraph()), DocumentText.MOTTO, 13, true, false)
				.setUnderline(UnderlinePatterns.SINGLE);
		}
		XWPFParagraph number = centred(table.getRow(1).getCell(0).getParagraphArray(0));
		number.setSpacingBefore(120);
		run(number, DocumentText.numberLine(document), 13, false, false);
		if (document.type() == DocumentType.CONG_VAN && !party) {
			XWPFParagraph subject = centred(table.getRow(1).getCell(0).addParagraph());
			subject.setSpacingBefore(80);
			run(subject, DocumentText.LETTER_SUBJECT + document.summary(), 12, false, false);
		}
		XWPFParagraph date = centred(table.getRow(1).getCell(1).getParagraphArray(0));
		date.setSpacingBefore(120);
		run(date, DocumentText.placeAndDate(document.place(), document.date()), 13, false, true);
	}

	private void title(OfficialDocument document) {
		if (document.type() == DocumentType.CONG_VAN && document.family() == DocumentFamily.STATE) {
			this.docx.createParagraph().setSpacingAfter(240);
			return;
		}
		XWPFParagraph type = centred(this.docx.createParagraph());
		type.setSpacingBefore(400);
		run(type, document.type().title(), BODY_SIZE, true, false);
		if (!document.summary().isBlank()) {
			run(centred(this.docx.createParagraph()), document.summary(), BODY_SIZE, true, false);
		}
		XWPFParagraph rule = this.docx.createParagraph();
		rule(rule, TEXT_WIDTH, 0.25);
		rule.setSpacingAfter(240);
	}

	private void block(Block block) {
		switch (block) {
			case Block.Heading heading -> {
				XWPFParagraph paragraph = bodyParagraph();
				paragraph.setKeepNext(true);
				run(paragraph, heading.text(), BODY_SIZE, true, heading.level() == 3);
			}
			case Block.Paragraph text -> {
				XWPFParagraph paragraph = bodyParagraph();
				if (text.lead() != null) {
					run(paragraph, text.lead() + " ", BODY_SIZE, true, false);
				}
				run(paragraph, text.text(), BODY_SIZE, false, false);
			}
			case Block.Bullets bullets -> {
				for (String item : bullets.items()) {
					run(bodyParagraph(), bullets.marker() + " " + item, BODY_SIZE, false, false);
				}
			}
			case Block.Table table -> grid(table);
		}
	}

	/**
	 * A ruled table across the text's width, its heading row repeated on each page and no
	 * row split; then a 6 pt gap, which also keeps Word from joining it to a table that
	 * follows.
	 */
	private void grid(Block.Table content) {
		List<Block.Table.Column> columns = content.columns();
		XWPFTable table = this.docx.createTable(content.rows().size() + 1, columns.size());
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(Integer.toString(TEXT_WIDTH));
		fixedLayout(table);
		table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, GRID_LINE, 0, "000000");
		table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, GRID_LINE, 0, "000000");
		table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, GRID_LINE, 0, "000000");
		table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, GRID_LINE, 0, "000000");
		table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, GRID_LINE, 0, "000000");
		table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, GRID_LINE, 0, "000000");
		table.setCellMargins(40, 80, 40, 80);
		int[] widths = new int[columns.size()];
		CTTblGrid grid = grid(table);
		for (int i = 0; i < columns.size(); i++) {
			widths[i] = TEXT_WIDTH * columns.get(i).width() / 100;
			grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
		}
		XWPFTableRow heading = table.getRow(0);
		heading.setRepeatHeader(true);
		heading.setCantSplitRow(true);
		for (int i = 0; i < columns.size(); i++) {
			XWPFTableCell cell = heading.getCell(i);
			cell.setWidth(Integer.toString(widths[i]));
			cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			run(centred(cell.getParagraphArray(0)), columns.get(i).heading(), TABLE_SIZE, true, false);
		}
		for (int r = 0; r < content.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			row.setCantSplitRow(true);
			for (int i = 0; i < columns.size(); i++) {
				XWPFTableCell cell = row.getCell(i);
				cell.setWidth(Integer.toString(widths[i]));
				XWPFParagraph paragraph = cell.getParagraphArray(0);
				paragraph.setSpacingAfter(0);
				if (columns.get(i).centred()) {
					centred(paragraph);
				}
				run(paragraph, content.rows().get(r).get(i), TABLE_SIZE, false, false);
			}
		}
		XWPFParagraph gap = this.docx.createParagraph();
		gap.setSpacingAfter(0);
		gap.setSpacingBetween(6, LineSpacingRule.EXACT);
	}

	/**
	 * Recipients on the left and the signer on the right, or the countersigner on the
	 * left, the signer on the right and the recipients below them (see
	 * {@link DocumentXhtml}).
	 */
	private void footer(OfficialDocument document) {
		// The signatures do not stand alone on a page: the last paragraph goes with them.
		List<XWPFParagraph> paragraphs = this.docx.getParagraphs();
		if (!paragraphs.isEmpty()) {
			paragraphs.get(paragraphs.size() - 1).setKeepNext(true);
		}
		XWPFParagraph space = this.docx.createParagraph();
		space.setSpacingAfter(0);
		space.setKeepNext(true);
		Signer countersigner = document.countersigner();
		Signer signer = document.signer();
		if (countersigner == null) {
			XWPFTable table = table(1, TEXT_WIDTH, TEXT_WIDTH * 45 / 100, 0);
			table.getRow(0).setCantSplitRow(true);
			recipients(document, table.getRow(0).getCell(0));
			signature(signer, 0, table.getRow(0).getCell(1));
			return;
		}
		boolean recipients = !document.recipients().isEmpty();
		XWPFTable table = table(recipients ? 2 : 1, TEXT_WIDTH, TEXT_WIDTH / 2, 0);
		table.getRow(0).setCantSplitRow(true);
		int authorityLines = Math.max(signer.authority().size(), countersigner.authority().size());
		signature(countersigner, authorityLines, table.getRow(0).getCell(0));
		signature(signer, authorityLines, table.getRow(0).getCell(1));
		if (recipients) {
			XWPFTableCell below = table.getRow(1).getCell(0);
			below.getParagraphArray(0).setSpacingBefore(240);
			recipients(document, below);
		}
	}

	private static void recipients(OfficialDocument document, XWPFTableCell cell) {
		if (document.recipients().isEmpty()) {
			return;
		}
		run(cell.getParagraphArray(0), DocumentText.RECIPIENTS, 12, true, true);
		for (String recipient : DocumentText.recipientLines(document)) {
			run(cell.addParagraph(), recipient, 11, false, false);
		}
	}

	/**
	 * Authority lines, title, room to sign, name, centred in the cell; blank lines above
	 * to make up {@code authorityLines}, so that two signers' titles and names line up.
	 */
	private static void signature(Signer signer, int authorityLines, XWPFTableCell cell) {
		XWPFParagraph paragraph = cell.getParagraphArray(0);
		for (int i = signer.authority().size(); i < authorityLines; i++) {
			run(centred(paragraph), "", BODY_SIZE, true, false);
			paragraph = cell.addParagraph();
		}
		for (String authority : signer.authority()) {
			run(centred(paragraph), authority, BODY_SIZE, true, false);
			paragraph = cell.addParagraph();
		}
		run(centred(paragraph), signer.title(), BODY_SIZE, true, false);
		// Room for the signature and the seal.
		for (int i = 0; i < 4; i++) {
			run(centred(cell.addParagraph()), "", BODY_SIZE, false, false);
		}
		run(centred(cell.addParagraph()), signer.name(), BODY_SIZE, true, false);
	}

	/**
	 * A4, the decree's margins, and the page number at the top centre of every page but
	 * the first.
	 */
	private void page() {
		CTSectPr section = this.docx.getDocument().getBody().isSetSectPr()
				? this.docx.getDocument().getBody().getSectPr() : this.docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
		this.docx.createHeader(HeaderFooterType.FIRST).createParagraph();
		XWPFHeader header = this.docx.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = centred(header.createParagraph());
		CTSimpleField field = paragraph.getCTP().addNewFldSimple();
		field.setInstr("PAGE");
		XWPFRun number = new XWPFRun(field.addNewR(), paragraph);
		number.setFontFamily(FONT);
		number.setFontSize(13);
		number.setText("2");
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
	}

	/**
	 * A borderless table of two columns; widths and indent in twentieths of a point.
	 */
	private XWPFTable table(int rows, int width, int left, int indent) {
		XWPFTable table = this.docx.createTable(rows, 2);
		table.removeBorders();
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(Integer.toString(width));
		CTTblWidth tableIndent = table.getCTTbl().getTblPr().isSetTblInd() ? table.getCTTbl().getTblPr().getTblInd()
				: table.getCTTbl().getTblPr().addNewTblInd();
		tableIndent.setType(STTblWidth.DXA);
		tableIndent.setW(BigInteger.valueOf(indent));
		fixedLayout(table);
		CTTblGrid grid = grid(table);
		grid.addNewGridCol().setW(BigInteger.valueOf(left));
		grid.addNewGridCol().setW(BigInteger.valueOf(width - left));
		for (int row = 0; row < rows; row++) {
			table.getRow(row).getCell(0).setWidth(Integer.toString(left));
			table.getRow(row).getCell(1).setWidth(Integer.toString(width - left));
		}
		// Cells without padding, so that centred text is centred on the column.
		table.setCellMargins(0, 0, 0, 0);
		return table;
	}

	private static void fixedLayout(XWPFTable table) {
		CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
				? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
	}

	/** The table's grid, emptied of the columns POI put there, to declare them anew. */
	private static CTTblGrid grid(XWPFTable table) {
		CTTblGrid grid = table.getCTTbl().getTblGrid();
		if (grid == null) {
			grid = table.getCTTbl().addNewTblGrid();
		}
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		return grid;
	}

	/**
	 * A short centred line: the bottom border of an empty paragraph, indented both sides.
	 */
	private static void rule(XWPFParagraph paragraph, int width, double share) {
		int indent = (int) Math.round(width * (1 - share) / 2);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		paragraph.setBorderBottom(Borders.SINGLE);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(6, LineSpacingRule.EXACT);
		run(paragraph, "", 2, false, false);
	}

	private XWPFParagraph bodyParagraph() {
		XWPFParagraph paragraph = this.docx.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
		paragraph.setSpacingAfter(PARAGRAPH_SPACING);
		return paragraph;
	}

	private static XWPFParagraph centred(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(DocumentText.printable(text));
		return run;
	}

}
