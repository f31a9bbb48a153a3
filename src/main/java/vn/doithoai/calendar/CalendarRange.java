package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.function.Supplier;

import vn.doithoai.system.InvalidInputException;

/**
 * The limits of what the calendar answers, checked at the boundary with a message key.
 */
final class CalendarRange {

	static final int MAX_ADD = 3650;

	private CalendarRange() {
	}

	static void check(String field, LocalDate date) {
		if (date.isBefore(WorkingDayCalendar.FIRST_DAY) || date.isAfter(WorkingDayCalendar.LAST_DAY)) {
			throw new InvalidInputException(field, "calendar.error.dateRange");
		}
	}

	static void checkYear(int year) {
		if (year < 1900 || year > 2100) {
			throw new InvalidInputException("year", "calendar.error.yearRange");
		}
	}

	static void checkAdd(int add) {
		if (Math.abs(add) > MAX_ADD) {
			throw new InvalidInputException("add", "calendar.error.addRange");
		}
	}

	/**
	 * A result that would fall outside 1900–2100 is refused as bad input, like its cause.
	 */
	static LocalDate result(Supplier<LocalDate> computation) {
		try {
			return computation.get();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("add", "calendar.error.resultRange");
		}
	}

}
