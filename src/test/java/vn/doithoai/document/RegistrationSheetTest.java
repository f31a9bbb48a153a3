package vn.doithoai.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Renders the blank registration form to {@code target/documents/} (PDF and a PNG of the
 * page, to look at) and checks that it fits one A4 page, holds every label, and that its
 * QR code reads back as the online form's address.
 */
class RegistrationSheetTest {

	private static final Path OUT = Path.of("target/documents");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final URI ONLINE_FORM = URI
		.create("https://doithoai.quangngai.gov.vn/xa/21172/gui-y-kien?hoiNghi=1234");

	private static final List<String> AREAS = List.of("Tổ dân phố Liên Hiệp 1A", "Tổ dân phố Liên Hiệp 2A",
			"Tổ dân phố Trường Thọ Tây A", "Tổ dân phố Trường Thọ Đông A");

	private static final List<String> FIELDS = List.of("Đất đai", "Xây dựng và trật tự đô thị",
			"Bồi thường, hỗ trợ, tái định cư", "Chính sách người có công", "Bảo trợ xã hội", "Thủ tục hành chính",
			"Môi trường", "Giao thông", "An ninh trật tự", "Y tế", "Giáo dục", "Văn hóa, thông tin",
			"Kinh tế, nông nghiệp", "Cán bộ, công chức", "Khác");

	private final DocumentRenderer renderer = new DocumentRenderer();

	private final ResourceBundleMessageSource messages = messages();

	/** The notice as the petition module words it: the longest text on the sheet. */
	private final String consent = this.messages.getMessage("blankForm.consent",
			new Object[] { "phường", "Trương Quang Trọng" }, VIETNAMESE);

	@BeforeAll
	static void createOutputFolder() throws IOException {
		Files.createDirectories(OUT);
	}

	@Test
	void aConferencesSheetFitsOneA4PageWithEveryLabelAndAQrCodeToTheOnlineForm() throws Exception {
		RegistrationSheet sheet = new RegistrationSheet(List.of(), "ỦY BAN NHÂN DÂN\nPHƯỜNG TRƯƠNG QUANG TRỌNG",
				new RegistrationSheet.ConferenceDetails("Hội nghị đối thoại với Nhân dân quý I năm 2026",
						LocalDate.of(2026, 1, 20), LocalTime.of(7, 30), "Hội trường Ủy ban nhân dân phường"),
				LocalDate.of(2026, 1, 15), AREAS, FIELDS, ONLINE_FORM, this.consent);
		byte[] pdf = this.renderer.pdf(sheet, this.messages, VIETNAMESE);
		Files.write(OUT.resolve("phieu-dang-ky.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isOne();
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within(1f));
			assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, within(1f));
			assertThat(text(document))
				.contains("ỦY BAN NHÂN DÂN", "PHƯỜNG TRƯƠNG QUANG TRỌNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
						"Độc lập - Tự do - Hạnh phúc", "PHIẾU ĐĂNG KÝ Ý KIẾN, KIẾN NGHỊ",
						"(Dùng cho Hội nghị đối thoại với Nhân dân quý I năm 2026, tổ chức lúc 7 giờ 30, Thứ Ba,"
								+ " ngày 20/01/2026 tại Hội trường Ủy ban nhân dân phường)",
						"Nộp phiếu đến hết ngày 15/01/2026 tại Văn phòng Ủy ban nhân dân",
						"vẫn có thể nêu trực tiếp tại hội nghị", ONLINE_FORM.toString(), "1. Họ và tên:", "2. Địa chỉ:",
						"3. Thôn/Tổ dân phố:", "4. Số điện thoại (không bắt buộc):", "5. Thư điện tử (không bắt buộc):",
						"6. Lĩnh vực:", "7. Nội dung ý kiến, kiến nghị:", this.consent, "ngày …… tháng …… năm 20……",
						"NGƯỜI ĐĂNG KÝ", "(Ký, ghi rõ họ tên)", "PHẦN DÀNH CHO CÁN BỘ TIẾP NHẬN", "Người nhận:",
						"Ngày nhận:", "Mã tra cứu:")
				.contains(AREAS)
				.contains(FIELDS);
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
			ImageIO.write(page, "png", OUT.resolve("phieu-dang-ky-1.png").toFile());
			Result qr = readQrCode(page);
			assertThat(qr.getText()).isEqualTo(ONLINE_FORM.toString());
			assertThat(qr.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
		}
	}

