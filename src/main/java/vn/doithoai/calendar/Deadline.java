package vn.doithoai.calendar;

import java.time.LocalDate;

/**
 * A deadline another module keeps here for one of its records (the subject): its rule as
 * it was when set, the day it is counted from and the day it is due.
 */
public record Deadline(long id, long communeId, String subjectType, String subjectId, DeadlinePurpose purpose,
		String ruleName, String legalSource, DeadlineTerm term, LocalDate anchorDate, LocalDate due, boolean open) {

}
