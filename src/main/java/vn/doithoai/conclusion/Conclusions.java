package vn.doithoai.conclusion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.calendar.Deadline;
import vn.doithoai.calendar.DeadlinePurpose;
import vn.doithoai.calendar.DeadlineRules;
import vn.doithoai.calendar.Deadlines;
import vn.doithoai.calendar.WorkingCalendar;
import vn.doithoai.document.DocumentNumber;
import vn.doithoai.document.DocumentNumbers;
import vn.doithoai.document.DocumentRenderer;
import vn.doithoai.document.DocumentType;
import vn.doithoai.document.PublishedDocuments;
import vn.doithoai.document.Sha256;
import vn.doithoai.meeting.MeetingRecord;
import vn.doithoai.meeting.MeetingRecords;
import vn.doithoai.meeting.TurnOutcome;
import vn.doithoai.organization.AreaView;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.organization.DepartmentView;
import vn.doithoai.petition.ConferencePetitions;
import vn.doithoai.petition.ConferencePetition;
import vn.doithoai.petition.PetitionState;
import vn.doithoai.petition.Settlement;
import vn.doithoai.plan.ConferenceSessions;
import vn.doithoai.plan.ConferenceSessions.SessionConference;
import vn.doithoai.plan.ConferenceState;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.NotFoundException;

/**
 * The use cases of a conference's minutes and conclusion notice. Each runs in one
 * transaction with its audit record: the number, the stored PDF, the conference's new
 * state and what each petition became are saved together or not at all.
 */
