package vn.doithoai.petition;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import vn.doithoai.document.DocumentRenderer;
import vn.doithoai.organization.AreaView;
import vn.doithoai.organization.AreaKind;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.organization.CommuneKind;
import vn.doithoai.organization.FieldView;
import vn.doithoai.plan.PublicConferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The address in the QR code when the site's public address is configured: the shared
 * test application runs without one, so it is checked here.
 */
class BlankFormControllerTest {

	private static final CommuneInfo SON_TRUNG = new CommuneInfo(7, "18187", "Sơn Trung", CommuneKind.XA, "42",
			"Hà Tĩnh");

	private final CommuneDirectory directory = mock(CommuneDirectory.class);

	private final PublicConferences conferences = mock(PublicConferences.class);

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	BlankFormControllerTest() {
		this.messages.setBasename("messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
		when(this.directory.findByCode("18187")).thenReturn(Optional.of(SON_TRUNG));
		when(this.directory.areas(7)).thenReturn(List.of(new AreaView(1, "T1", "Thôn 1", AreaKind.THON, 0)));
		when(this.directory.fields()).thenReturn(List.of(new FieldView(1, "DAT_DAI", "Đất đai", 1, true, 0),
				new FieldView(2, "CU", "Lĩnh vực đã bỏ", 2, false, 0)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://doithoai.hatinh.gov.vn", "https://doithoai.hatinh.gov.vn/",
			" https://doithoai.hatinh.gov.vn/ " })
	void theConfiguredPublicAddressLeadsTheOnlineFormsAddress(String publicUrl) throws IOException {
		BlankFormController controller = new BlankFormController(this.directory, this.conferences,
				new DocumentRenderer(), this.messages, new PublicLinks(publicUrl));
		byte[] pdf = controller.forCitizens("18187", null).getBody();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
			assertThat(text)
				.contains("https://doithoai.hatinh.gov.vn/xa/18187/gui-y-kien", "XÃ SƠN TRUNG", "Thôn 1", "Đất đai")
				.doesNotContain("Lĩnh vực đã bỏ");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "doithoai.hatinh.gov.vn", "ftp://doithoai.hatinh.gov.vn", "https://" })
	void anAddressThatIsNotAWebAddressStopsTheApplicationFromStarting(String publicUrl) {
		assertThatIllegalStateException().isThrownBy(() -> new BlankFormController(this.directory, this.conferences,
				new DocumentRenderer(), this.messages, new PublicLinks(publicUrl)));
	}

}
