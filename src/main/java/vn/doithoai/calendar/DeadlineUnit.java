package vn.doithoai.calendar;

/** How a deadline's days are counted. */
public enum DeadlineUnit {

	/** Ngày làm việc: only working days of the official calendar count. */
	WORKING_DAYS,

	/**
	 * Ngày: every day counts; a period that ends on a day off ends on the next working
	 * day.
	 */
	CALENDAR_DAYS

}
