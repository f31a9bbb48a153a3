package vn.doithoai.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NfcJacksonModuleTests {

	private final JsonMapper mapper = JsonMapper.builder()
		.addModule(new TextConfiguration().nfcJacksonModule())
		.build();

	@Test
	void readsDecomposedStringsAsNfcWhereverTheyAre() {
		Petition petition = this.mapper.readValue(
				nfd("""
						{
						  "author": "Nguyễn Thị Thuỷ",
						  "tags": ["đường", "Hoà Bình"],
						  "answers": {"Ủy ban": "Đã tiếp nhận"},
						  "signers": [{"author": "Lê Văn Ánh", "tags": ["ấp"], "answers": {}, "signers": [], "extra": {}, "note": null}],
						  "extra": {"ghi chú": "Khẩn", "nested": ["Đồng", {"Quận": "Thủ Đức"}]},
						  "note": "Đề nghị"
						}
						"""),
				Petition.class);

		assertThat(petition.author()).isEqualTo("Nguyễn Thị Thuỷ");
		assertThat(petition.tags()).containsExactly("đường", "Hoà Bình");
		assertThat(petition.answers()).containsExactly(Map.entry("Ủy ban", "Đã tiếp nhận"));
		assertThat(petition.signers()).singleElement().satisfies((signer) -> {
			assertThat(signer.author()).isEqualTo("Lê Văn Ánh");
			assertThat(signer.tags()).containsExactly("ấp");
			assertThat(signer.note()).isEmpty();
		});
		assertThat(petition.extra()).containsExactly(Map.entry("ghi chú", "Khẩn"),
				Map.entry("nested", List.of("Đồng", Map.of("Quận", "Thủ Đức"))));
		assertThat(petition.note()).contains("Đề nghị");
	}

	@Test
	void readsDecomposedStringsAsNfcInArraysAndPlainValues() {
		assertThat(this.mapper.readValue(nfd("[\"Phường\", \"Xã\"]"), String[].class)).containsExactly("Phường", "Xã");
		assertThat(this.mapper.readValue(nfd("\"Thôn Đông\""), String.class)).isEqualTo("Thôn Đông");
		assertThat(this.mapper.readValue(nfd("{\"Thôn\": [\"Đông\"]}"), new TypeReference<Map<String, List<String>>>() {
		})).containsExactly(Map.entry("Thôn", List.of("Đông")));
		assertThat(this.mapper.readValue(nfd("[\"Ấp\", 3]"), Object.class)).isEqualTo(List.of("Ấp", 3));
		assertThat(this.mapper.readValue(nfd("{\"Quận\": {\"Phường\": \"Đa Kao\"}}"), Object.class))
			.isEqualTo(Map.of("Quận", Map.of("Phường", "Đa Kao")));
	}

	@Test
	void leavesNullAndEmptyStringsAsTheyAre() {
		Petition petition = this.mapper.readValue("""
				{"author": "", "tags": [null, ""], "answers": {"a": null}, "signers": [], "extra": {}, "note": null}
				""", Petition.class);

		assertThat(petition.author()).isEmpty();
		assertThat(petition.tags()).containsExactly(null, "");
		assertThat(petition.answers()).containsEntry("a", null);
		assertThat(petition.note()).isEmpty();
	}

	@Test
	void springBootRegistersTheModuleOnItsJsonMapper() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
			.withUserConfiguration(TextConfiguration.class)
			.run((context) -> assertThat(context.getBean(JsonMapper.class).readValue(nfd("\"Hoà\""), String.class))
				.isEqualTo("Hoà"));
	}

	@Test
	void readsRequestBodiesAsNfcWithTheConfiguredModule() throws Exception {
		PetitionApi api = new PetitionApi();
		MockMvc mvc = MockMvcBuilders.standaloneSetup(api)
			.setMessageConverters(new JacksonJsonHttpMessageConverter(this.mapper))
			.build();

		mvc.perform(post("/api/petitions").contentType(MediaType.APPLICATION_JSON)
			.content(nfd("{\"author\": \"Trần Văn Hoà\", \"tags\": [\"Đê\"]}"))).andExpect(status().isOk());

		assertThat(api.received.author()).isEqualTo("Trần Văn Hoà");
		assertThat(api.received.tags()).containsExactly("Đê");
	}

	private static String nfd(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo(text);
		return decomposed;
	}

	record Petition(String author, List<String> tags, Map<String, String> answers, List<Petition> signers,
			Map<String, Object> extra, Optional<String> note) {
	}

	@RestController
	static class PetitionApi {

		Petition received;

		@PostMapping("/api/petitions")
		void receive(@RequestBody Petition petition) {
			this.received = petition;
		}

	}

}
