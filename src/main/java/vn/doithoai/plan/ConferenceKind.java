package vn.doithoai.plan;

/** The kind of a dialogue conference. */
public enum ConferenceKind {

	/** Định kỳ: held regularly, as the plan schedules. */
	PERIODIC,

	/** Chuyên đề: on one subject. */
	THEMATIC,

	/** Đột xuất: called when needed. */
	AD_HOC,

	/**
	 * Về thủ tục hành chính: with people and organisations on administrative procedures.
	 */
	PROCEDURES

}
