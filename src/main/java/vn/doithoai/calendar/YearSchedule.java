package vn.doithoai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One solar year's departures from the ordinary week (Monday–Friday worked, Saturday and
 * Sunday off): the weekdays off, with their names, and the Saturdays that are worked.
 * <p>
 * An official schedule is the one the government announced for civil servants; a
 * provisional one is derived from the Labour Code until the announcement is entered, and
 * gives way to it. Weekend days inside a break are off anyway and are not listed.
 *
 * @param year the solar year, 1900–2100
 * @param daysOff weekdays off, in date order
 * @param workingSaturdays Saturdays worked (to make up for a swapped weekday), in date
 * order
 * @param official whether the schedule was entered from the government's announcement
 */
public record YearSchedule(int year, List<DayOff> daysOff, List<LocalDate> workingSaturdays, boolean official) {

	public YearSchedule {
		if (year < WorkingDayCalendar.FIRST_DAY.getYear() || year > WorkingDayCalendar.LAST_DAY.getYear()) {
			throw new IllegalArgumentException("A year schedule is for 1900–2100, not " + year);
		}
		daysOff = daysOff.stream().sorted(Comparator.comparing(DayOff::date)).toList();
		workingSaturdays = workingSaturdays.stream().sorted().toList();
		requireEachDateOnce(daysOff, workingSaturdays);
		for (DayOff dayOff : daysOff) {
			requireInYear(year, dayOff.date());
			if (isWeekend(dayOff.date())) {
				throw new IllegalArgumentException("Day off " + dayOff.date() + " is a " + dayOfWeek(dayOff.date())
						+ ", a rest day already: list only weekdays off");
			}
		}
		for (LocalDate saturday : workingSaturdays) {
			requireInYear(year, saturday);
			if (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
				throw new IllegalArgumentException(
						"Working Saturday " + saturday + " is a " + dayOfWeek(saturday) + ", not a Saturday");
			}
		}
	}

	/** The schedule announced by the government for the year. */
	public static YearSchedule official(int year, List<DayOff> daysOff, List<LocalDate> workingSaturdays) {
		return new YearSchedule(year, daysOff, workingSaturdays, true);
	}

	/** A schedule derived from the law, used until the official one is entered. */
	public static YearSchedule provisional(int year, List<DayOff> daysOff) {
		return new YearSchedule(year, daysOff, List.of(), false);
	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

	/** "Sunday", for messages. */
	static String dayOfWeek(LocalDate date) {
		return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	private static void requireEachDateOnce(List<DayOff> daysOff, List<LocalDate> workingSaturdays) {
		Set<LocalDate> daysOffDates = new HashSet<>();
		for (DayOff dayOff : daysOff) {
			if (!daysOffDates.add(dayOff.date())) {
				throw new IllegalArgumentException("Day off " + dayOff.date() + " is listed twice");
			}
		}
		Set<LocalDate> saturdays = new HashSet<>();
		for (LocalDate saturday : workingSaturdays) {
			if (daysOffDates.contains(saturday)) {
				throw new IllegalArgumentException(saturday + " is listed both as a day off and as a working Saturday");
			}
			if (!saturdays.add(saturday)) {
				throw new IllegalArgumentException("Working Saturday " + saturday + " is listed twice");
			}
		}
	}

	private static void requireInYear(int year, LocalDate date) {
		if (date.getYear() != year) {
			throw new IllegalArgumentException("The schedule for " + year + " cannot list " + date);
		}
	}

}