@Service
class Conclusions {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Conclusions.class);

	static final String MINUTES = "minutes";

	static final String CONCLUSION = "conclusion";

	private static final String CONFERENCE = "conference";

	private final ConferenceSessions sessions;

	private final MeetingRecords records;

	private final ConferencePetitions petitions;

	private final MinutesRepository minutes;

	private final ConclusionRepository conclusions;

	private final ConferenceDocuments documents;

	private final DocumentRenderer renderer;

	private final DocumentNumbers numbers;

	private final PublishedDocuments published;

	private final Deadlines deadlines;

	private final DeadlineRules rules;

	private final WorkingCalendar calendar;

	private final CommuneDirectory directory;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	Conclusions(ConferenceSessions sessions, MeetingRecords records, ConferencePetitions petitions,
			MinutesRepository minutes, ConclusionRepository conclusions, ConferenceDocuments documents,
			DocumentRenderer renderer, DocumentNumbers numbers, PublishedDocuments published, Deadlines deadlines,
			DeadlineRules rules, WorkingCalendar calendar, CommuneDirectory directory, AuditTrail audit,
			MessageSource messages, Clock clock) {
		this.sessions = sessions;
		this.records = records;
		this.petitions = petitions;
		this.minutes = minutes;
		this.conclusions = conclusions;
		this.documents = documents;
		this.renderer = renderer;
		this.numbers = numbers;
		this.published = published;
		this.deadlines = deadlines;
		this.rules = rules;
		this.calendar = calendar;
		this.directory = directory;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	SessionConference conference(CommuneInfo commune, long id) {
		return this.sessions.find(commune.id(), id).orElseThrow(NotFoundException::new);
	}

	Optional<Minutes> minutes(CommuneInfo commune, long id) {
		return this.minutes.find(commune.id(), id);
	}

	Optional<Conclusion> conclusion(CommuneInfo commune, long id) {
		return this.conclusions.find(commune.id(), id);
	}

	List<MinutesRepository.Addendum> addenda(long id) {
		return this.minutes.addenda(id);
	}

	/** The conference's deadline of a kind, when the commune's rules set one. */
	Optional<Deadline> due(long id, DeadlinePurpose purpose) {
		return this.deadlines.forSubject(CONFERENCE, String.valueOf(id))
			.stream()
			.filter((d) -> d.purpose() == purpose)
			.findFirst();
	}

	byte[] minutesPdf(CommuneInfo commune, long id) {
		return this.minutes.pdf(commune.id(), id).orElseThrow(NotFoundException::new);
	}

	byte[] addendumPdf(CommuneInfo commune, long id, int number) {
		return this.minutes.addendumPdf(commune.id(), id, number).orElseThrow(NotFoundException::new);
	}

	byte[] conclusionPdf(CommuneInfo commune, long id) {
		return this.conclusions.pdf(commune.id(), id).orElseThrow(NotFoundException::new);
	}

	/** The final minutes' number as issued; null for a draft. */
	@Transactional
	DocumentNumber minutesNumber(CommuneInfo commune, long id, Minutes m) {
		return m.isFinal() ? this.numbers.allocate(commune.id(), commune.code(), m.finalisedOn().getYear(),
				DocumentType.BIEN_BAN, ConferenceDocuments.ISSUER_CODE, MINUTES, String.valueOf(id)) : null;
	}

	/** The first draft of the minutes, from the live record; once. */
	@Transactional
	void draftMinutes(CommuneInfo commune, long id, String secretaryName) {
		SessionConference conference = conference(commune, id);
		if (conference.state() != ConferenceState.HELD) {
			throw new InvalidInputException("state", "minutes.error.notHeld");
		}
		if (this.minutes.insert(new Minutes(id, commune.id(), generate(commune, conference, secretaryName), null, null,
				null, null, 0))) {
			this.audit.record("minutes.drafted", MINUTES, id, commune.code(), null, null);
		}
	}

	/** Writes the draft again from the record as it is now, keeping who signs. */
	@Transactional
	void regenerate(CommuneInfo commune, long id, int version) {
		Minutes draft = loadMinutes(commune, id, version);
		SessionConference conference = conference(commune, id);
		Minutes.Parts fresh = generate(commune, conference, draft.parts().secretaryName());
		draft.edit(new Minutes.Parts(draft.parts().secretaryName(), draft.parts().chairName(), fresh.timeAndPlace(),
				fresh.composition(), fresh.proceedings(), fresh.conclusions()));
		this.minutes.update(draft, null);
		this.audit.record("minutes.regenerated", MINUTES, id, commune.code(), null, null);
	}

	@Transactional
	void editMinutes(CommuneInfo commune, long id, Minutes.Parts parts, int version) {
		Minutes draft = loadMinutes(commune, id, version);
		Minutes.Parts before = draft.parts();
		draft.edit(parts);
		this.minutes.update(draft, null);
		this.audit.record("minutes.edited", MINUTES, id, commune.code(), before, parts);
	}

	/**
	 * Finalises the minutes: every turn must have its outcome; the minutes are numbered
	 * (BB), rendered, locked with their SHA-256, and each petition settled at the
	 * conference takes its outcome (directives wait for the conclusion notice).
	 */
	@Transactional
	void finalise(CommuneInfo commune, long id, int version) {
		SessionConference conference = this.sessions.hold(commune, id, true);
		Minutes draft = loadMinutes(commune, id, version);
		MeetingRecord record = this.records.of(commune, id);
		List<Integer> incomplete = record.exchanges()
			.stream()
			.filter((e) -> !e.missing().isEmpty())
			.map(MeetingRecord.Exchange::number)
			.toList();
		if (!incomplete.isEmpty()) {
			throw new IncompleteRecordException(incomplete);
		}
		LocalDate today = LocalDate.now(this.clock);
		DocumentNumber number = this.numbers.allocate(commune.id(), commune.code(), today.getYear(),
				DocumentType.BIEN_BAN, ConferenceDocuments.ISSUER_CODE, MINUTES, String.valueOf(id));
		byte[] pdf = this.renderer.pdf(this.documents.minutes(conference, draft.parts(), number, today));
		draft.finalise(number.symbol(), today, actor(), Sha256.hex(pdf));
		this.minutes.update(draft, pdf);
		this.sessions.minutesFinalised(commune, id, number.symbol());
		for (MeetingRecord.Exchange e : record.exchanges()) {
			settlement(e).ifPresent((s) -> settle(commune, e.petitionId(), s));
		}
		this.deadlines.close(CONFERENCE, String.valueOf(id), DeadlinePurpose.MINUTES);
		this.audit.record("minutes.finalised", MINUTES, id, commune.code(), null,
				Map.of("symbol", number.symbol(), "sha256", draft.sha256()));
	}

	/** A numbered correction of final minutes; the minutes themselves never change. */
	@Transactional
	int addendum(CommuneInfo commune, long id, String text) {
		SessionConference conference = this.sessions.hold(commune, id, true);
		Minutes fin = this.minutes.find(commune.id(), id).orElseThrow(NotFoundException::new);
		if (!fin.isFinal()) {
			throw new InvalidInputException("text", "minutes.error.notFinal");
		}
		String correction = Minutes.Parts.required(text, 20_000, "text");
		int n = this.minutes.nextAddendum(id);
		LocalDate today = LocalDate.now(this.clock);
		DocumentNumber number = this.numbers.allocate(commune.id(), commune.code(), today.getYear(),
				DocumentType.BIEN_BAN, ConferenceDocuments.ISSUER_CODE, "minutes-addendum", id + "-" + n);
		byte[] pdf = this.renderer.pdf(this.documents.addendum(conference, fin, n, correction, number, today));
		String sha = Sha256.hex(pdf);
		this.minutes.insertAddendum(id, new MinutesRepository.Addendum(n, correction, today, actor(), sha), pdf);
		this.audit.record("minutes.addendum", MINUTES, id, commune.code(), null,
				Map.of("number", n, "symbol", number.symbol(), "sha256", sha));
		return n;
	}

	/** The conclusion notice's draft, its summary from the chair's concluding words. */
	@Transactional
	void draftConclusion(CommuneInfo commune, long id) {
		SessionConference conference = conference(commune, id);
		if (conference.state() != ConferenceState.MINUTES_FINAL) {
			throw new InvalidInputException("state", "conclusion.error.minutesNotFinal");
		}
		String summary = this.records.of(commune, id)
			.stages()
			.stream()
			.filter((s) -> s.stage() == vn.doithoai.meeting.AgendaStage.CONCLUSION && !s.notes().isBlank())
			.map(MeetingRecord.StageRecord::notes)
			.findFirst()
			.orElse(text("doc.conclusion.defaultSummary"));
		if (this.conclusions.insert(Conclusion.draft(id, commune.id(), summary))) {
			this.audit.record("conclusion.drafted", CONCLUSION, id, commune.code(), null, null);
		}
	}

	@Transactional
	void editConclusion(CommuneInfo commune, long id, String summary, int version) {
		Conclusion c = loadConclusion(commune, id, version);
		c.edit(summary);
		this.conclusions.update(c, null, null);
		this.audit.record("conclusion.edited", CONCLUSION, id, commune.code(), null, null);
	}

	@Transactional
	void submit(CommuneInfo commune, long id, int version) {
		Conclusion c = loadConclusion(commune, id, version);
		c.submit(actor());
		this.conclusions.update(c, null, null);
		this.audit.record("conclusion.submitted", CONCLUSION, id, commune.code(), null, null);
	}

	@Transactional
	void giveBack(CommuneInfo commune, long id, String comment, int version) {
		Conclusion c = loadConclusion(commune, id, version);
		c.giveBack(comment);
		this.conclusions.update(c, null, null);
		this.audit.record("conclusion.returned", CONCLUSION, id, commune.code(), null, Map.of("comment", comment));
	}

	/**
	 * The chair approves: the notice is numbered (TB) and dated today, each directive is
	 * given its deadline (typed, or by the commune's rule from today), each directed
	 * petition follows, and the notice is published on the portal.
	 */
	@Transactional
	void approve(CommuneInfo commune, long id, int version) {
		SessionConference conference = this.sessions.hold(commune, id, true);
		Conclusion c = loadConclusion(commune, id, version);
		MeetingRecord record = this.records.of(commune, id);
		LocalDate today = LocalDate.now(this.clock);
		DocumentNumber number = this.numbers.allocate(commune.id(), commune.code(), today.getYear(),
				DocumentType.THONG_BAO, ConferenceDocuments.ISSUER_CODE, CONCLUSION, String.valueOf(id));
		c.issue(number.symbol(), today, actor());
		Map<Long, String> departments = departments(commune);
		Map<Long, LocalDate> overrides = this.conclusions.deadlines(id);
		List<ConferenceDocuments.DirectiveLine> lines = new ArrayList<>();
		for (MeetingRecord.Exchange e : record.exchanges()) {
			if (e.outcome() != TurnOutcome.DIRECTIVE) {
				continue;
			}
			LocalDate due = dueOf(commune, e, overrides, today);
			if (due.isBefore(today)) {
				throw new InvalidInputException("dueDate", "conclusion.error.duePassed");
			}
			this.conclusions.insertDirective(commune.id(), id, e.petitionId(), e.departmentId(), e.task(), due,
					number.symbol(), today);
			settle(commune, e.petitionId(), new Settlement.Directed(e.departmentId(), e.task(), due, number.symbol()));
			lines.add(new ConferenceDocuments.DirectiveLine(departments.get(e.departmentId()), e.task(), due));
		}
		byte[] pdf = this.renderer.pdf(this.documents.conclusion(conference, record, c, lines, number));
		String sha = Sha256.hex(pdf);
		this.conclusions.update(c, pdf, sha);
		this.published.publish(commune.id(), CONFERENCE, String.valueOf(id), DocumentType.THONG_BAO, number.symbol(),
				text("doc.conclusion.summary", conference.title()),
				"/xa/" + commune.code() + "/hoi-nghi/" + id + "/ket-luan.pdf");
		this.sessions.concluded(commune, id, number.symbol(), today);
		this.deadlines.close(CONFERENCE, String.valueOf(id), DeadlinePurpose.CONCLUSION);
		// The notice on the portal is the conference's published result.
		this.deadlines.close(CONFERENCE, String.valueOf(id), DeadlinePurpose.RESULTS_PUBLISHED);
		this.audit.record("conclusion.issued", CONCLUSION, id, commune.code(), null,
				Map.of("symbol", number.symbol(), "directives", lines.size(), "sha256", sha));
	}

	/**
	 * A directive of the notice's draft; {@code passed} when its deadline is already
	 * past.
	 */
	record DirectiveDraft(long petitionId, String department, String task, LocalDate due, boolean passed) {
	}

	/** The directives of the commune: one department's, or all. */
	List<ConclusionRepository.DirectiveRow> directives(CommuneInfo commune, Long departmentId) {
		return this.conclusions.directives(commune.id(), departmentId);
	}

	Map<Long, String> departments(CommuneInfo commune) {
		return this.directory.departments(commune.id())
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
	}

	/**
	 * The directives the notice will give, as they stand: the deadline the notice sets,
	 * or the one typed at the conference, or the commune's rule counted as if issued
	 * today.
	 */
	List<DirectiveDraft> directiveDrafts(CommuneInfo commune, long id) {
		Map<Long, String> departments = departments(commune);
		Map<Long, LocalDate> overrides = this.conclusions.deadlines(id);
		LocalDate today = today();
		List<DirectiveDraft> drafts = new ArrayList<>();
		for (MeetingRecord.Exchange e : this.records.of(commune, id).exchanges()) {
			if (e.outcome() == TurnOutcome.DIRECTIVE) {
				LocalDate due = dueOf(commune, e, overrides, today);
				drafts.add(new DirectiveDraft(e.petitionId(), departments.get(e.departmentId()), e.task(), due,
						due.isBefore(today)));
			}
		}
		return drafts;
	}

	/**
	 * Sets a directive's deadline anew in the notice's draft (the typed one has passed).
	 */
	@Transactional
	void setDeadline(CommuneInfo commune, long id, long petitionId, LocalDate due) {
		Conclusion c = this.conclusions.find(commune.id(), id).orElseThrow(NotFoundException::new);
		if (c.state() != Conclusion.State.DRAFT && c.state() != Conclusion.State.RETURNED) {
			throw new InvalidInputException("state", "conclusion.error.state");
		}
		if (due == null || due.isBefore(today())) {
			throw new InvalidInputException("dueDate", "conclusion.error.dueDate");
		}
		boolean directed = this.records.of(commune, id)
			.exchanges()
			.stream()
			.anyMatch((e) -> e.petitionId() == petitionId && e.outcome() == TurnOutcome.DIRECTIVE);
		if (!directed) {
			throw new NotFoundException();
		}
		this.conclusions.setDeadline(id, petitionId, due);
		this.audit.record("conclusion.deadlineSet", CONCLUSION, id, commune.code(), null,
				Map.of("petition", petitionId, "due", due.toString()));
	}

	private LocalDate dueOf(CommuneInfo commune, MeetingRecord.Exchange e, Map<Long, LocalDate> overrides,
			LocalDate issuedOn) {
		if (overrides.containsKey(e.petitionId())) {
			return overrides.get(e.petitionId());
		}
		return (e.dueDate() != null) ? e.dueDate() : ruleDue(commune, issuedOn);
	}

	private LocalDate ruleDue(CommuneInfo commune, LocalDate issuedOn) {
		return this.rules.rule(commune.id(), DeadlinePurpose.WRITTEN_ANSWER)
			.map((rule) -> rule.dueDate(this.calendar.current(), issuedOn))
			.orElseThrow(() -> new InvalidInputException("dueDate", "meeting.missing.dueDate"));
	}

	/**
	 * Settles a petition as the conference decided; one settled meanwhile another way
	 * (merged into another, rejected) keeps what it became.
	 */
	private void settle(CommuneInfo commune, long petitionId, Settlement settlement) {
		PetitionState state = this.petitions.find(commune.id(), petitionId)
			.map(ConferencePetition::state)
			.orElseThrow(NotFoundException::new);
		if (state.settleable() || state == settled(settlement)) {
			this.petitions.settle(commune, petitionId, settlement);
		}
		else {
			log.info("Petition {} keeps what it became meanwhile: {}", petitionId, state);
		}
	}

	private static PetitionState settled(Settlement settlement) {
		return switch (settlement) {
			case Settlement.Answered answered -> PetitionState.ANSWERED;
			case Settlement.Directed directed -> PetitionState.DIRECTED;
			case Settlement.Forwarded forwarded -> PetitionState.FORWARDED;
			case Settlement.OffTopic offTopic -> PetitionState.OFF_TOPIC;
			case Settlement.Complaint complaint -> PetitionState.COMPLAINT;
		};
	}

	private Optional<Settlement> settlement(MeetingRecord.Exchange e) {
		return switch (e.outcome()) {
			case ANSWERED -> Optional.of(new Settlement.Answered(e.answer(),
					e.answeredBy().isBlank() ? text("doc.minutes.chairRole") : e.answeredBy()));
			case FORWARDED -> Optional.of(new Settlement.Forwarded(e.agency(),
					e.note().isBlank() ? text("conclusion.forwardedAtConference") : e.note()));
			case OFF_TOPIC -> Optional
				.of(new Settlement.OffTopic(e.note().isBlank() ? text("conclusion.offTopicAtConference") : e.note()));
			case COMPLAINT -> Optional
				.of(new Settlement.Complaint(e.note().isBlank() ? text("conclusion.complaintAtConference") : e.note()));
			case DIRECTIVE -> Optional.empty();
		};
	}

	private Minutes.Parts generate(CommuneInfo commune, SessionConference conference, String secretaryName) {
		Map<String, String> areas = this.directory.areas(commune.id())
			.stream()
			.collect(Collectors.toMap(AreaView::code, AreaView::name));
		LocalDate conclusionDue = due(conference.id(), DeadlinePurpose.CONCLUSION).map(Deadline::due).orElse(null);
		return this.documents.draft(conference, this.records.of(commune, conference.id()), departments(commune), areas,
				secretaryName, conclusionDue);
	}

	private Minutes loadMinutes(CommuneInfo commune, long id, int version) {
		Minutes m = this.minutes.find(commune.id(), id).orElseThrow(NotFoundException::new);
		if (m.version() != version) {
			throw new vn.doithoai.system.StaleEditException();
		}
		return m;
	}

	private Conclusion loadConclusion(CommuneInfo commune, long id, int version) {
		Conclusion c = this.conclusions.find(commune.id(), id).orElseThrow(NotFoundException::new);
		if (c.version() != version) {
			throw new vn.doithoai.system.StaleEditException();
		}
		return c;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, java.util.Locale.forLanguageTag("vi"));
	}

	private static String actor() {
		return AuditTrail.currentActor();
	}

}
