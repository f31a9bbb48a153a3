package vn.doithoai.petition;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.doithoai.IntegrationTest;
import vn.doithoai.organization.AreaView;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.plan.ConferenceState;
import vn.doithoai.plan.PublicConferences;
import vn.doithoai.plan.PublicConferences.PublicConference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printable blank registration form, as the commune's staff and citizens fetch it.
 */
@IntegrationTest
class BlankFormTests {

	private static final String COMMUNE = "21172";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CommuneDirectory communes;

	@Autowired
	PublicConferences conferences;

	@Test
	void staffPrintTheirCommunesFormWithItsAreasAndTheOnlineFormsAddress() throws Exception {
		MvcResult result = this.mvc.perform(get("/staff/" + COMMUNE + "/petitions/blank-form.pdf").with(as("vanphong")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn();
		String disposition = result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("inline;").contains("filename*=UTF-8''");
		assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
			.isEqualTo("Phiếu đăng ký ý kiến, kiến nghị - Trương Quang Trọng.pdf");
		String text = text(result);
		assertThat(text)
			.contains("ỦY BAN NHÂN DÂN", "PHƯỜNG TRƯƠNG QUANG TRỌNG", "PHIẾU ĐĂNG KÝ Ý KIẾN, KIẾN NGHỊ", "Đất đai",
					"Tôi đồng ý để Ủy ban nhân dân phường Trương Quang Trọng",
					"http://localhost/xa/" + COMMUNE + "/gui-y-kien")
			.contains(this.communes.areas(commune().id()).stream().map(AreaView::name).toList())
			.doesNotContain("Dùng cho", "?hoiNghi=");
	}

	@Test
	void citizensPrintTheFormForAPublicConference() throws Exception {
		PublicConference conference = publicConference(commune());
		MvcResult result = this.mvc
			.perform(get("/xa/" + COMMUNE + "/phieu-dang-ky.pdf").param("hoiNghi", String.valueOf(conference.id())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn();
		assertThat(text(result)).contains("Dùng cho " + conference.title(),
				"http://localhost/xa/" + COMMUNE + "/gui-y-kien?hoiNghi=" + conference.id());
		this.mvc
			.perform(get("/staff/" + COMMUNE + "/petitions/blank-form.pdf")
				.param("conference", String.valueOf(conference.id()))
				.with(as("vanphong")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void aConferenceThatIsNotOneOfTheCommunesPublicOnesIsNotFound() throws Exception {
		long othersConference = this.communes.all()
			.stream()
			.filter((other) -> !other.code().equals(COMMUNE))
			.flatMap((other) -> this.conferences.conferences(other.id()).stream())
			.findFirst()
			.orElseThrow()
			.id();
		for (long id : List.of(othersConference, Long.MAX_VALUE)) {
			this.mvc
				.perform(get("/staff/" + COMMUNE + "/petitions/blank-form.pdf").param("conference", String.valueOf(id))
					.with(as("vanphong")))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/xa/" + COMMUNE + "/phieu-dang-ky.pdf").param("hoiNghi", String.valueOf(id)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/xa/00000/phieu-dang-ky.pdf")).andExpect(status().isNotFound());
	}

	@Test
	void anotherCommunesStaffCannotPrintThisCommunesForm() throws Exception {
		this.mvc.perform(get("/staff/" + COMMUNE + "/petitions/blank-form.pdf").with(as("vanphong.dinhke")))
			.andExpect(status().isForbidden());
	}

	private CommuneInfo commune() {
		return this.communes.findByCode(COMMUNE).orElseThrow();
	}

	private PublicConference publicConference(CommuneInfo commune) {
		return this.conferences.conferences(commune.id())
			.stream()
			.filter((conference) -> conference.state() != ConferenceState.CANCELLED)
			.findFirst()
			.orElseThrow(() -> new AssertionError("The demo data has no public conference in " + commune.name()));
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/** The PDF's text in NFC, lines joined. */
	private static String text(MvcResult result) throws IOException {
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
				.replaceAll("\\s*\\R\\s*", " ");
		}
	}

}
