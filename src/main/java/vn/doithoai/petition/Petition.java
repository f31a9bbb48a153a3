package vn.doithoai.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.doithoai.system.InvalidInputException;

/**
 * One question, opinion or proposal of a citizen. Its transitions are guarded: each
 * checks the state it may leave, adds a line to the citizen's timeline and returns the
 * event that records it.
 */
class Petition {

	static final int MAX_CONTENT = 5000;

	static final int MAX_NOTE = 2000;

	static final int MAX_NAME = 150;

	static final int MAX_SYMBOL = 50;

	static final int MAX_AGENCY = 300;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Long id;

	private final long communeId;

	private final Long conferenceId;

	private final String trackingCode;

	private final Channel channel;

	private final Author author;

	private final String content;

	private final String proxyAuthor;

	private final Instant receivedAt;

	private PetitionState state;

	private String fieldCode;

	private Long departmentId;

	private LocalDate dueDate;

	private String decisionNote;

	private Long mergedInto;

	private String forwardedTo;

	private Answer answer;

	private String publicQuestion;

	private Instant answerPublishedAt;

	private String conferenceAnswer;

	private String conferenceAnsweredBy;

	private String conclusionSymbol;

	private final int version;

	private final List<HistoryEntry> newHistory = new ArrayList<>();

	Petition(Long id, long communeId, Long conferenceId, String trackingCode, Channel channel, Author author,
			String content, String proxyAuthor, Instant receivedAt, PetitionState state, String fieldCode,
			Long departmentId, LocalDate dueDate, String decisionNote, Long mergedInto, String forwardedTo,
			Answer answer, String publicQuestion, Instant answerPublishedAt, ConferenceRecord conferenceRecord,
			int version) {
		this.id = id;
		this.communeId = communeId;
		this.conferenceId = conferenceId;
		this.trackingCode = trackingCode;
		this.channel = channel;
		this.author = author;
		this.content = content;
		this.proxyAuthor = proxyAuthor;
		this.receivedAt = receivedAt;
		this.state = state;
		this.fieldCode = fieldCode;
		this.departmentId = departmentId;
		this.dueDate = dueDate;
		this.decisionNote = decisionNote;
		this.mergedInto = mergedInto;
		this.forwardedTo = forwardedTo;
		this.answer = answer;
		this.publicQuestion = publicQuestion;
		this.answerPublishedAt = answerPublishedAt;
		this.conferenceAnswer = conferenceRecord.answer();
		this.conferenceAnsweredBy = conferenceRecord.answeredBy();
		this.conclusionSymbol = conferenceRecord.conclusionSymbol();
		this.version = version;
	}

	/** A petition as it arrives, from any channel. */
	static Petition receive(long communeId, Long conferenceId, String trackingCode, Channel channel, Author author,
			String fieldCode, String content, String proxyAuthor, Instant now) {
		Petition petition = new Petition(null, communeId, conferenceId, trackingCode, channel, author, content,
				proxyAuthor, now, PetitionState.RECEIVED, fieldCode, null, null, null, null, null, null, null, null,
				ConferenceRecord.NONE, 0);
		petition.newHistory.add(new HistoryEntry(PetitionState.RECEIVED, null, null, true, null));
		return petition;
	}

	/** Takes it up for the dialogue, in its field. */
	PetitionEvents.PetitionAccepted accept(String fieldCode) {
		require(this.state == PetitionState.RECEIVED);
		if (fieldCode == null || fieldCode.isBlank()) {
			throw new InvalidInputException("fieldCode", "petition.error.fieldRequired");
		}
		this.fieldCode = fieldCode;
		enter(PetitionState.ACCEPTED);
		return new PetitionEvents.PetitionAccepted(this.id, this.communeId, fieldCode);
	}

	PetitionEvents.PetitionRejected reject(String reason) {
		require(this.state == PetitionState.RECEIVED);
		this.decisionNote = requireNote(reason, "reason");
		enter(PetitionState.REJECTED, this.decisionNote);
		return new PetitionEvents.PetitionRejected(this.id, this.communeId, this.decisionNote);
	}

	/** Asks what {@code target} asks: the citizen follows that one. */
	PetitionEvents.PetitionMerged mergeInto(Petition target) {
		require(PetitionState.TRIAGEABLE.contains(this.state));
		if (target.id().equals(this.id) || target.communeId != this.communeId
				|| !PetitionState.OPEN.contains(target.state)) {
			throw new InvalidInputException("target", "petition.error.mergeTarget");
		}
		this.mergedInto = target.id();
		enter(PetitionState.MERGED, target.trackingCode());
		return new PetitionEvents.PetitionMerged(this.id, this.communeId, target.id());
	}