	@Test
	void aGeneralSheetForACommuneWithManyAreasLeavesALineForTheAreaAndStaysOnOnePage() throws Exception {
		List<String> manyAreas = IntStream.rangeClosed(1, 30).mapToObj((n) -> "Thôn Phú Lộc " + n).toList();
		URI general = URI.create("http://localhost:8080/xa/18187/gui-y-kien");
		RegistrationSheet sheet = new RegistrationSheet(List.of("UBND TỈNH HÀ TĨNH"), "ỦY BAN NHÂN DÂN\nXÃ SƠN TRUNG",
				null, null, manyAreas, FIELDS, general, this.consent);
		byte[] pdf = this.renderer.pdf(sheet, this.messages, VIETNAMESE);
		Files.write(OUT.resolve("phieu-dang-ky-chung.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isOne();
			String text = text(document);
			assertThat(text).contains("UBND TỈNH HÀ TĨNH", "XÃ SƠN TRUNG", "3. Thôn/Tổ dân phố:", general.toString())
				.doesNotContain("Thôn Phú Lộc", "Dùng cho", "đến hết ngày");
			assertThat(readQrCode(new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB)).getText())
				.isEqualTo(general.toString());
		}
	}

	@Test
	void theLongestSheetTakesTwoPagesAtMost() throws Exception {
		List<String> areas = new java.util.ArrayList<>();
		for (int n = 1; areas.stream().mapToInt((area) -> area.length() + 6).sum() <= RegistrationSheet.AREA_TEXT_BUDGET
				- 30; n++) {
			areas.add("Tổ dân phố Trường Thọ Đông " + n);
		}
		RegistrationSheet sheet = new RegistrationSheet(List.of("UBND TỈNH QUẢNG NGÃI"),
				"ỦY BAN NHÂN DÂN\nPHƯỜNG TRƯƠNG QUANG TRỌNG",
				new RegistrationSheet.ConferenceDetails(
						"Hội nghị đối thoại chuyên đề giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về bồi thường,"
								+ " hỗ trợ, tái định cư dự án đường ven biển Dung Quất - Sa Huỳnh năm 2026",
						LocalDate.of(2026, 3, 2), LocalTime.of(14, 0),
						"Hội trường Trung tâm Văn hóa - Thể thao và Truyền thanh phường Trương Quang Trọng"),
				LocalDate.of(2026, 2, 20), areas, FIELDS, URI.create("https://doithoai-xa-phuong.quangngai.gov.vn"
						+ "/cong-thong-tin/xa/21172/gui-y-kien?hoiNghi=9876543210"),
				this.consent);
		assertThat(sheet.areasTicked()).isTrue();
		byte[] pdf = this.renderer.pdf(sheet, this.messages, VIETNAMESE);
		Files.write(OUT.resolve("phieu-dang-ky-dai.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isBetween(1, 2);
			assertThat(text(document)).contains(areas).contains("PHẦN DÀNH CHO CÁN BỘ TIẾP NHẬN");
		}
	}

	@Test
	void theSheetCanBePrintedInEnglish() throws Exception {
		RegistrationSheet sheet = new RegistrationSheet(List.of(), "ỦY BAN NHÂN DÂN\nPHƯỜNG TRƯƠNG QUANG TRỌNG", null,
				null, AREAS, FIELDS, ONLINE_FORM, this.consent);
		try (PDDocument document = Loader.loadPDF(this.renderer.pdf(sheet, this.messages, Locale.ENGLISH))) {
			assertThat(text(document))
				.contains("REGISTRATION FORM FOR QUESTIONS AND PETITIONS", "1. Full name:", "FOR THE RECEIVING OFFICER")
				.doesNotContain("Họ và tên");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/xa/21172/gui-y-kien", "ftp://example.vn/xa/21172/gui-y-kien", "javascript:alert(1)" })
	void onlyAnAbsoluteWebAddressGoesInTheQrCode(String address) {
		assertThatIllegalArgumentException().isThrownBy(() -> new RegistrationSheet(List.of(), "ỦY BAN NHÂN DÂN", null,
				null, AREAS, FIELDS, URI.create(address), this.consent));
	}

	private static Result readQrCode(BufferedImage image) throws NotFoundException {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
		}
		catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException ex) {
			throw new AssertionError("The QR code does not read", ex);
		}
	}

	/** The page's text in NFC, lines joined: labels may wrap in the PDF. */
	private static String text(PDDocument document) throws IOException {
		return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
			.replaceAll("\\s*\\R\\s*", " ");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
