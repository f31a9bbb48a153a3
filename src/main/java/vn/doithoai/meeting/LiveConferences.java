package vn.doithoai.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.calendar.DeadlinePurpose;
import vn.doithoai.calendar.DeadlineRules;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.petition.ConferencePetition;
import vn.doithoai.petition.ConferencePetitions;
import vn.doithoai.petition.WalkIn;
import vn.doithoai.plan.ConferenceSessions;
import vn.doithoai.plan.ConferenceSessions.SessionConference;
import vn.doithoai.plan.ConferenceState;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.NotFoundException;

/**
 * The use cases of the live conference. Each runs in one transaction: it checks the
 * conference's state, changes the record, audits the change and tells the screens.
 */
@Service
class LiveConferences {

	static final String SUBJECT = "meeting";

	private final ConferenceSessions sessions;

	private final ConferencePetitions petitions;

	private final TurnRepository turns;

	private final MeetingRepository meeting;

	private final CommuneDirectory directory;

	private final DeadlineRules rules;

	private final AuditTrail audit;

	private final Screens screens;

	private final Clock clock;

	LiveConferences(ConferenceSessions sessions, ConferencePetitions petitions, TurnRepository turns,
			MeetingRepository meeting, CommuneDirectory directory, DeadlineRules rules, AuditTrail audit,
			Screens screens, Clock clock) {
		this.sessions = sessions;
		this.petitions = petitions;
		this.turns = turns;
		this.meeting = meeting;
		this.directory = directory;
		this.rules = rules;
		this.audit = audit;
		this.screens = screens;
		this.clock = clock;
	}

	SessionConference conference(CommuneInfo commune, long id) {
		return this.sessions.find(commune.id(), id).orElseThrow(NotFoundException::new);
	}

	/**
	 * Opens the conference: the agenda starts with the opening, and the speaking queue is
	 * the registered petitions in the order they came in.
	 */
	@Transactional
	void start(CommuneInfo commune, long id) {
		this.sessions.start(commune, id);
		this.meeting.openAgenda(id);
		this.meeting.startStage(id, AgendaStage.OPENING);
		Map<Long, Boolean> showNames = showNames(commune, id);
		for (ConferencePetition p : this.petitions.open(commune.id(), id)) {
			if (!this.turns.hasPetition(id, p.id())) {
				this.turns.insert(Turn.queued(commune.id(), id, p.id(), this.turns.nextPosition(id), p.fullName(),
						p.areaCode(), showNames.getOrDefault(p.id(), false), false, p.question()));
			}
		}
		this.audit.record("meeting.started", SUBJECT, id, commune.code(), null, null);
		this.screens.changed(id);
	}

	/** Closes the live record; the turn still running ends with it. */
	@Transactional
	void end(CommuneInfo commune, long id) {
		this.sessions.end(commune, id);
		this.meeting.endStages(id);
		Instant now = this.clock.instant();
		for (Turn turn : this.turns.queue(commune.id(), id)) {
			if (turn.status() == TurnStatus.SPEAKING) {
				turn.finish(now);
				this.turns.updateQueue(turn);
			}
		}
		this.audit.record("meeting.ended", SUBJECT, id, commune.code(), null, null);
		this.screens.changed(id);
	}

	@Transactional
	void startStage(CommuneInfo commune, long id, AgendaStage stage) {
		requireInProgress(commune, id);
		this.meeting.startStage(id, stage);
		this.audit.record("meeting.stageStarted", SUBJECT, id, commune.code(), null, stage);
		this.screens.changed(id);
	}

	/**
	 * Saves a stage's notes once per entry; a save from an older version is a conflict.
	 */
	@Transactional
	Saved saveStageNotes(CommuneInfo commune, long id, AgendaStage stage, UUID entryId, int baseVersion, String notes) {
		requireRecordOpen(commune, id, true);
		this.meeting.lockStage(id, stage);
		String target = "stage:" + stage.name();
		Optional<Integer> replay = this.meeting.savedEntry(entryId, id, target);
		if (replay.isPresent()) {
			return new Saved(replay.get(), List.of(), true);
		}
		String text = Turn.Content.text(notes, 20_000, "notes");
		int version = this.meeting.saveNotes(id, stage, text, baseVersion, actor())
			.orElseThrow(() -> new RecordConflictException(target));
		this.meeting.rememberEntry(entryId, id, target, version);
		this.audit.record("meeting.stageNotesSaved", SUBJECT, id, commune.code(), null, Map.of("stage", stage));
		return new Saved(version, List.of(), false);
	}