	/** Sends it to the agency that decides it; the citizen is told who and why. */
	PetitionEvents.PetitionForwarded forwardTo(String agency, String reason) {
		require(PetitionState.TRIAGEABLE.contains(this.state));
		this.forwardedTo = requireAgency(agency);
		this.decisionNote = requireNote(reason, "reason");
		enter(PetitionState.FORWARDED, this.forwardedTo + ": " + this.decisionNote);
		return new PetitionEvents.PetitionForwarded(this.id, this.communeId, this.forwardedTo, this.decisionNote);
	}

	PetitionEvents.PetitionMarkedOffTopic markOffTopic(String note) {
		require(PetitionState.TRIAGEABLE.contains(this.state));
		this.decisionNote = requireNote(note, "note");
		enter(PetitionState.OFF_TOPIC, this.decisionNote);
		return new PetitionEvents.PetitionMarkedOffTopic(this.id, this.communeId, this.decisionNote);
	}

	/** Records it as a complaint or denunciation; the dialogue does not decide it. */
	PetitionEvents.PetitionRoutedAsComplaint routeAsComplaint(String note) {
		require(PetitionState.TRIAGEABLE.contains(this.state));
		this.decisionNote = requireNote(note, "note");
		enter(PetitionState.COMPLAINT, this.decisionNote);
		return new PetitionEvents.PetitionRoutedAsComplaint(this.id, this.communeId, this.decisionNote);
	}

	/**
	 * Gives it to a department to prepare the answer by {@code due}; a petition not yet
	 * accepted is accepted in the same step, and an assigned one may be given to another.
	 */
	PetitionEvents.PetitionAssigned assign(long departmentId, String fieldCode, LocalDate due, LocalDate today) {
		require(PetitionState.TRIAGEABLE.contains(this.state) || this.state == PetitionState.ASSIGNED);
		if (due == null || due.isBefore(today)) {
			throw new InvalidInputException("due", "petition.error.dueDate");
		}
		if (this.state == PetitionState.RECEIVED) {
			accept((fieldCode != null) ? fieldCode : this.fieldCode);
		}
		this.departmentId = departmentId;
		this.dueDate = due;
		if (this.answer != null && this.answer.state() == AnswerState.SUBMITTED) {
			this.answer = this.answer.with(AnswerState.DRAFT, null);
		}
		enter(PetitionState.ASSIGNED);
		return new PetitionEvents.PetitionAssigned(this.id, this.communeId, departmentId, due);
	}

	/** Keeps the official's draft; it may be changed until it is submitted. */
	void draftAnswer(String text) {
		require(this.state == PetitionState.ASSIGNED
				&& (this.answer == null || this.answer.state() != AnswerState.SUBMITTED));
		if (text != null && text.length() > MAX_CONTENT) {
			throw new InvalidInputException("answer", "petition.error.answerTooLong");
		}
		this.answer = new Answer(text, AnswerState.DRAFT, (this.answer != null) ? this.answer.comment() : null);
	}

	PetitionEvents.AnswerSubmitted submitAnswer() {
		require(this.state == PetitionState.ASSIGNED && this.answer != null
				&& this.answer.state() != AnswerState.SUBMITTED);
		if (this.answer.text() == null || this.answer.text().isBlank()) {
			throw new InvalidInputException("answer", "petition.error.answerRequired");
		}
		this.answer = this.answer.with(AnswerState.SUBMITTED, this.answer.comment());
		return new PetitionEvents.AnswerSubmitted(this.id, this.communeId);
	}

	PetitionEvents.AnswerReturned returnAnswer(String comment) {
		requireSubmitted();
		this.answer = this.answer.with(AnswerState.RETURNED, requireNote(comment, "comment"));
		return new PetitionEvents.AnswerReturned(this.id, this.communeId, this.answer.comment());
	}

	/**
	 * Approves the prepared answer; published, the question as approved for publication
	 * and the answer are shown to everyone.
	 */
	PetitionEvents.AnswerApproved approveAnswer(boolean publish, String publicQuestion, Instant now) {
		requireSubmitted();
		if (publish) {
			this.publicQuestion = requireLong(publicQuestion, "publicQuestion");
			this.answerPublishedAt = now;
		}
		this.answer = this.answer.with(AnswerState.APPROVED, null);
		enter(PetitionState.ANSWER_PREPARED);
		return new PetitionEvents.AnswerApproved(this.id, this.communeId, publish);
	}

