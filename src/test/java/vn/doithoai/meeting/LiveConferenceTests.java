package vn.doithoai.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import vn.doithoai.IntegrationTest;
import vn.doithoai.petition.TestPetitions;
import vn.doithoai.plan.TodaysConferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The live conference through its pages and entries: check-in, the queue, the record of
 * each turn saved once and never overwritten, then the minutes and the conclusion with
 * what each petition became.
 */
@IntegrationTest
class LiveConferenceTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	long conference;

	String base;

	long first;

	long second;

	@BeforeEach
	void conferenceToday() {
		this.conference = TodaysConferences.create(this.context, "21172",
				"Hội nghị đối thoại thử " + UUID.randomUUID());
		this.base = "/staff/21172/conferences/" + this.conference + "/live";
		this.first = TestPetitions.register(this.context, "21172", this.conference, "Trần Thị Ánh", "LH1A",
				"Đề nghị sửa chữa tuyến đường bê tông tổ 3 bị xuống cấp.");
		this.second = TestPetitions.register(this.context, "21172", this.conference, "Lê Văn Bảo", "LH1A",
				"Khi nào cấp giấy chứng nhận quyền sử dụng đất cho khu tái định cư?");
	}

	@Test
	void openingBuildsTheQueueInRegistrationOrderAndTheDisplayShowsOnlyAgreedNames() throws Exception {
		this.mvc
			.perform(post(this.base.replace("/live", "/checkin/petitions/" + this.first)).param("showName", "true")
				.with(as("vanphong"))
				.with(csrf()))
			.andExpect(flash().attribute("message", "meeting.checkin.done"));
		start();
		assertThat(
				this.jdbc.queryForList("select petition_id from meeting_turn where conference_id = ? order by position",
						Long.class, this.conference))
			.containsExactly(this.first, this.second);
		assertThat(this.jdbc.queryForObject("select state from conference where id = ?", String.class, this.conference))
			.isEqualTo("IN_PROGRESS");
		long turn = turnOf(this.second);
		this.mvc.perform(post(this.base + "/turns/" + turn + "/call").with(as("vanphong")).with(csrf()))
			.andExpect(flash().attribute("message", "meeting.calledNow"));
		this.mvc.perform(get("/xa/21172/hoi-nghi/" + this.conference + "/man-hinh"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trần Thị Ánh")))
			.andExpect(content().string(not(containsString("Lê Văn Bảo"))));
	}

	@Test
	void anEntrySentTwiceIsSavedOnce() throws Exception {
		start();
		long turn = turnOf(this.first);
		String entry = UUID.randomUUID().toString();
		Map<String, Object> body = Map.of("entryId", entry, "baseVersion", 0, "question", "Đường tổ 3 hư hỏng nặng",
				"outcome", "ANSWERED", "answer", "Phường sẽ sửa trong quý I.");
		save(turn, body).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		save(turn, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.replay").value(true));
		assertThat(this.jdbc.queryForObject("select version from meeting_turn where id = ?", Integer.class, turn))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_entry where entry_id = ?::uuid",
				Integer.class, entry))
			.isEqualTo(1);
	}

	@Test
	void twoSecretariesSavingTheSameTurnGetAConflictAndNothingIsOverwritten() throws Exception {
		start();
		long turn = turnOf(this.first);
		save(turn, Map.of("entryId", UUID.randomUUID().toString(), "baseVersion", 0, "question", "Bản của thư ký A"))
			.andExpect(status().isOk());
		save(turn, Map.of("entryId", UUID.randomUUID().toString(), "baseVersion", 0, "question", "Bản của thư ký B"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.current.question").value("Bản của thư ký A"))
			.andExpect(jsonPath("$.message").value(containsString("người khác")));
		assertThat(this.jdbc.queryForObject("select question from meeting_turn where id = ?", String.class, turn))
			.isEqualTo("Bản của thư ký A");
	}

	@Test
	void aDirectiveWithoutDepartmentOrDeadlineIsShownBesideItsFieldsAndStopsTheMinutes() throws Exception {
		start();
		long turn = turnOf(this.first);
		save(turn,
				Map.of("entryId", UUID.randomUUID().toString(), "baseVersion", 0, "question", "Đường tổ 3", "outcome",
						"DIRECTIVE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missing[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("departmentId", "dueDate", "task")));
		this.mvc.perform(post(this.base + "/end").with(as("vanphong")).with(csrf()))
			.andExpect(flash().attribute("message", "meeting.endedNow"));
		String minutes = "/staff/21172/conferences/" + this.conference + "/minutes";
		this.mvc.perform(post(minutes + "/draft").with(as("vanphong")).with(csrf()));
		this.mvc.perform(post(minutes + "/finalise").param("version", "0").with(as("vanphong")).with(csrf()))
			.andExpect(flash().attribute("incomplete", List.of(1, 2)));
		assertThat(this.jdbc.queryForObject("select symbol from minutes where conference_id = ?", String.class,
				this.conference))
			.isNull();
	}

	@Test
	void aTurnOfAnotherConferenceOrCommuneIsNotFound() throws Exception {
		start();
		long other = TodaysConferences.create(this.context, "21172", "Hội nghị khác " + UUID.randomUUID());
		long petition = TestPetitions.register(this.context, "21172", other, "Phạm Văn Cường", "LH1A", "Câu hỏi khác");
		this.mvc.perform(post("/staff/21172/conferences/" + other + "/live/start").with(as("vanphong")).with(csrf()));
		long foreign = turnOf(petition);
		save(foreign, Map.of("entryId", UUID.randomUUID().toString(), "baseVersion", 0, "question", "x"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/18187/conferences/" + this.conference + "/live").with(as("vanphong")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(this.base.replace("/live", "/checkin/code")).param("code", "ACDE-FHJK")
				.with(as("vanphong"))
				.with(csrf()))
			.andExpect(flash().attribute("error", "meeting.error.notRegisteredHere"));
	}

	@Test
	void aRefusalKeepsTheGroundAndNothingElse() throws Exception {
		String key = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post(this.base.replace("/live", "/checkin/refusals")).param("ground", "INTOXICATED")
					.param("requestKey", key)
					.with(as("vanphong"))
					.with(csrf()))
				.andExpect(flash().attribute("message", "meeting.refused.done"));
		}
		assertThat(this.jdbc.queryForList("""
				select kind, full_name, petition_id, area_code, refusal_ground from meeting_attendance
				where conference_id = ?
				""", this.conference)).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("kind", "REFUSED")
				.containsEntry("refusal_ground", "INTOXICATED")
				.containsEntry("full_name", null)
				.containsEntry("petition_id", null)
				.containsEntry("area_code", null));
	}

	@Test
	void theWholeRecordBecomesNumberedMinutesAndAPublishedConclusion() throws Exception {
		start();
		String walkIn = UUID.randomUUID().toString();
		this.mvc
			.perform(post(this.base + "/walk-ins").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("entryId", walkIn, "fullName", "Nguyễn Văn Đến",
						"areaCode", "LH1A", "question", "Đề nghị lắp đèn chiếu sáng kiệt 12.", "showName", false)))
				.with(as("vanphong"))
				.with(csrf()))
			.andExpect(status().isOk());
		long department = this.jdbc.queryForObject(
				"select id from department where commune_id = (select id from commune where code = '21172') order by id limit 1",
				Long.class);
		String due = DAY.format(LocalDate.now(this.context.getBean(java.time.Clock.class)).plusDays(30));
		save(turnOf(this.first),
				Map.of("entryId", UUID.randomUUID().toString(), "baseVersion", 0, "question",
						"Đường bê tông tổ 3 xuống cấp", "outcome", "ANSWERED", "answer",
						"Đã đưa vào kế hoạch sửa chữa quý I.", "answeredBy", "Chủ tịch UBND phường"))
			.andExpect(status().isOk());
		save(turnOf(this.second), Map.of("entryId", UUID.randomUUID().toString(), "baseVersion", 0, "question",
				"Cấp giấy chứng nhận khu tái định cư", "outcome", "DIRECTIVE", "departmentId", department, "task",
				"Rà soát hồ sơ cấp giấy chứng nhận khu tái định cư, trả lời bằng văn bản.", "dueDate", due))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missing").isEmpty());
		long walkInPetition = this.jdbc.queryForObject(
				"select petition_id from meeting_turn where conference_id = ? and walk_in", Long.class,
				this.conference);
		assertThat(this.jdbc.queryForObject("select channel from petition where id = ?", String.class, walkInPetition))
			.isEqualTo("AT_CONFERENCE");
		save(turnOf(walkInPetition), Map.of("entryId", UUID.randomUUID().toString(), "baseVersion", 0, "question",
				"Đèn chiếu sáng kiệt 12", "outcome", "FORWARDED", "agency", "Công ty Điện lực Quảng Ngãi"))
			.andExpect(status().isOk());
		this.mvc.perform(post(this.base + "/end").with(as("vanphong")).with(csrf()));

		String minutes = "/staff/21172/conferences/" + this.conference + "/minutes";
		this.mvc.perform(post(minutes + "/draft").with(as("vanphong")).with(csrf()))
			.andExpect(flash().attribute("message", "minutes.draftedNow"));
		this.mvc.perform(post(minutes + "/finalise").param("version", "0").with(as("vanphong")).with(csrf()))
			.andExpect(flash().attribute("error", (Object) null))
			.andExpect(flash().attribute("incomplete", (Object) null))
			.andExpect(flash().attribute("message", "minutes.finalisedNow"));
		Map<String, Object> fin = this.jdbc
			.queryForMap("select symbol, sha256, pdf from minutes where conference_id = ?", this.conference);
		assertThat((String) fin.get("symbol")).endsWith("/BB-UBND");
		assertThat(fin.get("sha256")).isEqualTo(java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest((byte[]) fin.get("pdf"))));
		this.mvc.perform(post(minutes + "/finalise").param("version", "1").with(as("vanphong")).with(csrf()))
			.andExpect(flash().attribute("error", "minutes.error.final"));
		this.mvc
			.perform(post(minutes).param("version", "1")
				.param("secretaryName", "x")
				.param("chairName", "y")
				.param("timeAndPlace", "z")
				.param("composition", "z")
				.param("proceedings", "z")
				.param("conclusions", "z")
				.with(as("vanphong"))
				.with(csrf()))
			.andExpect(flash().attribute("error", "minutes.error.final"));
		save(turnOf(this.first), Map.of("entryId", UUID.randomUUID().toString(), "baseVersion", 1, "question", "sửa"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(minutes + "/addenda").param("text", "Đính chính: tên người trả lời lượt 1.")
				.with(as("vanphong"))
				.with(csrf()))
			.andExpect(flash().attribute("message", "minutes.addendumNow"));
		assertThat(state(this.first)).isEqualTo("ANSWERED");
		assertThat(state(walkInPetition)).isEqualTo("FORWARDED");
		assertThat(state(this.second)).isNotEqualTo("DIRECTED");

		String conclusion = "/staff/21172/conferences/" + this.conference + "/conclusion";
		this.mvc.perform(post(conclusion + "/draft").with(as("vanphong")).with(csrf()));
		this.mvc.perform(post(conclusion + "/submit").param("version", "0").with(as("vanphong")).with(csrf()))
			.andExpect(flash().attribute("message", "conclusion.submittedNow"));
		this.mvc.perform(post(conclusion + "/approve").param("version", "1").with(as("vanphong")).with(csrf()))
			.andExpect(status().isForbidden());
		// The deadline typed at the conference has passed by the day the chair approves.
		this.jdbc.update("update meeting_turn set due_date = current_date - 1 where petition_id = ?", this.second);
		this.mvc.perform(post(conclusion + "/approve").param("version", "1").with(as("chutich")).with(csrf()))
			.andExpect(flash().attribute("error", "conclusion.error.duePassed"));
		assertThat(state(this.second)).isNotEqualTo("DIRECTED");
		this.mvc
			.perform(post(conclusion + "/return").param("version", "1")
				.param("comment", "Đặt lại thời hạn nhiệm vụ")
				.with(as("chutich"))
				.with(csrf()))
			.andExpect(flash().attribute("message", "conclusion.returnedNow"));
		this.mvc
			.perform(post(conclusion + "/deadlines/" + this.second).param("due", due).with(as("vanphong")).with(csrf()))
			.andExpect(flash().attribute("message", "conclusion.deadlineSetNow"));
		this.mvc.perform(post(conclusion + "/submit").param("version", "2").with(as("vanphong")).with(csrf()))
			.andExpect(flash().attribute("message", "conclusion.submittedNow"));
		this.mvc.perform(post(conclusion + "/approve").param("version", "3").with(as("chutich")).with(csrf()))
			.andExpect(flash().attribute("message", "conclusion.issuedNow"));
		assertThat(state(this.second)).isEqualTo("DIRECTED");
		assertThat(this.jdbc.queryForObject("select state from conference where id = ?", String.class, this.conference))
			.isEqualTo("CONCLUDED");
		assertThat(this.jdbc.queryForList("select task from directive where conference_id = ?", String.class,
				this.conference))
			.containsExactly("Rà soát hồ sơ cấp giấy chứng nhận khu tái định cư, trả lời bằng văn bản.");
		this.mvc.perform(get("/api/v1/public/communes/21172/conferences"))
			.andExpect(content().string(containsString("/hoi-nghi/" + this.conference + "/ket-luan.pdf")));
		byte[] pdf = this.mvc.perform(get("/xa/21172/hoi-nghi/" + this.conference + "/ket-luan.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = vn.doithoai.document.PdfText.of(pdf);
		assertThat(text).contains("Rà soát hồ sơ cấp giấy chứng nhận")
			.doesNotContain("Trần Thị Ánh")
			.doesNotContain("Lê Văn Bảo")
			.doesNotContain("Nguyễn Văn Đến");
		this.mvc.perform(get("/staff/21172/directives").with(as("vanphong")))
			.andExpect(content().string(containsString("Rà soát hồ sơ cấp giấy chứng nhận")));
	}

	private void start() throws Exception {
		this.mvc.perform(post(this.base + "/start").with(as("vanphong")).with(csrf()))
			.andExpect(flash().attribute("message", "meeting.startedNow"));
	}

	private ResultActions save(long turn, Map<String, Object> body) throws Exception {
		return this.mvc.perform(put(this.base + "/turns/" + turn).contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body))
			.with(as("vanphong"))
			.with(csrf()));
	}

	private long turnOf(long petition) {
		return this.jdbc.queryForObject("select id from meeting_turn where petition_id = ?", Long.class, petition);
	}

	private String state(long petition) {
		return this.jdbc.queryForObject("select state from petition where id = ?", String.class, petition);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
