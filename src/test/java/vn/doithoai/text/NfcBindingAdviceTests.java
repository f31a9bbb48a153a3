package vn.doithoai.text;

import java.text.Normalizer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NfcBindingAdviceTests {

	private final PetitionController controller = new PetitionController();

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.standaloneSetup(this.controller).setControllerAdvice(new NfcBindingAdvice()).build();
	}

	@Test
	void bindsDecomposedFormFieldsAsTrimmedNfc() throws Exception {
		this.mvc
			.perform(post("/petitions").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("author", nfd("  Nguyễn Thị Thuỷ\u00A0"))
				.param("subject", nfd("Đường xã Hoà Bình\n")))
			.andExpect(status().isOk());

		assertThat(this.controller.form).isEqualTo(new PetitionForm("Nguyễn Thị Thuỷ", "Đường xã Hoà Bình"));
	}

	@Test
	void bindsDecomposedRequestParameterAsTrimmedNfc() throws Exception {
		this.mvc.perform(post("/petitions/search").param("q", nfd(" Phạm Đức Dũng "))).andExpect(status().isOk());

		assertThat(this.controller.query).isEqualTo("Phạm Đức Dũng");
	}

	@Test
	void keepsBlankFieldAsEmptyText() throws Exception {
		this.mvc
			.perform(post("/petitions").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("author", "   ")
				.param("subject", ""))
			.andExpect(status().isOk());

		assertThat(this.controller.form).isEqualTo(new PetitionForm("", ""));
	}

	private static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

	record PetitionForm(String author, String subject) {
	}

	@Controller
	static class PetitionController {

		PetitionForm form;

		String query;

		@PostMapping("/petitions")
		String submit(@ModelAttribute PetitionForm form) {
			this.form = form;
			return "petitions/submitted";
		}

		@PostMapping("/petitions/search")
		String search(@RequestParam String q) {
			this.query = q;
			return "petitions/list";
		}

	}

}
