package vn.doithoai.meeting;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.organization.AreaView;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.organization.DepartmentView;
import vn.doithoai.organization.FieldView;
import vn.doithoai.organization.OfficialView;
import vn.doithoai.petition.ConferencePetition;
import vn.doithoai.petition.ConferencePetitions;
import vn.doithoai.plan.ConferenceSessions.SessionConference;
import vn.doithoai.system.NotFoundException;

/**
 * What the consoles show: the conference, its agenda with timings, the queue, each turn.
 */
@Component
class LiveRecord {

	private final LiveConferences live;

	private final TurnRepository turns;

	private final MeetingRepository meeting;

	private final ConferencePetitions petitions;

	private final CommuneDirectory directory;

	LiveRecord(LiveConferences live, TurnRepository turns, MeetingRepository meeting, ConferencePetitions petitions,
			CommuneDirectory directory) {
		this.live = live;
		this.turns = turns;
		this.meeting = meeting;
		this.petitions = petitions;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	View view(CommuneInfo commune, long id) {
		SessionConference conference = this.live.conference(commune, id);
		Map<String, String> areas = this.directory.areas(commune.id())
			.stream()
			.collect(Collectors.toMap(AreaView::code, AreaView::name));
		Map<Long, String> departments = this.directory.departments(commune.id())
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
		List<TurnView> queue = new ArrayList<>();
		int number = 0;
		for (Turn turn : this.turns.queue(commune.id(), id)) {
			ConferencePetition petition = this.petitions.find(commune.id(), turn.petitionId()).orElse(null);
			queue.add(new TurnView(++number, turn, areas.getOrDefault(turn.areaCode(), ""),
					(petition != null) ? petition.trackingCode() : "", (petition != null) ? petition.question() : "",
					(petition != null) ? petition.preparedAnswer() : null,
					departments.get(turn.content().departmentId()), this.live.missing(commune, turn)));
		}
		return new View(conference, stages(conference, this.meeting.stages(id)), queue,
				this.directory.departments(commune.id()), this.directory.officials(commune.id()),
				this.directory.areas(commune.id()), this.directory.fields().stream().filter(FieldView::active).toList(),
				this.live.dueSetAtConclusion(commune));
	}

	/** What is stored now for a conflicting save's target, for the page to compare. */
	@Transactional(readOnly = true)
	Map<String, Object> stored(CommuneInfo commune, long id, String target) {
		Map<String, Object> current = new LinkedHashMap<>();
		if (target.startsWith("turn:")) {
			Turn turn = this.turns.find(commune.id(), id, Long.parseLong(target.substring(5)))
				.orElseThrow(NotFoundException::new);
			Turn.Content c = turn.content();
			current.put("version", turn.version());
			current.put("updatedBy", turn.updatedBy());
			current.put("question", c.question());
			current.put("answeredBy", c.answeredBy());
			current.put("answer", c.answer());
			current.put("outcome", (c.outcome() != null) ? c.outcome().name() : "");
			current.put("departmentId", (c.departmentId() != null) ? c.departmentId().toString() : "");
			current.put("task", c.task());
			current.put("dueDate",
					(c.dueDate() != null) ? c.dueDate().format(vn.doithoai.system.VietnameseDates.SHOWN) : "");
			current.put("agency", c.agency());
			current.put("note", c.note());
			current.put("exchange", c.exchange());
		}
		else {
			this.live.conference(commune, id);
			AgendaStage stage = AgendaStage.valueOf(target.substring("stage:".length()));
			Optional<MeetingRepository.Stage> s = this.meeting.stages(id)
				.stream()
				.filter((x) -> x.stage() == stage)
				.findFirst();
			current.put("version", s.map(MeetingRepository.Stage::version).orElse(0));
			current.put("updatedBy", s.map(MeetingRepository.Stage::updatedBy).orElse(""));
			current.put("notes", s.map(MeetingRepository.Stage::notes).orElse(""));
		}
		return current;
	}

	/**
	 * The programme's timings: each stage's planned start from the conference's start.
	 */
	private static List<StageView> stages(SessionConference conference, List<MeetingRepository.Stage> stored) {
		Duration fixed = Duration.ZERO;
		for (AgendaStage stage : AgendaStage.values()) {
			if (stage.usual() != null) {
				fixed = fixed.plus(stage.usual());
			}
		}
		Duration whole = Duration.between(conference.start(), conference.end());
		Duration turns = whole.minus(fixed).isNegative() ? Duration.ofMinutes(30) : whole.minus(fixed);
		List<StageView> views = new ArrayList<>();
		LocalTime planned = conference.start();
		for (AgendaStage stage : AgendaStage.values()) {
			Optional<MeetingRepository.Stage> s = stored.stream().filter((x) -> x.stage() == stage).findFirst();
			views.add(new StageView(stage, planned, s.orElse(null)));
			planned = planned.plus((stage.usual() != null) ? stage.usual() : turns);
		}
		return views;
	}

	/** The console's model. */
	record View(SessionConference conference, List<StageView> stages, List<TurnView> queue,
			List<DepartmentView> departments, List<OfficialView> officials, List<AreaView> areas,
			List<FieldView> fields, boolean dueSetAtConclusion) {

		/** The turn asked for, else the one speaking, else the first still waiting. */
		public TurnView selected(Long turnId) {
			return this.queue.stream()
				.filter((t) -> turnId != null && t.turn().id().equals(turnId))
				.findFirst()
				.or(() -> this.queue.stream().filter((t) -> t.turn().status() == TurnStatus.SPEAKING).findFirst())
				.or(() -> this.queue.stream().filter((t) -> t.turn().status() == TurnStatus.WAITING).findFirst())
				.orElse(null);
		}

		public List<TurnOutcome> outcomes() {
			return List.of(TurnOutcome.values());
		}

		public TurnView speaking() {
			return this.queue.stream().filter((t) -> t.turn().status() == TurnStatus.SPEAKING).findFirst().orElse(null);
		}

		public StageView running() {
			return this.stages.stream().filter(StageView::running).findFirst().orElse(null);
		}

		public boolean inProgress() {
			return this.conference.inProgress();
		}

		public boolean recordOpen() {
			return this.conference.inProgress() || this.conference.state() == vn.doithoai.plan.ConferenceState.HELD;
		}

	}

	/** One stage: planned start, and what happened if it did. */
	record StageView(AgendaStage stage, LocalTime plannedStart, MeetingRepository.Stage stored) {

		public boolean running() {
			return this.stored != null && this.stored.running();
		}

		public int version() {
			return (this.stored != null) ? this.stored.version() : 0;
		}

		public String notes() {
			return (this.stored != null) ? this.stored.notes() : "";
		}

	}

	/** One turn with what the console needs around it. */
	record TurnView(int number, Turn turn, String areaName, String trackingCode, String registeredQuestion,
			String preparedAnswer, String departmentName, List<String> missing) {

		public boolean complete() {
			return this.missing.isEmpty();
		}

	}

}
