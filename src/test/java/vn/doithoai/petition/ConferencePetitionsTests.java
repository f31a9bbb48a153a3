package vn.doithoai.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import vn.doithoai.IntegrationTest;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.organization.DepartmentView;
import vn.doithoai.plan.ConferenceState;
import vn.doithoai.plan.PublicConferences;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the live conference does with petitions: the questions raised there, each outcome
 * it records (its state, event, audit record and the line the citizen sees), and what it
 * may not do.
 */
@IntegrationTest
@RecordApplicationEvents
class ConferencePetitionsTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String SYMBOL = "27/TB-UBND";

	@Autowired
	ConferencePetitions conference;

	@Autowired
	Petitions useCases;

	@Autowired
	PetitionRepository petitions;

	@Autowired
	CommuneDirectory communes;

	@Autowired
	PublicConferences conferences;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Clock clock;

	CommuneInfo commune;

	long conferenceId;

	DepartmentView department;

	@BeforeEach
	void commune() {
		this.commune = this.communes.findByCode("21172").orElseThrow();
		this.conferenceId = this.conferences.conferences(this.commune.id())
			.stream()
			.filter((c) -> c.state() != ConferenceState.CANCELLED && c.state() != ConferenceState.POSTPONED)
			.findFirst()
			.orElseThrow(() -> new AssertionError("The demo data has no conference in " + this.commune.name()))
			.id();
		this.department = this.communes.departments(this.commune.id()).getFirst();
	}

	static Stream<Arguments> outcomesFromOpenStates() {
		return Stream.of(Outcome.values())
			.flatMap((outcome) -> PetitionState.SETTLEABLE.stream().map((from) -> Arguments.of(outcome, from)));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("outcomesFromOpenStates")
	void eachOutcomeIsRecordedFromEachStateStillOpenToTheConference(Outcome outcome, PetitionState from)
			throws Exception {
		long id = petitionIn(from);
		Settlement settlement = outcome.settlement.apply(this.department.id(), today());

		this.conference.settle(this.commune, id, settlement);

		Petition settled = this.petitions.find(this.commune.id(), id).orElseThrow();
		assertThat(settled.state()).isEqualTo(outcome.state);
		assertThat(this.events.stream(outcome.event)).anyMatch((event) -> outcome.petitionId(event) == id);
		assertThat(auditActions(id)).last().isEqualTo(outcome.auditAction);
		assertThat(publicTimeline(id, "note")).last().isEqualTo(outcome.line(this.department, today()));
	}

	@Test
	void anAnswerGivenAtTheConferenceIsKeptForStaffAndNotShownToThePublic() throws Exception {
		long id = petitionIn(PetitionState.ACCEPTED);
		this.conference.settle(this.commune, id,
				new Settlement.Answered("Phường sẽ lắp thêm 3 bóng đèn trong tháng này.", "Chủ tịch Lê Văn Tâm"));
		Petition petition = this.petitions.find(this.commune.id(), id).orElseThrow();

		this.mvc.perform(get("/api/v1/public/petitions/" + petition.trackingCode()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ANSWERED"))
			.andExpect(jsonPath("$.history[-1].note").value(containsString("biên bản hội nghị")))
			.andExpect(content().string(not(containsString("bóng đèn"))))
			.andExpect(content().string(not(containsString("Võ Thị Mai"))))
			.andExpect(content().string(not(containsString("0905"))));
		this.mvc.perform(get("/staff/21172/petitions/" + id).with(user(this.users.loadUserByUsername("vanphong"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phường sẽ lắp thêm 3 bóng đèn trong tháng này.")))
			.andExpect(content().string(containsString("Chủ tịch Lê Văn Tâm")));
	}

	@Test
	void aDirectiveShowsTheCitizenItsDepartmentDueDateAndNoticeButNoPersonalData() throws Exception {
		long id = petitionIn(PetitionState.ASSIGNED);
		LocalDate due = today().plusDays(30);
		this.conference.settle(this.commune, id,
				new Settlement.Directed(this.department.id(), "Kiểm tra, nạo vét mương thoát nước", due, SYMBOL));
		Petition petition = this.petitions.find(this.commune.id(), id).orElseThrow();
		assertThat(petition.departmentId()).isEqualTo(this.department.id());
		assertThat(petition.dueDate()).isEqualTo(due);

		this.mvc.perform(get("/api/v1/public/petitions/" + petition.trackingCode()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DIRECTED"))
			.andExpect(jsonPath("$.due").value(due.toString()))
			.andExpect(jsonPath("$.history[-1].note").value(containsString(DAY.format(due))))
			.andExpect(jsonPath("$.history[-1].note").value(containsString(SYMBOL)))
			.andExpect(content().string(not(containsString("Võ Thị Mai"))))
			.andExpect(content().string(not(containsString("0905"))));
		this.mvc.perform(get("/tra-cuu/" + petition.trackingCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hạn giải quyết")))
			.andExpect(content().string(containsString(this.department.name())));
	}

	@Test
	void aSettledPetitionIsNotSettledAgainOtherwiseAndTheSameOutcomeTwiceChangesNothing() {
		long id = petitionIn(PetitionState.RECEIVED);
		Settlement answered = new Settlement.Answered("Đã trả lời tại chỗ", null);
		this.conference.settle(this.commune, id, answered);
		int version = this.petitions.find(this.commune.id(), id).orElseThrow().version();

		this.conference.settle(this.commune, id, new Settlement.Answered(" Đã trả lời tại chỗ ", ""));

		assertThat(this.petitions.find(this.commune.id(), id).orElseThrow().version()).isEqualTo(version);
		assertThat(auditActions(id)).containsExactly("petition.received", "petition.answeredAtConference");
		assertThat(this.events.stream(PetitionEvents.PetitionAnsweredAtConference.class)
			.filter((e) -> e.petitionId() == id)).hasSize(1);
		for (Settlement other : List.of(new Settlement.Answered("Trả lời khác", null),
				new Settlement.Directed(this.department.id(), "Giải quyết", today().plusDays(5), SYMBOL),
				new Settlement.Complaint(null))) {
			assertThatExceptionOfType(PetitionTransitionException.class)
				.isThrownBy(() -> this.conference.settle(this.commune, id, other))
				.satisfies((ex) -> assertThat(ex.state()).isEqualTo(PetitionState.ANSWERED));
		}
		assertThat(this.petitions.find(this.commune.id(), id).orElseThrow().version()).isEqualTo(version);
	}

	@Test
	void aRejectedPetitionCannotBeSettledAtTheConference() {
		long id = petitionIn(PetitionState.RECEIVED);
		this.useCases.reject(this.commune, id, "Không rõ nội dung", 0);
		assertThatExceptionOfType(PetitionTransitionException.class)
			.isThrownBy(() -> this.conference.settle(this.commune, id, new Settlement.OffTopic(null)));
	}

	static Stream<Arguments> badSettlements() {
		return Stream.of(
				Arguments.of("blank answer", bad((d, t) -> new Settlement.Answered("  ", "Chủ tịch")), "answer"),
				Arguments.of("another commune's department",
						bad((d, t) -> new Settlement.Directed(-1, "Giải quyết", t.plusDays(5), SYMBOL)),
						"departmentId"),
				Arguments.of("blank task", bad((d, t) -> new Settlement.Directed(d, " ", t.plusDays(5), SYMBOL)),
						"task"),
				Arguments.of("no due date", bad((d, t) -> new Settlement.Directed(d, "Giải quyết", null, SYMBOL)),
						"due"),
				Arguments.of("past due date",
						bad((d, t) -> new Settlement.Directed(d, "Giải quyết", t.minusDays(1), SYMBOL)), "due"),
				Arguments.of("blank agency", bad((d, t) -> new Settlement.Forwarded("", "Thẩm quyền cấp tỉnh")),
						"agency"),
				Arguments.of("agency too long", bad((d, t) -> new Settlement.Forwarded("Sở ".repeat(101), null)),
						"agency"));
	}

	/**
	 * A settlement made from the commune's department and today's date (typed, for the
	 * lambda).
	 */
	private static BiFunction<Long, LocalDate, Settlement> bad(BiFunction<Long, LocalDate, Settlement> settlement) {
		return settlement;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badSettlements")
	void anIncompleteOutcomeIsRefusedBesideItsFieldAndChangesNothing(String name,
			BiFunction<Long, LocalDate, Settlement> bad, String field) {
		long id = petitionIn(PetitionState.ACCEPTED);
		Settlement settlement = bad.apply(this.department.id(), today());

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.conference.settle(this.commune, id, settlement))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo(field));
		assertThat(this.petitions.find(this.commune.id(), id).orElseThrow().state()).isEqualTo(PetitionState.ACCEPTED);
	}

	@Test
	void anotherCommunesPetitionIsNotFound() {
		long id = petitionIn(PetitionState.RECEIVED);
		String code = this.petitions.find(this.commune.id(), id).orElseThrow().trackingCode();
		CommuneInfo other = this.communes.all()
			.stream()
			.filter((c) -> c.id() != this.commune.id())
			.findFirst()
			.orElseThrow();

		assertThat(this.conference.find(other.id(), id)).isEmpty();
		assertThat(this.conference.findByCode(other.id(), code)).isEmpty();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.conference.settle(other, id, new Settlement.OffTopic("x")));
		assertThat(this.conference.find(this.commune.id(), id)).isPresent();
		assertThat(this.conference.findByCode(this.commune.id(), code.toLowerCase().replace("-", "")))
			.hasValueSatisfying((found) -> assertThat(found.id()).isEqualTo(id));
	}

	@Test
	void aQuestionRaisedAtTheConferenceIsAPetitionOfItsOwnChannelMadeOncePerKey() throws Exception {
		String key = UUID.randomUUID().toString();
		WalkIn walkIn = new WalkIn("Ông Đặng Văn Lực", "LH1A", "DAT_DAI", "Khi nào làm lại đường kiệt 12?");
		int before = count();

		ConferencePetition raised = this.conference.raise(this.commune, this.conferenceId, walkIn, key);
		ConferencePetition again = this.conference.raise(this.commune, this.conferenceId, walkIn, key);

		assertThat(again.id()).isEqualTo(raised.id());
		assertThat(count()).isEqualTo(before + 1);
		assertThat(raised.channel()).isEqualTo(Channel.AT_CONFERENCE);
		assertThat(raised.state()).isEqualTo(PetitionState.ACCEPTED);
		assertThat(raised.conferenceId()).isEqualTo(this.conferenceId);
		assertThat(raised.fieldCode()).isEqualTo("DAT_DAI");
		assertThat(auditActions(raised.id())).containsExactly("petition.received", "petition.accepted");
		assertThat(this.events.stream(PetitionEvents.PetitionReceived.class))
			.filteredOn((e) -> e.petitionId() == raised.id())
			.singleElement()
			.satisfies((e) -> assertThat(e.channel()).isEqualTo(Channel.AT_CONFERENCE));
		assertThat(publicTimeline(raised.id(), "state")).containsExactly("RECEIVED", "ACCEPTED");
		this.mvc
			.perform(get("/staff/21172/petitions/" + raised.id()).with(user(this.users.loadUserByUsername("vanphong"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nêu tại hội nghị")));

		WalkIn changed = new WalkIn("Ông Đặng Văn Lực", "LH1A", "DAT_DAI", "Một câu hỏi khác");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.conference.raise(this.commune, this.conferenceId, changed, key))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("idempotencyKey"));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void aQuestionWithoutAFieldWaitsForTriageAndTheQueueKeepsRegistrationOrder() {
		ConferencePetition first = raise("Bà Phạm Thị Hạnh", null);
		ConferencePetition second = raise("Ông Huỳnh Văn Tài", "MOI_TRUONG");
		ConferencePetition third = raise("Bà Lê Thị Sen", null);
		assertThat(first.state()).isEqualTo(PetitionState.RECEIVED);
		assertThat(first.fullName()).isEqualTo("Bà Phạm Thị Hạnh");

		this.conference.settle(this.commune, second.id(), new Settlement.OffTopic(null));

		assertThat(this.conference.open(this.commune.id(), this.conferenceId)).extracting(ConferencePetition::id)
			.containsSubsequence(first.id(), third.id())
			.doesNotContain(second.id());
		assertThat(this.conference.all(this.commune.id(), this.conferenceId)).extracting(ConferencePetition::id)
			.containsSubsequence(first.id(), second.id(), third.id());
		assertThat(this.conference.open(this.commune.id(), this.conferenceId))
			.allSatisfy((p) -> assertThat(PetitionState.SETTLEABLE).contains(p.state()));
	}

	@Test
	void theChairsApprovedAnswerIsTheConferencesPreparedAnswer() {
		long id = petitionIn(PetitionState.ANSWER_PREPARED);
		assertThat(this.conference.find(this.commune.id(), id).orElseThrow().preparedAnswer())
			.isEqualTo("Câu trả lời đã chuẩn bị");
		long assigned = petitionIn(PetitionState.ASSIGNED);
		assertThat(this.conference.find(this.commune.id(), assigned).orElseThrow().preparedAnswer()).isNull();
	}

	static Stream<Arguments> badWalkIns() {
		return Stream.of(Arguments.of(new WalkIn(" ", null, null, "Câu hỏi"), "fullName"),
				Arguments.of(new WalkIn("Ông A", null, null, "x".repeat(5001)), "question"),
				Arguments.of(new WalkIn("Ông A", null, null, ""), "question"),
				Arguments.of(new WalkIn("Ông A", "KHONG_CO", null, "Câu hỏi"), "areaCode"),
				Arguments.of(new WalkIn("Ông A", null, "KHONG_CO", "Câu hỏi"), "fieldCode"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("badWalkIns")
	void anIncompleteQuestionIsRefusedBesideItsFieldAndSavesNothing(WalkIn bad, String field) {
		int before = count();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.conference.raise(this.commune, this.conferenceId, bad, UUID.randomUUID().toString()))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo(field));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aQuestionIsRaisedOnlyAtOneOfTheCommunesConferences() {
		long othersConference = this.communes.all()
			.stream()
			.filter((c) -> c.id() != this.commune.id())
			.flatMap((c) -> this.conferences.conferences(c.id()).stream())
			.findFirst()
			.orElseThrow()
			.id();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.conference.raise(this.commune, othersConference,
					new WalkIn("Ông A", null, null, "Câu hỏi"), UUID.randomUUID().toString()))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("conferenceId"));
	}

	/** A petition registered by phone and taken through the triage to {@code state}. */
	private long petitionIn(PetitionState state) {
		long id = this.useCases
			.register(this.commune,
					new Registration(null, "Bà Võ Thị Mai", "0905 111 222", null, "Tổ 4, Liên Hiệp 1A", "LH1A", null,
							"Đề nghị sửa đèn chiếu sáng kiệt 45"),
					Channel.PHONE, "Lê Thị Mỹ Duyên", UUID.randomUUID().toString())
			.id();
		if (state == PetitionState.ACCEPTED) {
			this.useCases.accept(this.commune, id, "DAT_DAI", version(id));
		}
		if (state == PetitionState.ASSIGNED || state == PetitionState.ANSWER_PREPARED) {
			this.useCases.assign(this.commune, id, this.department.id(), "DAT_DAI", today().plusDays(20), version(id));
		}
		if (state == PetitionState.ANSWER_PREPARED) {
			this.useCases.submitAnswer(this.commune, id, "Câu trả lời đã chuẩn bị", version(id));
			this.useCases.approveAnswer(this.commune, id, false, null, version(id));
		}
		assertThat(this.petitions.find(this.commune.id(), id).orElseThrow().state()).isEqualTo(state);
		return id;
	}

	private ConferencePetition raise(String name, String field) {
		return this.conference.raise(this.commune, this.conferenceId,
				new WalkIn(name, null, field, "Câu hỏi của " + name), UUID.randomUUID().toString());
	}

	private int version(long id) {
		return this.petitions.find(this.commune.id(), id).orElseThrow().version();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** One property of each step of the public timeline, those that have it. */
	private List<String> publicTimeline(long id, String property) throws Exception {
		String code = this.petitions.find(this.commune.id(), id).orElseThrow().trackingCode();
		String json = this.mvc.perform(get("/api/v1/public/petitions/" + code))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return com.jayway.jsonpath.JsonPath.read(json, "$.history[*]." + property);
	}

	private List<String> auditActions(long id) {
		return this.jdbc.queryForList(
				"select action from audit_event where record_type = 'petition' and record_id = ? order by id",
				String.class, String.valueOf(id));
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from petition", Integer.class);
	}

	/** Each outcome the conference may record: what it asks and what it leaves behind. */
	enum Outcome {

		ANSWERED(PetitionState.ANSWERED, "petition.answeredAtConference",
				PetitionEvents.PetitionAnsweredAtConference.class,
				(department, today) -> new Settlement.Answered("Đèn sẽ được sửa trong tuần.", "Chủ tịch UBND phường")),

		DIRECTED(PetitionState.DIRECTED, "petition.directed", PetitionEvents.PetitionDirected.class,
				(department, today) -> new Settlement.Directed(department, "Kiểm tra, sửa đèn chiếu sáng",
						today.plusDays(15), SYMBOL)),

		FORWARDED(PetitionState.FORWARDED, "petition.forwarded", PetitionEvents.PetitionForwarded.class,
				(department, today) -> new Settlement.Forwarded("Điện lực Quảng Ngãi",
						"Lưới điện do ngành điện quản lý")),

		OFF_TOPIC(PetitionState.OFF_TOPIC, "petition.offTopic", PetitionEvents.PetitionMarkedOffTopic.class,
				(department, today) -> new Settlement.OffTopic("Ngoài chủ đề")),

		COMPLAINT(PetitionState.COMPLAINT, "petition.complaint", PetitionEvents.PetitionRoutedAsComplaint.class,
				(department, today) -> new Settlement.Complaint(null));

		final PetitionState state;

		final String auditAction;

		final Class<? extends Record> event;

		final BiFunction<Long, LocalDate, Settlement> settlement;

		Outcome(PetitionState state, String auditAction, Class<? extends Record> event,
				BiFunction<Long, LocalDate, Settlement> settlement) {
			this.state = state;
			this.auditAction = auditAction;
			this.event = event;
			this.settlement = settlement;
		}

		long petitionId(Object event) {
			try {
				return (long) event.getClass().getMethod("petitionId").invoke(event);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The line the citizen reads, as the message files word it in Vietnamese. */
		String line(DepartmentView department, LocalDate today) {
			return switch (this) {
				case ANSWERED ->
					"Đã được trả lời trực tiếp tại hội nghị đối thoại; nội dung trả lời được ghi trong biên bản hội nghị.";
				case DIRECTED -> "Chủ tịch giao " + department.name() + " giải quyết, hạn "
						+ DAY.format(today.plusDays(15)) + ", theo Thông báo kết luận số " + SYMBOL + ".";
				case FORWARDED -> "Hội nghị chuyển ý kiến đến Điện lực Quảng Ngãi để giải quyết theo thẩm quyền.";
				case OFF_TOPIC -> "Nội dung ngoài chủ đề hội nghị; ông/bà sẽ được trả lời bằng văn bản.";
				case COMPLAINT ->
					"Nội dung là khiếu nại, tố cáo; được chuyển giải quyết theo trình tự, thủ tục riêng do pháp luật quy định.";
			};
		}

	}

}
