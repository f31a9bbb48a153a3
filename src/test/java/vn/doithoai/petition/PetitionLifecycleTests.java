package vn.doithoai.petition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.doithoai.IntegrationTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.doithoai.access.StaffUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every step of a petition's life through the staff pages: its state, its event, its
 * audit record, and what the citizen then sees by the tracking code.
 */
@IntegrationTest
@RecordApplicationEvents
class PetitionLifecycleTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents events;

	@Autowired
	PetitionRepository petitions;

	@Autowired
	Petitions useCases;

	@Autowired
	vn.doithoai.organization.CommuneDirectory communes;

	vn.doithoai.organization.CommuneInfo commune;

	@BeforeEach
	void commune() {
		this.commune = this.communes.findByCode("21172").orElseThrow();
	}

	@Test
	void aPetitionGoesFromRegistrationToAnApprovedPublishedAnswer() throws Exception {
		Petition petition = register("Ông Võ Văn Bình", "Đề nghị cấp giấy chứng nhận quyền sử dụng đất thửa 112");
		long id = petition.id();
		assertThat(this.events.stream(PetitionEvents.PetitionReceived.class)).anyMatch((e) -> e.petitionId() == id);

		long department = departmentOf("canbo");
		step(id, "assign", "vanphong",
				Map.of("fieldCode", "DAT_DAI", "departmentId", String.valueOf(department), "due",
						DAY.format(LocalDate.now().plusDays(20))))
			.andExpect(flash().attribute("message", "petition.assignedNow"));
		assertThat(state(id)).isEqualTo(PetitionState.ASSIGNED);

		this.mvc.perform(get("/staff/21172/petitions/mine").with(as("canbo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(petition.trackingCode())));
		this.mvc.perform(get("/staff/21172/petitions/" + id).with(as("canbo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thửa đất, tờ bản đồ")));
		step(id, "answer", "canbo", Map.of("answer", "Hồ sơ đã đủ, hẹn trả kết quả ngày 15/12.", "action", "submit"))
			.andExpect(flash().attribute("message", "petition.answerSubmittedNow"));
		step(id, "return", "chutich", Map.of("comment", "Ghi rõ căn cứ pháp lý"))
			.andExpect(flash().attribute("message", "petition.answerReturnedNow"));
		assertThat(this.petitions.find(this.commune.id(), id).orElseThrow().answer().state())
			.isEqualTo(AnswerState.RETURNED);
		step(id, "answer", "canbo", Map.of("answer",
				"Căn cứ Luật Đất đai 2024, hồ sơ đã đủ, hẹn trả kết quả ngày 15/12.", "action", "submit"))
			.andExpect(flash().attribute("message", "petition.answerSubmittedNow"));
		this.mvc.perform(get("/staff/21172/petitions/approvals").with(as("chutich")))
			.andExpect(content().string(containsString(petition.trackingCode())));
		step(id, "approve", "chutich",
				Map.of("publish", "true", "publicQuestion", "Đề nghị cấp giấy chứng nhận quyền sử dụng đất"))
			.andExpect(flash().attribute("message", "petition.answerApprovedNow"));
		assertThat(state(id)).isEqualTo(PetitionState.ANSWER_PREPARED);

		assertThat(this.events.stream(PetitionEvents.PetitionAssigned.class))
			.anyMatch((e) -> e.petitionId() == id && e.departmentId() == department);
		assertThat(this.events.stream(PetitionEvents.AnswerReturned.class)).anyMatch((e) -> e.petitionId() == id);
		assertThat(this.events.stream(PetitionEvents.AnswerApproved.class))
			.anyMatch((e) -> e.petitionId() == id && e.published());
		assertThat(auditActions(id)).containsExactly("petition.received", "petition.assigned",
				"petition.answerSubmitted", "petition.answerReturned", "petition.answerSubmitted",
				"petition.answerApproved");

		this.mvc.perform(get("/api/v1/public/petitions/" + petition.trackingCode().toLowerCase().replace("-", "")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ANSWER_PREPARED"))
			.andExpect(jsonPath("$.history[*].state")
				.value(org.hamcrest.Matchers.contains("RECEIVED", "ACCEPTED", "ASSIGNED", "ANSWER_PREPARED")))
			.andExpect(jsonPath("$.question").value("Đề nghị cấp giấy chứng nhận quyền sử dụng đất"))
			.andExpect(jsonPath("$.answer").value(containsString("Luật Đất đai 2024")))
			.andExpect(content().string(not(containsString("Võ Văn Bình"))))
			.andExpect(content().string(not(containsString("0905123456"))));
		this.mvc.perform(get("/api/v1/public/communes/21172/answers").param("q", "luat dat dai 2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].trackingCode").value(petition.trackingCode()));
	}

	@Test
	void eachSideExitLeavesTheQueueWithItsReasonShownToTheCitizen() throws Exception {
		Petition target = register("Bà Lê Thị Hoa", "Đường kiệt 45 Trương Quang Trọng ngập nước khi mưa");
		Map<String, Map<String, String>> exits = Map.of("reject", Map.of("reason", "Nội dung không rõ ràng"), "merge",
				Map.of("target", target.trackingCode()), "forward",
				Map.of("agency", "Công an tỉnh Quảng Ngãi", "reason", "Thuộc thẩm quyền cấp tỉnh"), "off-topic",
				Map.of("note", "Trả lời bằng văn bản sau hội nghị"), "complaint",
				Map.of("note", "Đơn khiếu nại quyết định hành chính"));
		Map<String, PetitionState> states = Map.of("reject", PetitionState.REJECTED, "merge", PetitionState.MERGED,
				"forward", PetitionState.FORWARDED, "off-topic", PetitionState.OFF_TOPIC, "complaint",
				PetitionState.COMPLAINT);
		Map<String, String> actions = Map.of("reject", "petition.rejected", "merge", "petition.merged", "forward",
				"petition.forwarded", "off-topic", "petition.offTopic", "complaint", "petition.complaint");
		for (String exit : exits.keySet()) {
			Petition petition = register("Ông Trần Văn Nam", "Kiến nghị số " + exit);
			step(petition.id(), exit, "vanphong", exits.get(exit)).andExpect(flash().attributeCount(1));
			assertThat(state(petition.id())).as(exit).isEqualTo(states.get(exit));
			assertThat(auditActions(petition.id())).as(exit).containsExactly("petition.received", actions.get(exit));
			this.mvc.perform(get("/tra-cuu/" + petition.trackingCode()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(exits.get(exit)
					.values()
					.stream()
					.filter((v) -> !v.startsWith(target.trackingCode()))
					.findFirst()
					.orElse(target.trackingCode()))));
		}
		assertThat(this.events.stream(PetitionEvents.PetitionRejected.class)).isNotEmpty();
		assertThat(this.events.stream(PetitionEvents.PetitionMerged.class))
			.anyMatch((e) -> e.intoPetitionId() == target.id());
		assertThat(this.events.stream(PetitionEvents.PetitionForwarded.class))
			.anyMatch((e) -> e.agency().equals("Công an tỉnh Quảng Ngãi"));
		assertThat(this.events.stream(PetitionEvents.PetitionMarkedOffTopic.class)).isNotEmpty();
		assertThat(this.events.stream(PetitionEvents.PetitionRoutedAsComplaint.class)).isNotEmpty();
	}

	@Test
	void aSecondTriageOfTheSamePetitionIsRefusedWithAClearMessage() throws Exception {
		Petition petition = register("Ông Phan Văn Tư", "Đề nghị sửa đèn đường tổ 3");
		step(petition.id(), "reject", "vanphong", Map.of("reason", "Trùng")).andExpect(flash().attributeCount(1));
		this.mvc
			.perform(post("/staff/21172/petitions/" + petition.id() + "/off-topic").with(as("vanphong"))
				.with(csrf())
				.param("version", "1")
				.param("note", "x"))
			.andExpect(flash().attribute("error", "petition.error.transition"));
		this.mvc
			.perform(post("/staff/21172/petitions/" + petition.id() + "/off-topic").with(as("vanphong"))
				.with(csrf())
				.param("version", "0")
				.param("note", "x"))
			.andExpect(flash().attribute("error", "validation.staleEdit"));
	}

	@Test
	void triageAndApprovalAreRefusedToTheWrongRoles() throws Exception {
		Petition petition = register("Ông Lý Văn Sáu", "Kiến nghị về vệ sinh môi trường");
		this.mvc
			.perform(post("/staff/21172/petitions/" + petition.id() + "/reject").with(as("canbo"))
				.with(csrf())
				.param("version", "0")
				.param("reason", "x"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/staff/21172/petitions/" + petition.id() + "/approve").with(as("vanphong"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isForbidden());
		long otherDepartment = this.communes.departments(this.commune.id())
			.stream()
			.filter((d) -> d.id() != departmentOf("canbo"))
			.findFirst()
			.orElseThrow()
			.id();
		step(petition.id(), "assign", "vanphong", Map.of("fieldCode", "MOI_TRUONG", "departmentId",
				String.valueOf(otherDepartment), "due", DAY.format(LocalDate.now().plusDays(10))));
		this.mvc
			.perform(post("/staff/21172/petitions/" + petition.id() + "/answer").with(as("canbo"))
				.with(csrf())
				.param("version", "1")
				.param("answer", "x"))
			.andExpect(status().isForbidden());
		assertThat(auditActions(petition.id())).containsExactly("petition.received", "petition.assigned");
	}

	@Test
	void aPaperFormIsTypedInWithItsScanAndADisguisedFileSavesNothing() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };
		String location = this.mvc
			.perform(entry(new MockMultipartFile("scan", "phieu.png", "image/png", png), "Bà Nguyễn Thị Lan"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Petition petition = this.petitions.find(this.commune.id(), id).orElseThrow();
		assertThat(petition.channel()).isEqualTo(Channel.PAPER);
		assertThat(petition.proxyAuthor()).isNotBlank();
		this.mvc.perform(get("/staff/21172/petitions/" + id).with(as("vanphong")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("phieu.png")));

		int before = count();
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		this.mvc.perform(entry(new MockMultipartFile("scan", "phieu.pdf", "application/pdf", program), "Ông Giả Mạo"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("scanError", "petition.error.scanType"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aCollectedListIsSavedWholeOrNotAtAll() throws Exception {
		int before = count();
		this.mvc
			.perform(post("/staff/21172/petitions/batch").with(as("truongthon"))
				.with(csrf())
				.param("submissionKey", UUID.randomUUID().toString())
				.param("proxyAuthor", "Trần Văn Sáu")
				.param("areaCode", "LH1A")
				.param("consent", "true")
				.param("rows[0].fullName", "Ông A")
				.param("rows[0].question", "Câu hỏi một")
				.param("rows[1].fullName", "")
				.param("rows[1].question", "Câu hỏi không có tên"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "rows[1].fullName"));
		assertThat(count()).isEqualTo(before);
		String key = UUID.randomUUID().toString();
		for (int attempt = 0; attempt < 2; attempt++) {
			this.mvc
				.perform(post("/staff/21172/petitions/batch").with(as("truongthon"))
					.with(csrf())
					.param("submissionKey", key)
					.param("proxyAuthor", "Trần Văn Sáu")
					.param("areaCode", "LH1A")
					.param("consent", "true")
					.param("rows[0].fullName", "Ông A")
					.param("rows[0].question", "Câu hỏi một")
					.param("rows[1].fullName", "Bà B")
					.param("rows[1].question", "Câu hỏi hai")
					.param("rows[2].fullName", "")
					.param("rows[2].question", ""))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(count()).isEqualTo(before + 2);
		assertThat(this.jdbc.queryForList(
				"select channel || '/' || proxy_author || '/' || address from petition order by id desc limit 2",
				String.class))
			.allMatch((line) -> line.startsWith("AREA_HEAD/Trần Văn Sáu/"));
	}

	private ResultActions step(long id, String action, String who, Map<String, String> params) throws Exception {
		var request = post("/staff/21172/petitions/" + id + "/" + action).with(as(who))
			.with(csrf())
			.param("version", String.valueOf(this.petitions.find(this.commune.id(), id).orElseThrow().version()));
		for (Map.Entry<String, String> param : params.entrySet()) {
			request = request.param(param.getKey(), param.getValue());
		}
		return this.mvc.perform(request);
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder entry(
			MockMultipartFile scan, String name) {
		var request = multipart("/staff/21172/petitions/new").file(scan);
		request.with(as("vanphong"))
			.with(csrf())
			.param("submissionKey", UUID.randomUUID().toString())
			.param("channel", "PAPER")
			.param("fullName", name)
			.param("address", "Tổ 5, Liên Hiệp 1A")
			.param("question", "Đề nghị nạo vét mương thoát nước")
			.param("consent", "true");
		return request;
	}

	private Petition register(String name, String question) {
		Petitions.Registered registered = this.useCases.register(this.commune,
				new Registration(null, name, "0905 123 456", null, "Tổ 3, Liên Hiệp 1A", "LH1A", null, question),
				Channel.PHONE, "Lê Thị Mỹ Duyên", UUID.randomUUID().toString());
		return this.petitions.find(this.commune.id(), registered.id()).orElseThrow();
	}

	private PetitionState state(long id) {
		return this.petitions.find(this.commune.id(), id).orElseThrow().state();
	}

	private long departmentOf(String username) {
		return ((StaffUser) this.users.loadUserByUsername(username)).departmentId();
	}

	private List<String> auditActions(long id) {
		return this.jdbc.queryForList(
				"select action from audit_event where record_type = 'petition' and record_id = ? order by id",
				String.class, String.valueOf(id));
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from petition", Integer.class);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
