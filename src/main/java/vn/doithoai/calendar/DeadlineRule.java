package vn.doithoai.calendar;

import java.time.LocalDate;

/**
 * One of a commune's deadline rules: what it is for, its period, the event it is counted
 * from and the text that imposes it.
 */
public record DeadlineRule(long id, DeadlinePurpose purpose, String name, DeadlineTerm term, String legalSource,
		int version) {

	public DeadlineAnchor anchor() {
		return this.purpose.anchor();
	}

	public LocalDate dueDate(WorkingDayCalendar calendar, LocalDate anchorDate) {
		return this.term.dueDate(calendar, anchorDate);
	}

}
