package vn.doithoai.calendar;

import java.time.LocalDate;

/**
 * A period of a deadline rule: N working or calendar days, before or after its event.
 * Counting follows the Civil Code (Art. 147–148) and DESIGN §5.
 */
public record DeadlineTerm(int count, DeadlineUnit unit, DeadlineDirection direction) {

	/** The longest period a rule may have: ten years of days. */
	public static final int MAX_COUNT = 3650;

	public DeadlineTerm {
		if (count < 0 || count > MAX_COUNT) {
			throw new IllegalArgumentException("A deadline counts 0 to " + MAX_COUNT + " days, not " + count);
		}
	}

	/**
	 * The due date for an event on {@code anchor}. After: the event's day is not counted;
	 * a calendar-day period ending on a day off ends on the next working day. Before: N
	 * whole days (or working days) lie strictly between the due date and the event, and
	 * the due date is a working day, moved earlier if needed, so that the work can
	 * actually be done on it.
	 */
	public LocalDate dueDate(WorkingDayCalendar calendar, LocalDate anchor) {
		return switch (this.direction) {
			case AFTER -> switch (this.unit) {
				case WORKING_DAYS -> calendar.addWorkingDays(anchor, this.count);
				case CALENDAR_DAYS ->
					(this.count == 0) ? onOrAfter(calendar, anchor) : calendar.endOfCalendarPeriod(anchor, this.count);
			};
			case BEFORE -> switch (this.unit) {
				case WORKING_DAYS -> calendar.latestDateAtLeastWorkingDaysBefore(anchor, this.count);
				case CALENDAR_DAYS -> onOrBefore(calendar, anchor.minusDays(this.count + 1L));
			};
		};
	}

	private static LocalDate onOrAfter(WorkingDayCalendar calendar, LocalDate day) {
		return calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
	}

	private static LocalDate onOrBefore(WorkingDayCalendar calendar, LocalDate day) {
		return calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, -1);
	}

}