	/** Gives the floor to a turn; the turn that had it is over. */
	@Transactional
	void call(CommuneInfo commune, long id, long turnId) {
		requireInProgress(commune, id);
		Instant now = this.clock.instant();
		Turn called = load(commune, id, turnId);
		for (Turn turn : this.turns.queue(commune.id(), id)) {
			if (turn.status() == TurnStatus.SPEAKING && !turn.id().equals(turnId)) {
				turn.finish(now);
				this.turns.updateQueue(turn);
			}
		}
		called.call(now);
		this.turns.updateQueue(called);
		this.meeting.startStage(id, AgendaStage.TURNS);
		this.audit.record("meeting.turnCalled", SUBJECT, id, commune.code(), null, Map.of("turn", turnId));
		this.screens.changed(id);
	}

	/** Ends the current turn without calling another. */
	@Transactional
	void finish(CommuneInfo commune, long id, long turnId) {
		requireInProgress(commune, id);
		Turn turn = load(commune, id, turnId);
		turn.finish(this.clock.instant());
		this.turns.updateQueue(turn);
		this.audit.record("meeting.turnFinished", SUBJECT, id, commune.code(), null, Map.of("turn", turnId));
		this.screens.changed(id);
	}

	/** Moves a waiting turn one place up or down the queue. */
	@Transactional
	void move(CommuneInfo commune, long id, long turnId, boolean up) {
		requireInProgress(commune, id);
		List<Turn> queue = this.turns.queue(commune.id(), id);
		int at = indexOf(queue, turnId);
		int other = up ? at - 1 : at + 1;
		if (other < 0 || other >= queue.size()) {
			return;
		}
		Turn turn = queue.get(at);
		Turn neighbour = queue.get(other);
		int position = turn.position();
		turn.moveTo(neighbour.position());
		neighbour.moveTo(position);
		this.turns.updateQueue(turn);
		this.turns.updateQueue(neighbour);
		this.audit.record("meeting.queueReordered", SUBJECT, id, commune.code(), null,
				Map.of("turn", turnId, "up", up));
		this.screens.changed(id);
	}

	/**
	 * Saves the secretary's record of a turn, once per entry: an entry sent again (the
	 * answer to the first send was lost) gets the first answer. A save made from an older
	 * version than the stored one is a conflict and changes nothing.
	 */
	@Transactional
	Saved saveTurn(CommuneInfo commune, long id, long turnId, UUID entryId, int baseVersion, Turn.Content content) {
		SessionConference conference = requireRecordOpen(commune, id, true);
		String target = "turn:" + turnId;
		Turn turn = this.turns.lock(commune.id(), id, turnId).orElseThrow(NotFoundException::new);
		Optional<Integer> replay = this.meeting.savedEntry(entryId, id, target);
		if (replay.isPresent()) {
			return new Saved(replay.get(), missing(commune, turn), true);
		}
		if (turn.version() != baseVersion) {
			throw new RecordConflictException(target);
		}
		turn.record(checked(commune, conference, content));
		int version = this.turns.updateRecord(turn, actor()).orElseThrow(() -> new RecordConflictException(target));
		this.meeting.rememberEntry(entryId, id, target, version);
		this.audit.record("meeting.turnRecorded", SUBJECT, id, commune.code(), null,
				Map.of("turn", turnId, "version", version));
		this.screens.changed(id);
		return new Saved(version, missing(commune, turn), false);
	}

	/** The chair's one action: the current turn becomes a directive to a department. */
	@Transactional
	Saved assign(CommuneInfo commune, long id, long turnId, long departmentId, int baseVersion) {
		Turn turn = load(commune, id, turnId);
		Turn.Content c = turn.content();
		// The task is the secretary's to word: the question may name people, the task is
		// published.
		Turn.Content directive = new Turn.Content(c.question(), c.answeredBy(), c.answer(), TurnOutcome.DIRECTIVE,
				departmentId, c.task(), c.dueDate(), "", c.note(), c.exchange());
		return saveTurn(commune, id, turnId, UUID.randomUUID(), baseVersion, directive);
	}

