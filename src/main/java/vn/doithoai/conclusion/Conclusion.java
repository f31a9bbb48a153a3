package vn.doithoai.conclusion;

import java.time.LocalDate;

import vn.doithoai.system.InvalidInputException;

/**
 * The chair's conclusion notice of one conference: drafted by the office, submitted,
 * returned with a comment or approved by the chair, and then issued under its number.
 */
class Conclusion {

	private final long conferenceId;

	private final long communeId;

	private State state;

	private String summary;

	private String submittedBy;

	private String returnComment;

	private String symbol;

	private LocalDate issuedOn;

	private String approvedBy;

	private final int version;

	Conclusion(long conferenceId, long communeId, State state, String summary, String submittedBy, String returnComment,
			String symbol, LocalDate issuedOn, String approvedBy, int version) {
		this.conferenceId = conferenceId;
		this.communeId = communeId;
		this.state = state;
		this.summary = summary;
		this.submittedBy = submittedBy;
		this.returnComment = returnComment;
		this.symbol = symbol;
		this.issuedOn = issuedOn;
		this.approvedBy = approvedBy;
		this.version = version;
	}

	static Conclusion draft(long conferenceId, long communeId, String summary) {
		return new Conclusion(conferenceId, communeId, State.DRAFT, summary, null, null, null, null, null, 0);
	}

	void edit(String summary) {
		require(this.state == State.DRAFT || this.state == State.RETURNED);
		this.summary = Minutes.Parts.required(summary, 20_000, "summary");
	}

	void submit(String by) {
		require(this.state == State.DRAFT || this.state == State.RETURNED);
		this.state = State.SUBMITTED;
		this.submittedBy = by;
		this.returnComment = null;
	}

	void giveBack(String comment) {
		require(this.state == State.SUBMITTED);
		this.returnComment = Minutes.Parts.required(comment, 2_000, "comment");
		this.state = State.RETURNED;
	}

	/** The chair approves: the notice is issued under its number, on that day. */
	void issue(String symbol, LocalDate on, String by) {
		require(this.state == State.SUBMITTED);
		this.state = State.ISSUED;
		this.symbol = symbol;
		this.issuedOn = on;
		this.approvedBy = by;
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw new InvalidInputException("state", "conclusion.error.state");
		}
	}

	public long conferenceId() {
		return this.conferenceId;
	}

	public long communeId() {
		return this.communeId;
	}

	public State state() {
		return this.state;
	}

	public String summary() {
		return this.summary;
	}

	public String submittedBy() {
		return this.submittedBy;
	}

	public String returnComment() {
		return this.returnComment;
	}

	public String symbol() {
		return this.symbol;
	}

	public LocalDate issuedOn() {
		return this.issuedOn;
	}

	public String approvedBy() {
		return this.approvedBy;
	}

	public int version() {
		return this.version;
	}

	/** Where the notice is. */
	enum State {

		/** Being written by the office. */
		DRAFT,

		/** Waiting for the chair. */
		SUBMITTED,

		/** Sent back by the chair with a comment. */
		RETURNED,

		/** Approved, numbered and published. */
		ISSUED

	}

}
