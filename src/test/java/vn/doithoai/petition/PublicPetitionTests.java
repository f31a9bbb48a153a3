package vn.doithoai.petition;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import vn.doithoai.IntegrationTest;
import vn.doithoai.system.Challenges;
import vn.doithoai.system.PublicWriteGuard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The citizen's side: the public API contract, the registration form, the tracking page.
 */
@IntegrationTest
class PublicPetitionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PublicWriteGuard guard;

	@BeforeEach
	void freshLimits() {
		this.guard.reset();
	}

	@Test
	void theApiRegistersOnceForOneIdempotencyKeyAndRefusesTheKeyWithAnotherBody() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = body("Nguyễn Văn An", "Đề nghị sửa chữa đường bê tông tổ 5 bị hư hỏng.");
		MvcResult first = api(key, body).andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/public/petitions/[A-Z0-9-]{9}")))
			.andExpect(jsonPath("$.trackingCode")
				.value(matchesPattern("[" + TrackingCodes.ALPHABET + "]{4}-[" + TrackingCodes.ALPHABET + "]{4}")))
			.andExpect(jsonPath("$.pin").value(matchesPattern("\\d{6}")))
			.andExpect(jsonPath("$.state").value("RECEIVED"))
			.andReturn();
		String answer = first.getResponse().getContentAsString();
		int count = count();
		assertThat(api(key, body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
			.isEqualTo(answer);
		assertThat(count()).isEqualTo(count);
		String code = answer.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");
		String pin = answer.replaceAll(".*\"pin\":\"([^\"]+)\".*", "$1");
		assertThat(this.jdbc.queryForList("select recipient || ' ' || body from outbox_message where dedup_key = ?",
				String.class, "petition-receipt:" + code))
			.singleElement()
			.satisfies((mail) -> assertThat(mail).startsWith("an@example.vn").contains(code, pin, "/tra-cuu/" + code));
		api(key, body("Nguyễn Văn An", "Một câu hỏi khác")).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Idempotency-Key")));
		assertThat(count()).isEqualTo(count);
	}

	@Test
	void theTrackingApiShowsTheTimelineButNoPersonalData() throws Exception {
		String code = register(body("Trần Thị Bích", "Xin hỏi về chế độ trợ cấp cho người cao tuổi."));
		this.mvc.perform(get("/api/v1/public/petitions/" + code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trackingCode").value(code))
			.andExpect(jsonPath("$.state").value("RECEIVED"))
			.andExpect(jsonPath("$.submittedAt").exists())
			.andExpect(jsonPath("$.history[0].state").value("RECEIVED"))
			.andExpect(jsonPath("$.answer").doesNotExist())
			.andExpect(content().string(not(containsString("Trần Thị Bích"))))
			.andExpect(content().string(not(containsString("0912345678"))))
			.andExpect(content().string(not(containsString("an@example.vn"))))
			.andExpect(content().string(not(containsString("Tổ 5"))));
		this.mvc.perform(get("/tra-cuu/" + code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã tiếp nhận")))
			.andExpect(content().string(not(containsString("Trần Thị Bích"))));
	}

	@Test
	void anUnknownTrackingCodeIsAPlainNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/public/petitions/AAAA-AAAA"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/public/petitions/not-a-code")).andExpect(status().isNotFound());
		this.mvc.perform(get("/tra-cuu/AAAA-AAAA")).andExpect(status().isNotFound());
		this.mvc.perform(get("/tra-cuu")).andExpect(status().isOk());
		this.mvc.perform(get("/tra-cuu").param("ma", "0O1I"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("notFound", true));
	}

	@Test
	void aMissingReplayedOrForgedChallengeAndAFilledHoneypotAreRefused() throws Exception {
		int count = count();
		String body = body("Đỗ Văn Phúc", "Đề nghị nâng cấp nhà văn hóa tổ dân phố.");
		apiAs(UUID.randomUUID().toString(), body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("challenge"));
		String altcha = solved();
		String withChallenge = body.replaceFirst("\\{", "{\"altcha\": \"" + altcha + "\", ");
		apiAs(UUID.randomUUID().toString(), withChallenge).andExpect(status().isCreated());
		apiAs(UUID.randomUUID().toString(), withChallenge).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("challenge"));
		apiAs(UUID.randomUUID().toString(),
				body.replaceFirst("\\{", "{\"altcha\": \"" + solved() + "\", \"website\": \"http://spam.example\", "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("website"));
		this.mvc
			.perform(post("/xa/21172/gui-y-kien").with(csrf())
				.param("submissionKey", UUID.randomUUID().toString())
				.param("fullName", "Đỗ Văn Phúc")
				.param("address", "Tổ 1")
				.param("question", "Câu hỏi")
				.param("consent", "true")
				.param("altcha", "giả mạo"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("role=\"alert\"")));
		assertThat(count()).isEqualTo(count + 1);
	}

	@Test
	void badInputIsNamedFieldByFieldAndNothingIsSaved() throws Exception {
		int count = count();
		api(UUID.randomUUID().toString(), """
				{"communeCode": "21172", "fullName": "", "phone": "12345", "email": "khong-phai-email",
				 "address": "", "content": "%s", "consent": false}""".formatted("a".repeat(5001)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(hasItems("fullName", "phone", "email", "address", "content", "consent")))
			.andExpect(jsonPath("$.errors[?(@.field == 'phone')].message")
				.value(hasItems(containsString("Số điện thoại"))));
		api(UUID.randomUUID().toString(), """
				{"communeCode": "21172", "fullName": "A", "address": "B", "content": "C", "areaCode": "KHONG_CO",
				 "consent": true}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("areaCode"));
		api(UUID.randomUUID().toString(), """
				{"communeCode": "99999", "fullName": "A", "address": "B", "content": "C", "consent": true}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("communeCode"));
		assertThat(count()).isEqualTo(count);
	}

	@Test
	void scriptNfdAndEmojiAreKeptAsTextAndShownEscaped() throws Exception {
		String nfd = Normalizer.normalize("Phạm Thị Hoà", Normalizer.Form.NFD);
		String code = register(body(nfd, "<script>alert(1)</script> Đường tối quá 😟"));
		assertThat(
				this.jdbc.queryForObject("select full_name from petition where tracking_code = ?", String.class, code))
			.isEqualTo(Normalizer.normalize("Phạm Thị Hoà", Normalizer.Form.NFC));
		assertThat(this.jdbc.queryForObject("select content from petition where tracking_code = ?", String.class, code))
			.isEqualTo("<script>alert(1)</script> Đường tối quá 😟");
		long id = this.jdbc.queryForObject("select id from petition where tracking_code = ?", Long.class, code);
		this.mvc.perform(get("/staff/21172/petitions/" + id).with(user(this.users.loadUserByUsername("vanphong"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void theWebFormMakesOnePetitionForADoubleSubmitAndShowsTheCodeAndPinOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		int count = count();
		String altcha = solved();
		String location = form(key, "Lê Văn Cường", altcha).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("pin", matchesPattern("\\d{6}")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(form(key, "Lê Văn Cường", altcha).andReturn().getResponse().getRedirectedUrl()).isEqualTo(location);
		assertThat(count()).isEqualTo(count + 1);
		this.mvc.perform(get(location).flashAttr("pin", "123456").flashAttr("justRegistered", true))
			.andExpect(content().string(containsString("123456")));
		this.mvc.perform(get(location)).andExpect(content().string(not(containsString("Mã PIN riêng"))));
	}

	@Test
	void theWebFormPutsEachErrorBesideItsField() throws Exception {
		this.mvc
			.perform(post("/xa/21172/gui-y-kien").with(csrf())
				.param("submissionKey", UUID.randomUUID().toString())
				.param("fullName", "")
				.param("address", "Tổ 1")
				.param("phone", "0123")
				.param("question", "Câu hỏi"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "fullName", "phone", "consent"))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("hỏi</textarea>")));
	}

	@Test
	void registeringAfterRegistrationClosedSaysTheQuestionCanBeRaisedAtTheConference() throws Exception {
		long conference = announcedConference();
		String code = register(body("Võ Thị Em", "Câu hỏi cho hội nghị").replace("\"communeCode\"",
				"\"conferenceId\": " + conference + ", \"communeCode\""));
		assertThat(code).isNotBlank();
		this.mvc.perform(get("/xa/21172/gui-y-kien").param("hoiNghi", String.valueOf(conference)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("closed", false));
		this.mvc
			.perform(post("/staff/21172/conferences/" + conference + "/close-registration").with(csrf())
				.with(user(this.users.loadUserByUsername("vanphong")))
				.param("version", "2"))
			.andExpect(flash().attribute("message", "conference.registrationClosedNow"));
		int count = count();
		api(UUID.randomUUID().toString(),
				body("Võ Thị Em", "Câu hỏi muộn").replace("\"communeCode\"",
						"\"conferenceId\": " + conference + ", \"communeCode\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("conferenceId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("tại hội nghị")));
		this.mvc.perform(get("/xa/21172/gui-y-kien").param("hoiNghi", String.valueOf(conference)))
			.andExpect(content().string(containsString("trực tiếp tại hội nghị")));
		assertThat(count()).isEqualTo(count);
	}

	private long announcedConference() throws Exception {
		LocalDate day = LocalDate.now().plusMonths(2);
		String location = this.mvc
			.perform(post("/staff/21172/conferences/new").with(user(this.users.loadUserByUsername("vanphong")))
				.with(csrf())
				.param("requestKey", UUID.randomUUID().toString())
				.param("kind", "PERIODIC")
				.param("title", "Đối thoại với Nhân dân về trật tự đô thị")
				.param("date", day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
				.param("start", "07:30")
				.param("end", "11:00")
				.param("venue", "Hội trường UBND phường")
				.param("allAreas", "true")
				.param("topics", "Trật tự đô thị")
				.param("chair", "Chủ tịch UBND phường"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		for (String step : new String[] { "schedule", "announce" }) {
			this.mvc.perform(post("/staff/21172/conferences/" + id + "/" + step).with(csrf())
				.with(user(this.users.loadUserByUsername("vanphong")))
				.param("version", step.equals("schedule") ? "0" : "1"));
		}
		return id;
	}

	private ResultActions form(String key, String name, String altcha) throws Exception {
		return this.mvc.perform(post("/xa/21172/gui-y-kien").with(csrf())
			.param("altcha", altcha)
			.param("website", "")
			.param("submissionKey", key)
			.param("fullName", name)
			.param("address", "Tổ 2, Trường Thọ Tây A")
			.param("areaCode", "TTTA")
			.param("question", "Đề nghị lắp thêm đèn chiếu sáng đường kiệt")
			.param("consent", "true"));
	}

	private String register(String body) throws Exception {
		String answer = api(UUID.randomUUID().toString(), body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return answer.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");
	}

	private ResultActions api(String key, String body) throws Exception {
		return apiAs(key, body.replaceFirst("\\{", "{\"altcha\": \"" + solved() + "\", "));
	}

	private ResultActions apiAs(String key, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/public/petitions").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** A proof of work solved as the browser solves it. */
	private String solved() throws Exception {
		return Challenges
			.solve(this.mvc.perform(get("/api/v1/public/challenge")).andReturn().getResponse().getContentAsString());
	}

	private static String body(String name, String content) {
		return """
				{"communeCode": "21172", "fullName": "%s", "phone": "0912 345 678", "email": "an@example.vn",
				 "address": "Tổ 5, Liên Hiệp 1A", "areaCode": "LH1A", "fieldCode": "GIAO_THONG",
				 "content": "%s", "consent": true}""".formatted(name, content);
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from petition", Integer.class);
	}

}
