package vn.doithoai.document;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.doithoai.document.DocumentFixtures.Exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.doithoai.document.DocumentRendererTest.text;
import static vn.doithoai.document.DocumentRendererTest.withoutSpaces;
import static vn.doithoai.document.DocumentRendererTest.write;

/**
 * Minutes (two signers side by side, the exchanges of a dialogue) and the conclusion
 * notice (its directives in a table), rendered to {@code target/documents/}.
 */
class MinutesRenderingTest {

	private static final String PARTY_SECRETARY = "Nguyễn Thị Thanh Xuân";

	private final DocumentRenderer renderer = new DocumentRenderer();

	@BeforeAll
	static void createOutputFolder() throws IOException {
		Files.createDirectories(DocumentRendererTest.OUT);
	}

	@Test
	void minutesOfSixtyExchangesPrintEveryExchangeAndBothSigners() throws IOException {
		OfficialDocument minutes = DocumentFixtures.minutesWithExchanges(60);
		byte[] pdf = write("minutes-60.pdf", this.renderer.pdf(minutes));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(text(document))
				.contains("BIÊN BẢN", "Số: 12/BB-UBND", "Trương Quang Trọng, ngày 20 tháng 3 năm 2025", "THƯ KÝ",
						"CHỦ TRÌ", DocumentFixtures.SECRETARY, DocumentFixtures.CHAIR)
				.doesNotContain("Nơi nhận", "\uFFFD");
			String body = withoutSpaces(bodyText(document));
			for (int number = 1; number <= 60; number++) {
				assertThat(body).as("exchange %d", number).contains(exchangeTexts(DocumentFixtures.exchange(number)));
			}
			// The signatures do not stand alone: the closing paragraph goes with them
			// (60 exchanges fill page 29 to the end of it).
			assertThat(pageOf(document, "Hội nghị kết thúc lúc")).isEqualTo(pageOf(document, "THƯ KÝ"))
				.isEqualTo(document.getNumberOfPages() - 1);
			assertThat(DocumentRendererTest.topMargin(document, 0)).isBlank();
			for (int page = 1; page < document.getNumberOfPages(); page++) {
				assertThat(DocumentRendererTest.topMargin(document, page)).isEqualTo(Integer.toString(page + 1));
			}
		}
		byte[] docx = write("minutes-60.docx", this.renderer.docx(minutes));
		String docxText = withoutSpaces(text(docx));
		assertThat(docxText)
			.contains("BIÊNBẢN", "THƯKÝ", "CHỦTRÌ", withoutSpaces(DocumentFixtures.SECRETARY),
					withoutSpaces(DocumentFixtures.CHAIR))
			.doesNotContain("Nơinhận");
		for (int number = 1; number <= 60; number++) {
			assertThat(docxText).as("exchange %d", number).contains(exchangeTexts(DocumentFixtures.exchange(number)));
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getParagraphs()
				.stream()
				.filter((paragraph) -> paragraph.getText().startsWith("Hội nghị kết thúc lúc"))
				.findFirst()
				.orElseThrow()
				.isKeepNext()).as("the closing paragraph is kept with the signatures").isTrue();
		}
		DocumentRendererTest.pngs("minutes-60");
	}

	static Stream<Arguments> minutesSignedByTwo() {
		return Stream.of(
				arguments(DocumentFamily.STATE, new Signer(List.of(), "THƯ KÝ", DocumentFixtures.SECRETARY),
						new Signer(List.of(), "CHỦ TRÌ", DocumentFixtures.CHAIR)),
				arguments(DocumentFamily.PARTY, new Signer(List.of(), "THƯ KÝ", PARTY_SECRETARY),
						new Signer(List.of(), "CHỦ TỌA", DocumentFixtures.PARTY_SIGNER)),
				// Authority lines on one side only: titles and names still line up.
				arguments(DocumentFamily.STATE, new Signer(List.of(), "THƯ KÝ", DocumentFixtures.SECRETARY),
						new Signer(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", DocumentFixtures.CHAIR)));
	}

	@ParameterizedTest
	@MethodSource("minutesSignedByTwo")
	void theSecretarySignsOnTheLeftAndTheChairOnTheRightOnOneLine(DocumentFamily family, Signer secretary, Signer chair)
			throws IOException {
		OfficialDocument minutes = minutes(family, secretary, chair, List.of());
		try (PDDocument document = Loader.loadPDF(this.renderer.pdf(minutes))) {
			int last = document.getNumberOfPages() - 1;
			Rectangle2D.Float secretaryTitle = find(document, last, secretary.title());
			Rectangle2D.Float chairTitle = find(document, last, chair.title());
			Rectangle2D.Float secretaryName = find(document, last, secretary.name());
			Rectangle2D.Float chairName = find(document, last, chair.name());
			assertThat(chairTitle.y).isCloseTo(secretaryTitle.y, within(0.5f));
			assertThat(chairName.y).isCloseTo(secretaryName.y, within(0.5f));
			assertThat(secretaryName.y).isGreaterThan(secretaryTitle.y + 60);
			// Each centred in its half of the text (30 mm to 195 mm).
			float middle = DocumentRendererTest.mm(30 + 165 / 2f);
			assertThat(secretaryTitle.getCenterX()).isCloseTo(DocumentRendererTest.mm(30 + 165 / 4f), within(2.0));
			assertThat(chairTitle.getCenterX()).isCloseTo(DocumentRendererTest.mm(30 + 165 * 3 / 4f), within(2.0));
			assertThat(secretaryName.getMaxX()).isLessThan(middle);
			assertThat(chairName.getMinX()).isGreaterThan(middle);
			assertThat(text(document)).doesNotContain("Nơi nhận");
		}
		byte[] bytes = this.renderer.docx(minutes);
		assertThat(text(bytes)).doesNotContain("Nơi nhận");
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			XWPFTableRow signatures = lastTable(docx).getRow(0);
			List<String> left = lines(signatures.getCell(0));
			List<String> right = lines(signatures.getCell(1));
			assertThat(left.indexOf(secretary.title())).isNotNegative().isEqualTo(right.indexOf(chair.title()));
			assertThat(left.indexOf(secretary.name())).isNotNegative().isEqualTo(right.indexOf(chair.name()));
			assertThat(lastTable(docx).getRows()).hasSize(1);
		}
	}

	@Test
	void recipientsOfMinutesGoBelowBothSignatures() throws IOException {
		Signer secretary = new Signer(List.of(), "THƯ KÝ", DocumentFixtures.SECRETARY);
		Signer chair = new Signer(List.of(), "CHỦ TRÌ", DocumentFixtures.CHAIR);
		OfficialDocument minutes = minutes(DocumentFamily.STATE, secretary, chair,
				List.of("Thường trực Đảng ủy phường", "Lưu: VT"));
		try (PDDocument document = Loader.loadPDF(this.renderer.pdf(minutes))) {
			int last = document.getNumberOfPages() - 1;
			Rectangle2D.Float recipients = find(document, last, "Nơi nhận:");
			assertThat(recipients.y).isGreaterThan(find(document, last, secretary.name()).y);
			assertThat(recipients.x).isCloseTo(DocumentRendererTest.mm(30), within(1f));
			assertThat(text(document)).contains("- Thường trực Đảng ủy phường;", "- Lưu: VT.");
		}
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(this.renderer.docx(minutes)))) {
			XWPFTable footer = lastTable(docx);
			assertThat(footer.getRows()).hasSize(2);
			assertThat(lines(footer.getRow(1).getCell(0))).containsExactly("Nơi nhận:", "- Thường trực Đảng ủy phường;",
					"- Lưu: VT.");
		}
	}

	@Test
	void aConclusionNoticeListsItsDirectivesInATable() throws IOException {
		OfficialDocument notice = DocumentFixtures.conclusionNotice();
		byte[] pdf = write("conclusion.pdf", this.renderer.pdf(notice));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String body = withoutSpaces(bodyText(document));
			for (List<String> row : DocumentFixtures.DIRECTIVES) {
				for (String cell : row) {
					assertThat(body).contains(withoutSpaces(cell));
				}
			}
			int page = pageOf(document, "Thời hạn");
			Rectangle2D.Float number = find(document, page, "STT");
			Rectangle2D.Float department = find(document, page, "Bộ phận");
			Rectangle2D.Float task = find(document, page, "Nội dung");
			Rectangle2D.Float deadline = find(document, page, "Thời hạn");
			assertThat(List.of(department.y, task.y, deadline.y))
				.allSatisfy((y) -> assertThat(y).isCloseTo(number.y, within(0.5f)));
			// Column widths 8, 27, 48 and 17 % of the text's 165 mm; headings centred.
			float left = DocumentRendererTest.mm(30);
			float width = DocumentRendererTest.mm(165);
			assertThat(number.getCenterX()).isCloseTo(left + width * 0.04f, within(1.5));
			assertThat(department.getCenterX()).isCloseTo(left + width * 0.215f, within(1.5));
			assertThat(task.getCenterX()).isCloseTo(left + width * 0.59f, within(1.5));
			assertThat(deadline.getCenterX()).isCloseTo(left + width * 0.915f, within(1.5));
			// A centred column's cells sit under its heading; a text column's start at
			// its
			// left edge, past the cell's padding.
			assertThat(find(document, page, "30/4/2025").getCenterX()).isCloseTo(deadline.getCenterX(), within(1.5));
			assertThat(find(document, page, "Công an phường").x).isCloseTo(left + width * 0.08f + 4, within(1.5f));
		}
		try (XWPFDocument docx = new XWPFDocument(
				new ByteArrayInputStream(write("conclusion.docx", this.renderer.docx(notice))))) {
			XWPFTable table = docx.getTables()
				.stream()
				.filter((candidate) -> candidate.getRow(0).getTableCells().size() == 4)
				.findFirst()
				.orElseThrow();
			assertThat(table.getRows()).hasSize(DocumentFixtures.DIRECTIVES.size() + 1);
			assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
				.containsExactly("STT", "Bộ phận", "Nội dung", "Thời hạn");
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			for (int i = 0; i < DocumentFixtures.DIRECTIVES.size(); i++) {
				assertThat(table.getRow(i + 1).getTableCells()).extracting(XWPFTableCell::getText)
					.containsExactlyElementsOf(DocumentFixtures.DIRECTIVES.get(i));
				assertThat(table.getRow(i + 1).isCantSplitRow()).isTrue();
			}
			assertThat(table.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
			assertThat(table.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
			assertThat(table.getInsideHBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
			assertThat(table.getCTTbl().getTblGrid().getGridColList()).extracting((column) -> column.getW().toString())
				.containsExactly("748", "2525", "4490", "1590");
		}
		DocumentRendererTest.pngs("conclusion");
	}

	static Stream<Arguments> badTables() {
		Block.Table.Column wide = new Block.Table.Column("Nội dung", 60, false);
		Block.Table.Column narrow = new Block.Table.Column("Thời hạn", 40, true);
		return Stream.of(arguments(List.of(wide, wide), List.of()),
				arguments(List.of(wide, narrow), List.of(List.of("Nạo vét mương"))),
				arguments(List.of(wide, narrow), List.of(List.of("Nạo vét mương", "30/4/2025", "Địa chính"))),
				arguments(List.of(), List.of()));
	}

	@ParameterizedTest
	@MethodSource("badTables")
	void aTableRejectsWidthsNotAddingUpTo100AndRowsNotFittingItsColumns(List<Block.Table.Column> columns,
			List<List<String>> rows) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Block.Table(columns, rows));
	}

	/** The speaker and question, who answered and the answer, and the outcome. */
	private static String[] exchangeTexts(Exchange exchange) {
		return new String[] { withoutSpaces(exchange.speaker() + exchange.question()),
				withoutSpaces(exchange.answerer() + exchange.answer()),
				withoutSpaces("Kết quả:" + exchange.outcome()) };
	}

	/** The three-exchange minutes of the fixture, as a draft of the family, so signed. */
	private static OfficialDocument minutes(DocumentFamily family, Signer countersigner, Signer signer,
			List<String> recipients) {
		OfficialDocument fixture = DocumentFixtures.minutesWithExchanges(3);
		boolean party = family == DocumentFamily.PARTY;
		return new OfficialDocument(family, party ? List.of("ĐẢNG BỘ THÀNH PHỐ BẮC GIANG") : fixture.parentIssuer(),
				party ? "ĐẢNG ỦY PHƯỜNG DĨNH KẾ" : fixture.issuer(), party ? "ĐU" : fixture.issuerCode(), null,
				party ? "Dĩnh Kế" : fixture.place(), null, DocumentType.BIEN_BAN, fixture.summary(), fixture.body(),
				signer, countersigner, recipients);
	}

	/** The text of every page below its top margin, without the page numbers. */
	private static String bodyText(PDDocument document) throws IOException {
		StringBuilder text = new StringBuilder();
		for (PDPage page : document.getPages()) {
			PDFTextStripperByArea stripper = new PDFTextStripperByArea();
			stripper.addRegion("body", new Rectangle2D.Float(0, DocumentRendererTest.TOP_MARGIN,
					page.getMediaBox().getWidth(), page.getMediaBox().getHeight()));
			stripper.extractRegions(page);
			text.append(stripper.getTextForRegion("body"));
		}
		return Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
	}

	/** The first page (from 0) that shows the text. */
	private static int pageOf(PDDocument document, String text) throws IOException {
		for (int page = 0; page < document.getNumberOfPages(); page++) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page + 1);
			stripper.setEndPage(page + 1);
			if (Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).contains(text)) {
				return page;
			}
		}
		throw new AssertionError("Not in the PDF: " + text);
	}

	/**
	 * Where the first occurrence of a text on a page is printed, in points from the top
	 * left: x and y of its first glyph's baseline, width to the end of its last glyph.
	 * Spaces are left out on both sides.
	 */
	private static Rectangle2D.Float find(PDDocument document, int page, String needle) throws IOException {
		StringBuilder text = new StringBuilder();
		List<TextPosition> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void writeString(String string, List<TextPosition> positions) {
				for (TextPosition position : positions) {
					String unicode = Normalizer.normalize(position.getUnicode(), Normalizer.Form.NFC);
					for (int i = 0; i < unicode.length(); i++) {
						if (!Character.isWhitespace(unicode.charAt(i)) && unicode.charAt(i) != '\u00A0') {
							text.append(unicode.charAt(i));
							glyphs.add(position);
						}
					}
				}
			}

		};
		stripper.setSortByPosition(true);
		stripper.setStartPage(page + 1);
		stripper.setEndPage(page + 1);
		stripper.getText(document);
		int at = text.indexOf(needle.replace(" ", ""));
		assertThat(at).as("%s on page %d", needle, page + 1).isNotNegative();
		TextPosition first = glyphs.get(at);
		TextPosition end = glyphs.get(at + needle.replace(" ", "").length() - 1);
		return new Rectangle2D.Float(first.getXDirAdj(), first.getYDirAdj(),
				end.getXDirAdj() + end.getWidthDirAdj() - first.getXDirAdj(), 0);
	}

	private static XWPFTable lastTable(XWPFDocument docx) {
		List<IBodyElement> elements = docx.getBodyElements();
		for (int i = elements.size() - 1; i >= 0; i--) {
			if (elements.get(i) instanceof XWPFTable table) {
				return table;
			}
		}
		throw new AssertionError("No table");
	}

	private static List<String> lines(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
	}

}
