package vn.doithoai.calendar;

import java.time.LocalDate;

/**
 * A deadline's due date moved because the working-day calendar changed: the module that
 * owns the subject tells the people concerned.
 */
public record DeadlineMoved(long deadlineId, long communeId, String subjectType, String subjectId,
		DeadlinePurpose purpose, LocalDate previousDue, LocalDate newDue, String reason) {

}
