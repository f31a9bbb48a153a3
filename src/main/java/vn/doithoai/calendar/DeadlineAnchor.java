package vn.doithoai.calendar;

/** The event a deadline is counted from. */
public enum DeadlineAnchor {

	/** The day the conference is held. */
	CONFERENCE,

	/** The day the conclusion notice is issued to the departments. */
	CONCLUSION_ISSUED,

	/** The day a petition is received. */
	PETITION_RECEIVED

}