	/**
	 * Answered at the conference. The answer in brief is kept for staff; the citizen's
	 * timeline says it was answered there (the minutes hold what was said).
	 */
	PetitionEvents.PetitionAnsweredAtConference answerAtConference(String answer, String answeredBy) {
		require(PetitionState.SETTLEABLE.contains(this.state));
		this.conferenceAnswer = requireLong(answer, "answer");
		this.conferenceAnsweredBy = optional(answeredBy, MAX_NAME, "answeredBy", "petition.error.nameTooLong");
		enter(PetitionState.ANSWERED, new Line("petition.timeline.answeredAtConference", List.of()));
		return new PetitionEvents.PetitionAnsweredAtConference(this.id, this.communeId, this.conferenceId,
				this.conferenceAnswer, this.conferenceAnsweredBy);
	}

	/**
	 * The conclusion gives a department the task of resolving it by {@code due}; the
	 * citizen is told which department, by when, and under which conclusion notice.
	 */
	PetitionEvents.PetitionDirected direct(long departmentId, String departmentName, String task, LocalDate due,
			String conclusionSymbol, LocalDate today) {
		require(PetitionState.SETTLEABLE.contains(this.state));
		String checkedTask = requireLong(task, "task");
		if (due == null || due.isBefore(today)) {
			throw new InvalidInputException("due", "petition.error.dueDate");
		}
		String symbol = optional(conclusionSymbol, MAX_SYMBOL, "conclusionSymbol", "petition.error.symbolTooLong");
		this.departmentId = departmentId;
		this.dueDate = due;
		this.decisionNote = checkedTask;
		this.conclusionSymbol = symbol;
		enter(PetitionState.DIRECTED,
				(symbol != null)
						? new Line("petition.timeline.directed", List.of(departmentName, SHOWN.format(due), symbol))
						: new Line("petition.timeline.directedPending", List.of(departmentName, SHOWN.format(due))));
		return new PetitionEvents.PetitionDirected(this.id, this.communeId, this.conferenceId, departmentId,
				checkedTask, due, symbol);
	}

	/** The conference found it outside the commune's competence and sends it on. */
	PetitionEvents.PetitionForwarded forwardFromConference(String agency, String reason) {
		require(PetitionState.SETTLEABLE.contains(this.state));
		this.forwardedTo = requireAgency(agency);
		this.decisionNote = optional(reason, MAX_NOTE, "reason", "petition.error.noteTooLong");
		enter(PetitionState.FORWARDED, new Line("petition.timeline.forwardedAtConference", List.of(this.forwardedTo)));
		return new PetitionEvents.PetitionForwarded(this.id, this.communeId, this.forwardedTo, this.decisionNote);
	}

	/** Outside the conference's topics: it will be answered in writing. */
	PetitionEvents.PetitionMarkedOffTopic markOffTopicAtConference(String note) {
		require(PetitionState.SETTLEABLE.contains(this.state));
		this.decisionNote = optional(note, MAX_NOTE, "note", "petition.error.noteTooLong");
		enter(PetitionState.OFF_TOPIC, new Line("petition.timeline.offTopicAtConference", List.of()));
		return new PetitionEvents.PetitionMarkedOffTopic(this.id, this.communeId, this.decisionNote);
	}

	/** Raised as a complaint or denunciation: recorded and routed, not decided. */
	PetitionEvents.PetitionRoutedAsComplaint routeAsComplaintAtConference(String note) {
		require(PetitionState.SETTLEABLE.contains(this.state));
		this.decisionNote = optional(note, MAX_NOTE, "note", "petition.error.noteTooLong");
		enter(PetitionState.COMPLAINT, new Line("petition.timeline.complaintAtConference", List.of()));
		return new PetitionEvents.PetitionRoutedAsComplaint(this.id, this.communeId, this.decisionNote);
	}

	/**
	 * Whether the conference already settled it exactly so; settling it so again changes
	 * nothing. Expects the settlement's texts normalised as stored.
	 */
	boolean isSettledAs(Settlement settlement) {
		return switch (settlement) {
			case Settlement.Answered(String answer, String answeredBy) ->
				this.state == PetitionState.ANSWERED && Objects.equals(this.conferenceAnswer, answer)
						&& Objects.equals(this.conferenceAnsweredBy, blankToNull(answeredBy));
			case Settlement.Directed(long department, String task, LocalDate due, String symbol) ->
				this.state == PetitionState.DIRECTED && Objects.equals(this.departmentId, department)
						&& Objects.equals(this.decisionNote, task) && Objects.equals(this.dueDate, due)
						&& Objects.equals(this.conclusionSymbol, blankToNull(symbol));
			case Settlement.Forwarded(String agency, String reason) ->
				this.state == PetitionState.FORWARDED && Objects.equals(this.forwardedTo, agency)
						&& Objects.equals(this.decisionNote, blankToNull(reason));
			case Settlement.OffTopic(String note) ->
				this.state == PetitionState.OFF_TOPIC && Objects.equals(this.decisionNote, blankToNull(note));
			case Settlement.Complaint(String note) ->
				this.state == PetitionState.COMPLAINT && Objects.equals(this.decisionNote, blankToNull(note));
		};
	}

