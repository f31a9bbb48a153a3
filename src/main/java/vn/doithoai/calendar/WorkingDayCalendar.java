package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which days offices work, from 1900-01-01 to 2100-12-31, and the arithmetic of deadlines
 * on them: Monday–Friday are working days and Saturday–Sunday rest days, except where a
 * year's schedule says otherwise (a weekday off, a Saturday worked).
 * <p>
 * Immutable: a new calendar is built when a schedule changes. Building indexes every day
 * once so that each question is answered with a few array look-ups.
 */
public final class WorkingDayCalendar {

	/** First day the calendar knows. */
	public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

	/** Last day the calendar knows. */
	public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

	private static final long FIRST_EPOCH_DAY = FIRST_DAY.toEpochDay();

	/**
	 * For each day from {@link #FIRST_DAY}, the number of working days up to and
	 * including it.
	 */
	private final int[] workingDaysUpTo;

	/**
	 * The epoch days of all working days, in order: the i-th working day is at index i -
	 * 1.
	 */
	private final int[] workingDays;

	private final Map<LocalDate, String> holidayNames;

	private final Map<Integer, YearSchedule> schedules;

	private WorkingDayCalendar(Map<Integer, YearSchedule> schedules) {
		this.schedules = Map.copyOf(schedules);
		Map<LocalDate, String> names = new HashMap<>();
		Map<LocalDate, Boolean> exceptions = new HashMap<>();
		for (YearSchedule schedule : schedules.values()) {
			schedule.daysOff().forEach(dayOff -> {
				names.put(dayOff.date(), dayOff.name());
				exceptions.put(dayOff.date(), false);
			});
			schedule.workingSaturdays().forEach(saturday -> exceptions.put(saturday, true));
		}
		this.holidayNames = Map.copyOf(names);
		int dayCount = (int) (LAST_DAY.toEpochDay() - FIRST_EPOCH_DAY + 1);
		this.workingDaysUpTo = new int[dayCount];
		int[] working = new int[dayCount];
		int count = 0;
		LocalDate day = FIRST_DAY;
		for (int i = 0; i < dayCount; i++, day = day.plusDays(1)) {
			if (exceptions.getOrDefault(day, !YearSchedule.isWeekend(day))) {
				working[count++] = (int) (FIRST_EPOCH_DAY + i);
			}
			this.workingDaysUpTo[i] = count;
		}
		this.workingDays = Arrays.copyOf(working, count);
	}

	/**
	 * A calendar from year schedules; where a year has both, the official schedule
	 * replaces the provisional one. A year without a schedule has only weekends off.
	 * @throws IllegalArgumentException when a year has two schedules of the same kind
	 */
	public static WorkingDayCalendar of(Collection<YearSchedule> schedules) {
		Map<Integer, YearSchedule> byYear = new TreeMap<>();
		for (YearSchedule schedule : schedules) {
			byYear.merge(schedule.year(), schedule, WorkingDayCalendar::preferOfficial);
		}
		return new WorkingDayCalendar(byYear);
	}

	/**
	 * A calendar from the given schedules, with
	 * {@link StatutoryHolidays#provisionalSchedule provisional schedules} for every year
	 * 1900–2100 that has none.
	 */
	public static WorkingDayCalendar withStatutoryHolidays(Collection<YearSchedule> schedules) {
		Map<Integer, YearSchedule> byYear = new TreeMap<>();
		for (YearSchedule schedule : schedules) {
			byYear.merge(schedule.year(), schedule, WorkingDayCalendar::preferOfficial);
		}
		for (int year = FIRST_DAY.getYear(); year <= LAST_DAY.getYear(); year++) {
			byYear.computeIfAbsent(year, StatutoryHolidays::provisionalSchedule);
		}
		return new WorkingDayCalendar(byYear);
	}

	private static YearSchedule preferOfficial(YearSchedule one, YearSchedule other) {
		if (one.official() == other.official()) {
			throw new IllegalArgumentException("Two " + (one.official() ? "official" : "provisional")
					+ " schedules for " + one.year() + ": keep one");
		}
		return one.official() ? one : other;
	}