	/**
	 * A question raised by someone who had not registered: a new petition of the
	 * conference, and a turn at the end of the queue; once per entry.
	 */
	@Transactional
	long addWalkIn(CommuneInfo commune, long id, UUID entryId, WalkIn walkIn, boolean showName) {
		requireInProgress(commune, id);
		ConferencePetition petition = this.petitions.raise(commune, id, walkIn, "meeting-" + entryId);
		this.meeting.attend(commune.id(), id, "walk-in-" + entryId,
				Attendee.walkIn(petition.id(), petition.fullName(), petition.areaCode(), showName), actor());
		if (!this.turns.hasPetition(id, petition.id())) {
			this.turns.insert(Turn.queued(commune.id(), id, petition.id(), this.turns.nextPosition(id),
					petition.fullName(), petition.areaCode(), showName, true, petition.question()));
			this.audit.record("meeting.walkInAdded", SUBJECT, id, commune.code(), null,
					Map.of("petition", petition.trackingCode()));
			this.screens.changed(id);
		}
		return petition.id();
	}

	private Map<Long, Boolean> showNames(CommuneInfo commune, long id) {
		Map<Long, Boolean> show = new java.util.HashMap<>();
		for (Attendee a : this.meeting.attendees(commune.id(), id)) {
			if (a.petitionId() != null) {
				show.put(a.petitionId(), a.showName());
			}
		}
		return show;
	}

	private Turn.Content checked(CommuneInfo commune, SessionConference conference, Turn.Content content) {
		if (content.departmentId() != null && this.directory.departments(commune.id())
			.stream()
			.noneMatch((d) -> d.id() == content.departmentId())) {
			throw new InvalidInputException("departmentId", "meeting.error.unknownDepartment");
		}
		if (content.dueDate() != null && content.dueDate().isBefore(conference.date())) {
			throw new InvalidInputException("dueDate", "meeting.error.dueBeforeConference");
		}
		return content;
	}

	/** What the turn's outcome still lacks (shown beside the fields, never refused). */
	List<String> missing(CommuneInfo commune, Turn turn) {
		return turn.missing(dueSetAtConclusion(commune));
	}

	/** Whether a directive's deadline is counted from the conclusion notice's issue. */
	boolean dueSetAtConclusion(CommuneInfo commune) {
		return this.rules.rule(commune.id(), DeadlinePurpose.WRITTEN_ANSWER).isPresent();
	}

	private Turn load(CommuneInfo commune, long id, long turnId) {
		return this.turns.find(commune.id(), id, turnId).orElseThrow(NotFoundException::new);
	}

	private static int indexOf(List<Turn> queue, long turnId) {
		for (int i = 0; i < queue.size(); i++) {
			if (queue.get(i).id() == turnId) {
				return i;
			}
		}
		throw new NotFoundException();
	}

	private SessionConference requireInProgress(CommuneInfo commune, long id) {
		SessionConference conference = conference(commune, id);
		if (conference.state() != ConferenceState.IN_PROGRESS) {
			throw new InvalidInputException("state", "meeting.error.notInProgress");
		}
		return conference;
	}

	/**
	 * The record can be completed until the minutes are final; a save holds the
	 * conference so that the minutes cannot be finalised while it is being written.
	 */
	private SessionConference requireRecordOpen(CommuneInfo commune, long id, boolean hold) {
		SessionConference conference = hold ? this.sessions.hold(commune, id, false) : conference(commune, id);
		if (conference.state() != ConferenceState.IN_PROGRESS && conference.state() != ConferenceState.HELD) {
			throw new InvalidInputException("state", "meeting.error.recordClosed");
		}
		return conference;
	}

	static String actor() {
		return AuditTrail.currentActor();
	}

	/**
	 * The answer to a save: the stored version, what the outcome still lacks, a replay.
	 */
	record Saved(int version, List<String> missing, boolean replay) {
	}

}
