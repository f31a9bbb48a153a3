package vn.doithoai.calendar;

/** Whether a deadline falls before or after the event it is counted from. */
public enum DeadlineDirection {

	/**
	 * "At least N days before": N whole days lie strictly between the deadline and the
	 * event.
	 */
	BEFORE,

	/**
	 * "Within N days after": the event's own day is not counted (Civil Code, Art. 147).
	 */
	AFTER

}
