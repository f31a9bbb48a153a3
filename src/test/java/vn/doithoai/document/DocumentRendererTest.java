package vn.doithoai.document;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.doithoai.document.Block.Heading;
import vn.doithoai.document.Block.Paragraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Renders the two fixture plans to {@code target/documents/} (PDF, DOCX and one PNG per
 * PDF page, to look at) and checks what the decree requires of them.
 */
class DocumentRendererTest {

	static final Path OUT = Path.of("target/documents");

	/** 20 mm, the top margin, in PDF points. */
	static final float TOP_MARGIN = 20 / 25.4f * 72;

	private final DocumentRenderer renderer = new DocumentRenderer();

	@BeforeAll
	static void createOutputFolder() throws IOException {
		Files.createDirectories(OUT);
	}

	@Test
	void aStatePlanHasTheDecreesPartsInLiberationSerif() throws IOException {
		byte[] pdf = write("state-plan.pdf", this.renderer.pdf(DocumentFixtures.stateDialoguePlan()));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(3);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within(1));
			assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, within(1));
			String text = text(document);
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Số: 05/KH-UBND", "Trương Quang Trọng, ngày 03 tháng 02 năm 2025", "KẾ HOẠCH",
					"UBND TỈNH QUẢNG NGÃI", "Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
					DocumentFixtures.STATE_SIGNER);
			assertThat(fonts(document)).isNotEmpty().allMatch((name) -> name.matches("[A-Z]{6}\\+LiberationSerif.*"));
			assertThat(fonts(document)).anyMatch((name) -> name.endsWith("LiberationSerif-Bold"))
				.anyMatch((name) -> name.endsWith("LiberationSerif-Italic"));
			// Declared PDF/A-2u for archiving (not checked here with a PDF/A validator).
			assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
				.contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi");
			assertThat(topMargin(document, 0)).isBlank();
			assertThat(topMargin(document, 1)).isEqualTo("2");
			assertThat(topMargin(document, 2)).isEqualTo("3");
			// The body's first-line indent starts 1 cm further in; every line starts at
			// 30 mm and the justified lines reach 195 mm.
			float[] page2 = horizontalExtent(document, 1);
			assertThat(page2[0]).isCloseTo(mm(30), within(0.5f));
			assertThat(page2[1]).isCloseTo(mm(210 - 15), within(1.5f));
		}
		write("state-plan.docx", this.renderer.docx(DocumentFixtures.stateDialoguePlan()));
		pngs("state-plan");
	}

	@Test
	void aPartyPlanHasHuongDan36sHeader() throws IOException {
		byte[] pdf = write("party-plan.pdf", this.renderer.pdf(DocumentFixtures.partyDialoguePlan()));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = text(document);
			assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ THÀNH PHỐ BẮC GIANG", "ĐẢNG ỦY PHƯỜNG DĨNH KẾ",
					"Số 36-KH/ĐU", "Dĩnh Kế, ngày 12 tháng 3 năm 2024", "KẾ HOẠCH", "- TT Thành ủy,", "- Lưu VPĐU.",
					"T/M ĐẢNG ỦY", "BÍ THƯ", DocumentFixtures.PARTY_SIGNER);
			assertThat(text).doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		}
		write("party-plan.docx", this.renderer.docx(DocumentFixtures.partyDialoguePlan()));
		pngs("party-plan");
	}

	@Test
	void everyVietnameseLetterSurvivesInEveryFace() throws IOException {
		String letters = vietnameseLetters();
		OfficialDocument document = new OfficialDocument(DocumentFamily.STATE, List.of(), "ỦY BAN NHÂN DÂN XÃ CHI ĐÔNG",
				"UBND", null, "Chi Đông " + letters, LocalDate.of(2025, 2, 3), DocumentType.THONG_BAO, letters,
				List.of(new Paragraph(letters), new Heading(3, letters)),
				new Signer(List.of(), "CHỦ TỊCH", "Nguyễn Văn A"), List.of());
		byte[] pdf = write("letters.pdf", this.renderer.pdf(document));
		try (PDDocument rendered = Loader.loadPDF(pdf)) {
			String text = withoutSpaces(text(rendered));
			// Regular (body), bold (summary), italic (date), bold italic (heading 3).
			assertThat(occurrences(text, withoutSpaces(letters))).isEqualTo(4);
		}
		String docx = text(write("letters.docx", this.renderer.docx(document)));
		assertThat(occurrences(withoutSpaces(docx), withoutSpaces(letters))).isEqualTo(4);
	}

	@Test
	void theDocxHasTheSamePartsOnA4InTimesNewRoman() throws IOException {
		byte[] docx = this.renderer.docx(DocumentFixtures.stateDialoguePlan());
		assertThat(text(docx)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"Số: 05/KH-UBND", "Trương Quang Trọng, ngày 03 tháng 02 năm 2025", "KẾ HOẠCH", "Nơi nhận:",
				"- Lưu: VT.", "KT. CHỦ TỊCH", DocumentFixtures.STATE_SIGNER);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			CTSectPr section = document.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
			CTPageMar margins = section.getPgMar();
			assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
				.containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134), BigInteger.valueOf(1701),
						BigInteger.valueOf(850));
			assertThat(runs(document)).isNotEmpty().allMatch((run) -> "Times New Roman".equals(run.getFontFamily()));
			assertThat(section.isSetTitlePg()).isTrue();
			assertThat(document.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP().xmlText())
				.contains("PAGE");
			assertThat(document.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
			XWPFParagraph body = document.getParagraphs()
				.stream()
				.filter((paragraph) -> paragraph.getText().startsWith("Căn cứ"))
				.findFirst()
				.orElseThrow();
			assertThat(body.getAlignment()).hasToString("BOTH");
			assertThat(body.getIndentationFirstLine()).isEqualTo(567);
			assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
		}
	}

	static String text(PDDocument document) throws IOException {
		return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
	}

	static String text(byte[] docx) throws IOException {
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			return Normalizer.normalize(extractor.getText(), Normalizer.Form.NFC);
		}
	}

	/** The text printed in a page's top margin: its page number. */
	static String topMargin(PDDocument document, int page) throws IOException {
		PDFTextStripperByArea stripper = new PDFTextStripperByArea();
		PDPage pdPage = document.getPage(page);
		stripper.addRegion("top", new Rectangle2D.Float(0, 0, pdPage.getMediaBox().getWidth(), TOP_MARGIN));
		stripper.extractRegions(pdPage);
		return stripper.getTextForRegion("top").strip();
	}

	/** The leftmost and rightmost x of the text on a page below its top margin. */
	private static float[] horizontalExtent(PDDocument document, int page) throws IOException {
		float[] extent = { Float.MAX_VALUE, 0 };
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				for (TextPosition position : positions) {
					if (position.getYDirAdj() > TOP_MARGIN && !position.getUnicode().isBlank()) {
						extent[0] = Math.min(extent[0], position.getXDirAdj());
						extent[1] = Math.max(extent[1], position.getXDirAdj() + position.getWidthDirAdj());
					}
				}
			}

		};
		stripper.setStartPage(page + 1);
		stripper.setEndPage(page + 1);
		stripper.getText(document);
		return extent;
	}

	static float mm(float millimetres) {
		return millimetres / 25.4f * 72;
	}

	/** The base names of the fonts the pages use, all embedded. */
	private static Set<String> fonts(PDDocument document) throws IOException {
		Set<String> names = new TreeSet<>();
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				names.add(font.getName());
			}
		}
		return names;
	}

	private static List<XWPFRun> runs(XWPFDocument document) {
		List<XWPFRun> runs = new ArrayList<>();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				runs.addAll(paragraph.getRuns());
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						cell.getParagraphs().forEach((paragraph) -> runs.addAll(paragraph.getRuns()));
					}
				}
			}
		}
		return runs;
	}

	/**
	 * The twelve vowels with each of the six tones, upper and lower case, and đ/Đ: every
	 * letter Vietnamese writes, in NFC.
	 */
	static String vietnameseLetters() {
		String[] vowels = { "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y" };
		String[] tones = { "", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323" };
		StringBuilder letters = new StringBuilder();
		for (String vowel : vowels) {
			for (String tone : tones) {
				String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
				letters.append(letter).append(letter.toUpperCase()).append(' ');
			}
		}
		return letters.append("đĐ").toString();
	}

	static String withoutSpaces(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	static byte[] write(String name, byte[] content) throws IOException {
		Files.write(OUT.resolve(name), content);
		return content;
	}

	/**
	 * One PNG per page at 60 dpi ({@code name-1.png}, or {@code name-01.png} from ten
	 * pages), when poppler's pdftoppm is installed.
	 */
	static void pngs(String name) throws IOException {
		assumeTrue(pdftoppmInstalled(), "pdftoppm (poppler-utils) is not installed");
		try {
			Process process = new ProcessBuilder("pdftoppm", "-r", "60", "-png", OUT.resolve(name + ".pdf").toString(),
					OUT.resolve(name).toString())
				.inheritIO()
				.start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).isZero();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		// pdftoppm pads the page number to as many digits as the last one has.
		try (Stream<Path> files = Files.list(OUT)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.anyMatch((file) -> file.matches(Pattern.quote(name) + "-0*1\\.png"));
		}
	}

	private static boolean pdftoppmInstalled() {
		try {
			Process process = new ProcessBuilder("pdftoppm", "-v").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static org.assertj.core.data.Offset<Float> within(float offset) {
		return org.assertj.core.data.Offset.offset(offset);
	}

}
