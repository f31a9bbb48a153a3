package vn.doithoai.plan;

import java.time.LocalDate;

import vn.doithoai.calendar.Deadline;
import vn.doithoai.calendar.DeadlinePurpose;
import vn.doithoai.calendar.WorkingDayCalendar;

/**
 * A conference deadline as staff see it: when it is due, by which rule, and how it
 * stands.
 */
record DeadlineStatus(DeadlinePurpose purpose, String ruleName, String legalSource, LocalDate due, Standing standing) {

	/** Working days before the due date from which a deadline shows as due soon. */
	static final int DUE_SOON_WORKING_DAYS = 3;

	static DeadlineStatus of(Deadline deadline, LocalDate today, WorkingDayCalendar calendar) {
		Standing standing;
		if (!deadline.open()) {
			standing = Standing.DONE;
		}
		else if (today.isAfter(deadline.due())) {
			standing = Standing.LATE;
		}
		else if (calendar.countWorkingDays(today, deadline.due()) <= DUE_SOON_WORKING_DAYS) {
			standing = Standing.DUE_SOON;
		}
		else {
			standing = Standing.ON_TIME;
		}
		return new DeadlineStatus(deadline.purpose(), deadline.ruleName(), deadline.legalSource(), deadline.due(),
				standing);
	}

	/** How a deadline stands today. */
	enum Standing {

		/** Met: the work it asks for is done. */
		DONE,

		/** Open, with time to spare. */
		ON_TIME,

		/** Open, due within a few working days. */
		DUE_SOON,

		/** Open and past its due date. */
		LATE

	}

}
