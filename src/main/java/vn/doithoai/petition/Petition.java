package vn.doithoai.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.doithoai.system.InvalidInputException;

/**
 * One question, opinion or proposal of a citizen. Its transitions are guarded: each
 * checks the state it may leave, adds a line to the citizen's timeline and returns the
 * event that records it.
 */
class Petition {

	static final int MAX_CONTENT = 5000;

	static final int MAX_NOTE = 2000;

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

	private final int version;

	private final List<HistoryEntry> newHistory = new ArrayList<>();

	Petition(Long id, long communeId, Long conferenceId, String trackingCode, Channel channel, Author author,
			String content, String proxyAuthor, Instant receivedAt, PetitionState state, String fieldCode,
			Long departmentId, LocalDate dueDate, String decisionNote, Long mergedInto, String forwardedTo,
			Answer answer, String publicQuestion, Instant answerPublishedAt, int version) {
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
		this.version = version;
	}

	/** A petition as it arrives, from any channel. */
	static Petition receive(long communeId, Long conferenceId, String trackingCode, Channel channel, Author author,
			String fieldCode, String content, String proxyAuthor, Instant now) {
		Petition petition = new Petition(null, communeId, conferenceId, trackingCode, channel, author, content,
				proxyAuthor, now, PetitionState.RECEIVED, fieldCode, null, null, null, null, null, null, null, null, 0);
		petition.newHistory.add(new HistoryEntry(PetitionState.RECEIVED, null, true, null));
		return petition;
	}

	/** Takes it up for the dialogue, in its field. */
	PetitionEvents.PetitionAccepted accept(String fieldCode) {
		require(this.state == PetitionState.RECEIVED);
		if (fieldCode == null || fieldCode.isBlank()) {
			throw new InvalidInputException("fieldCode", "petition.error.fieldRequired");
		}
		this.fieldCode = fieldCode;
		enter(PetitionState.ACCEPTED, null);
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
		this.forwardedTo = requireNote(agency, "agency");
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
		enter(PetitionState.ASSIGNED, null);
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
		enter(PetitionState.ANSWER_PREPARED, null);
		return new PetitionEvents.AnswerApproved(this.id, this.communeId, publish);
	}

	private void requireSubmitted() {
		require(this.state == PetitionState.ASSIGNED && this.answer != null
				&& this.answer.state() == AnswerState.SUBMITTED);
	}

	private void enter(PetitionState next, String note) {
		this.state = next;
		this.newHistory.add(new HistoryEntry(next, note, true, null));
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

	/** One line of the citizen's timeline; {@code at} is set when stored. */
	record HistoryEntry(PetitionState state, String note, boolean visible, Instant at) {
	}

}