	/**
	 * The schedule in force for a year: the official one if entered, else the provisional
	 * one.
	 */
	public Optional<YearSchedule> schedule(int year) {
		return Optional.ofNullable(this.schedules.get(year));
	}

	/** Whether offices work on the day. */
	public boolean isWorkingDay(LocalDate date) {
		int index = indexOf(date);
		return this.workingDaysUpTo[index] != ((index > 0) ? this.workingDaysUpTo[index - 1] : 0);
	}

	/**
	 * The name of the weekday off on that day (a holiday, substitute or swapped day), if
	 * any.
	 */
	public Optional<String> holidayName(LocalDate date) {
		indexOf(date);
		return Optional.ofNullable(this.holidayNames.get(date));
	}

	/**
	 * The n-th working day after {@code from} (before it when n is negative);
	 * {@code from} itself is not counted, and is returned unchanged when n is 0.
	 * @throws IllegalArgumentException when {@code from} or the result is outside
	 * 1900–2100
	 */
	public LocalDate addWorkingDays(LocalDate from, int n) {
		int index = indexOf(from);
		if (n == 0) {
			return from;
		}
		// Working days up to from are indexes 0 … upTo-1; strictly before it, one fewer
		// if from works.
		long target = (n > 0) ? this.workingDaysUpTo[index] + (long) n - 1 : workingDaysBefore(index) + (long) n;
		if (target < 0 || target >= this.workingDays.length) {
			throw new IllegalArgumentException(
					"Adding " + n + " working days to " + from + " leaves " + FIRST_DAY + " … " + LAST_DAY);
		}
		return LocalDate.ofEpochDay(this.workingDays[(int) target]);
	}

	/**
	 * The number of working days d with {@code from} &lt; d ≤ {@code to}; when {@code to}
	 * is before {@code from}, minus the number of working days d with {@code to} &lt; d ≤
	 * {@code from}. Zero when they are equal, so that count(a, b) + count(b, c) =
	 * count(a, c) and count(from, addWorkingDays(from, n)) = n for every n &gt; 0.
	 */
	public int countWorkingDays(LocalDate from, LocalDate to) {
		return this.workingDaysUpTo[indexOf(to)] - this.workingDaysUpTo[indexOf(from)];
	}

	/** The first working day strictly after the day. */
	public LocalDate nextWorkingDay(LocalDate date) {
		return addWorkingDays(date, 1);
	}

	/**
	 * The last day of a period of calendar days (Bộ luật Dân sự 2015, Điều 147–148): the
	 * anchor day is not counted, the period ends at the end of its last day, and when
	 * that day is not a working day it ends at the end of the next working day.
	 * @param anchor the day of the event that starts the period
	 * @param days the length of the period, at least 1
	 */
	public LocalDate endOfCalendarPeriod(LocalDate anchor, int days) {
		if (days < 1) {
			throw new IllegalArgumentException("A period lasts at least 1 day, not " + days);
		}
		indexOf(anchor);
		LocalDate lastDay = anchor.plusDays(days);
		return isWorkingDay(lastDay) ? lastDay : nextWorkingDay(lastDay);
	}

	/**
	 * The latest day for something due "at least n working days before" a day: n working
	 * days must lie strictly between it and that day, so it is the working day before
	 * those n.
	 * @param date the day the notice is for (a conference, say)
	 * @param n the number of working days, at least 0
	 */
	public LocalDate latestDateAtLeastWorkingDaysBefore(LocalDate date, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("A number of working days is at least 0, not " + n);
		}
		return addWorkingDays(date, -(n + 1));
	}

	private int workingDaysBefore(int index) {
		return (index > 0) ? this.workingDaysUpTo[index - 1] : 0;
	}

	private int indexOf(LocalDate date) {
		long index = date.toEpochDay() - FIRST_EPOCH_DAY;
		if (index < 0 || index >= this.workingDaysUpTo.length) {
			throw new IllegalArgumentException(
					"The working-day calendar covers " + FIRST_DAY + " to " + LAST_DAY + ", not " + date);
		}
		return (int) index;
	}

}
