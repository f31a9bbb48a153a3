package vn.doithoai.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.doithoai.system.InvalidInputException;
import vn.doithoai.text.VietnameseText;

/**
 * One turn of the speaking queue: a petition raised at the conference, what was said and
 * what was decided. The secretary's record is saved whole each time; a save made from an
 * older version than the stored one is a conflict, never an overwrite.
 */
class Turn {

	private final Long id;

	private final long communeId;

	private final long conferenceId;

	private final long petitionId;

	private int position;

	private final String speakerName;

	private final String areaCode;

	private final boolean showName;

	private final boolean walkIn;

	private TurnStatus status;

	private Content content;

	private Instant startedAt;

	private Instant endedAt;

	private final int version;

	private final String updatedBy;

	private final Instant updatedAt;

	Turn(Long id, long communeId, long conferenceId, long petitionId, int position, String speakerName, String areaCode,
			boolean showName, boolean walkIn, TurnStatus status, Content content, Instant startedAt, Instant endedAt,
			int version, String updatedBy, Instant updatedAt) {
		this.id = id;
		this.communeId = communeId;
		this.conferenceId = conferenceId;
		this.petitionId = petitionId;
		this.position = position;
		this.speakerName = speakerName;
		this.areaCode = areaCode;
		this.showName = showName;
		this.walkIn = walkIn;
		this.status = status;
		this.content = content;
		this.startedAt = startedAt;
		this.endedAt = endedAt;
		this.version = version;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	/** A new turn at the end of the queue, its question as registered. */
	static Turn queued(long communeId, long conferenceId, long petitionId, int position, String speakerName,
			String areaCode, boolean showName, boolean walkIn, String question) {
		return new Turn(null, communeId, conferenceId, petitionId, position, speakerName, areaCode, showName, walkIn,
				TurnStatus.WAITING, Content.asked(question), null, null, 0, null, null);
	}

	/** Gives the speaker the floor. */
	void call(Instant now) {
		if (this.status != TurnStatus.WAITING) {
			throw new InvalidInputException("status", "meeting.error.turnNotWaiting");
		}
		this.status = TurnStatus.SPEAKING;
		this.startedAt = now;
	}

	/** Ends the turn; what is still missing of its outcome is shown, not refused. */
	void finish(Instant now) {
		if (this.status == TurnStatus.SPEAKING) {
			this.status = TurnStatus.DONE;
			this.endedAt = now;
		}
	}

	/** Replaces the record of the turn with what the secretary has now. */
	void record(Content content) {
		this.content = content;
	}

	void moveTo(int position) {
		this.position = position;
	}

	/**
	 * What the outcome still lacks, as field names ({@code outcome},
	 * {@code departmentId}, {@code dueDate}, {@code task}, {@code agency});
	 * {@code dueByRule} when the commune's rules will set a directive's deadline.
	 */
	List<String> missing(boolean dueByRule) {
		List<String> missing = new ArrayList<>();
		Content c = this.content;
		if (c.outcome() == null) {
			missing.add("outcome");
			return missing;
		}
		if (c.outcome() == TurnOutcome.DIRECTIVE) {
			if (c.departmentId() == null) {
				missing.add("departmentId");
			}
			if (c.dueDate() == null && !dueByRule) {
				missing.add("dueDate");
			}
			if (c.task().isBlank()) {
				missing.add("task");
			}
		}
		if (c.outcome() == TurnOutcome.ANSWERED && c.answer().isBlank()) {
			missing.add("answer");
		}
		if (c.outcome() == TurnOutcome.FORWARDED && c.agency().isBlank()) {
			missing.add("agency");
		}
		return missing;
	}

	public Long id() {
		return this.id;
	}

	public long communeId() {
		return this.communeId;
	}

	public long conferenceId() {
		return this.conferenceId;
	}

	public long petitionId() {
		return this.petitionId;
	}

	public int position() {
		return this.position;
	}

	public String speakerName() {
		return this.speakerName;
	}

	public String areaCode() {
		return this.areaCode;
	}

	public boolean showName() {
		return this.showName;
	}

	public boolean walkIn() {
		return this.walkIn;
	}

	public TurnStatus status() {
		return this.status;
	}

	public Content content() {
		return this.content;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public Instant endedAt() {
		return this.endedAt;
	}

	public int version() {
		return this.version;
	}

	public String updatedBy() {
		return this.updatedBy;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/**
	 * The secretary's record of a turn: the question as spoken, who answered and what,
	 * the outcome with what it needs (a directive's department, task and deadline; the
	 * agency a matter is forwarded to; a note), and any further exchange.
	 */
	record Content(String question, String answeredBy, String answer, TurnOutcome outcome, Long departmentId,
			String task, LocalDate dueDate, String agency, String note, String exchange) {

		Content {
			question = text(question, 10_000, "question");
			answeredBy = text(answeredBy, 150, "answeredBy");
			answer = text(answer, 5_000, "answer");
			task = text(task, 2_000, "task");
			agency = text(agency, 300, "agency");
			note = text(note, 2_000, "note");
			exchange = text(exchange, 20_000, "exchange");
			if (outcome != TurnOutcome.DIRECTIVE) {
				departmentId = null;
				dueDate = null;
				task = "";
			}
			if (outcome != TurnOutcome.FORWARDED) {
				agency = "";
			}
		}

		static Content asked(String question) {
			return new Content(question, "", "", null, null, "", null, "", "", "");
		}

		static String text(String value, int max, String field) {
			String text = (value == null) ? "" : VietnameseText.nfc(value).strip();
			if (text.length() > max) {
				throw new InvalidInputException(field, "meeting.error.tooLong");
			}
			return text;
		}

	}

}