	private void requireSubmitted() {
		require(this.state == PetitionState.ASSIGNED && this.answer != null
				&& this.answer.state() == AnswerState.SUBMITTED);
	}

	private void enter(PetitionState next) {
		enter(next, (String) null);
	}

	private void enter(PetitionState next, String note) {
		this.state = next;
		this.newHistory.add(new HistoryEntry(next, note, null, true, null));
	}

	private void enter(PetitionState next, Line line) {
		this.state = next;
		this.newHistory.add(new HistoryEntry(next, null, line, true, null));
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw new PetitionTransitionException(this.state);
		}
	}

	private static String requireNote(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "petition.error.noteRequired");
		}
		if (text.length() > MAX_NOTE) {
			throw new InvalidInputException(field, "petition.error.noteTooLong");
		}
		return text;
	}

	private static String requireAgency(String agency) {
		String named = requireNote(agency, "agency");
		if (named.length() > MAX_AGENCY) {
			throw new InvalidInputException("agency", "petition.error.agencyTooLong");
		}
		return named;
	}

	/** An optional text: blank is none, too long is refused with {@code tooLongKey}. */
	private static String optional(String text, int max, String field, String tooLongKey) {
		String given = blankToNull(text);
		if (given != null && given.length() > max) {
			throw new InvalidInputException(field, tooLongKey);
		}
		return given;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static String requireLong(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "petition.error.noteRequired");
		}
		if (text.length() > MAX_CONTENT) {
			throw new InvalidInputException(field, "petition.error.contentTooLong");
		}
		return text;
	}

	Long id() {
		return this.id;
	}

	long communeId() {
		return this.communeId;
	}

	Long conferenceId() {
		return this.conferenceId;
	}

	String trackingCode() {
		return this.trackingCode;
	}

	Channel channel() {
		return this.channel;
	}

	Author author() {
		return this.author;
	}

	String content() {
		return this.content;
	}

	String proxyAuthor() {
		return this.proxyAuthor;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	PetitionState state() {
		return this.state;
	}

	String fieldCode() {
		return this.fieldCode;
	}

	Long departmentId() {
		return this.departmentId;
	}

	LocalDate dueDate() {
		return this.dueDate;
	}

	String decisionNote() {
		return this.decisionNote;
	}

	Long mergedInto() {
		return this.mergedInto;
	}

	String forwardedTo() {
		return this.forwardedTo;
	}

	Answer answer() {
		return this.answer;
	}

	String publicQuestion() {
		return this.publicQuestion;
	}

	Instant answerPublishedAt() {
		return this.answerPublishedAt;
	}

	String conferenceAnswer() {
		return this.conferenceAnswer;
	}

	String conferenceAnsweredBy() {
		return this.conferenceAnsweredBy;
	}

	String conclusionSymbol() {
		return this.conclusionSymbol;
	}

	ConferenceRecord conferenceRecord() {
		return new ConferenceRecord(this.conferenceAnswer, this.conferenceAnsweredBy, this.conclusionSymbol);
	}

	int version() {
		return this.version;
	}

	List<HistoryEntry> newHistory() {
		return this.newHistory;
	}

	/** Who asks: personal data, shown to the commune's staff only. */
	record Author(String fullName, String phone, String email, String address, String areaCode) {
	}

	/**
	 * The answer a department prepares, and the chair's comment when it was sent back.
	 */
	record Answer(String text, AnswerState state, String comment) {

		Answer with(AnswerState next, String newComment) {
			return new Answer(this.text, next, newComment);
		}

	}

	/**
	 * What the conference recorded for it: the answer in brief and who gave it, the
	 * conclusion notice that directs it.
	 */
	record ConferenceRecord(String answer, String answeredBy, String conclusionSymbol) {

		static final ConferenceRecord NONE = new ConferenceRecord(null, null, null);

	}

	/**
	 * One line of the citizen's timeline: a note as staff wrote it, or a line worded from
	 * the message files when shown; {@code at} is set when stored.
	 */
	record HistoryEntry(PetitionState state, String note, Line line, boolean visible, Instant at) {

		/** The same line with its words in the reader's language. */
		HistoryEntry worded(org.springframework.context.MessageSource messages, java.util.Locale locale) {
			if (this.line == null) {
				return this;
			}
			return new HistoryEntry(this.state,
					messages.getMessage(this.line.key(), this.line.args().toArray(), locale), null, this.visible,
					this.at);
		}

	}

	/** A timeline line's message key and its arguments. */
	record Line(String key, List<String> args) {

		Line {
			args = List.copyOf(args);
		}

	}

}
