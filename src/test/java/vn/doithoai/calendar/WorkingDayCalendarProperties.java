package vn.doithoai.calendar;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Laws of working-day arithmetic on the bundled official schedules plus provisional
 * years.
 */
class WorkingDayCalendarProperties {

	private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar
		.withStatutoryHolidays(OfficialSchedules.bundled());

	@Property
	void countingUndoesAdding(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 1, max = 1000) int n) {
		LocalDate later = CALENDAR.addWorkingDays(from, n);
		LocalDate earlier = CALENDAR.addWorkingDays(from, -n);

		assertThat(CALENDAR.countWorkingDays(from, later)).isEqualTo(n);
		// n working days lie in [earlier, from), i.e. in (earlier, from - 1] plus earlier
		// itself.
		assertThat(CALENDAR.countWorkingDays(earlier, from.minusDays(1))).isEqualTo(n - 1);
		assertThat(CALENDAR.countWorkingDays(later, from)).isEqualTo(-n);
	}

	@Property
	void addingLandsOnAWorkingDay(@ForAll("days") LocalDate from, @ForAll @IntRange(min = -1000, max = 1000) int n) {
		LocalDate result = CALENDAR.addWorkingDays(from, n);

		if (n != 0) {
			assertThat(CALENDAR.isWorkingDay(result)).as("%s + %d working days = %s", from, n, result).isTrue();
		}
		assertThat(Integer.signum(result.compareTo(from))).as("direction").isEqualTo(Integer.signum(n));
	}

	@Property
	void addingMatchesWalkingDayByDay(@ForAll("days") LocalDate from, @ForAll @IntRange(min = -40, max = 40) int n) {
		LocalDate walked = from;
		for (int remaining = Math.abs(n); remaining > 0;) {
			walked = walked.plusDays(Integer.signum(n));
			if (CALENDAR.isWorkingDay(walked)) {
				remaining--;
			}
		}

		assertThat(CALENDAR.addWorkingDays(from, n)).isEqualTo(walked);
	}

	@Property
	void addingThereAndBackReturnsToAWorkingDay(@ForAll("days") LocalDate from,
			@ForAll @IntRange(min = -1000, max = 1000) int n) {
		LocalDate workingDay = CALENDAR.isWorkingDay(from) ? from : CALENDAR.nextWorkingDay(from);

		assertThat(CALENDAR.addWorkingDays(CALENDAR.addWorkingDays(workingDay, n), -n)).isEqualTo(workingDay);
	}

	@Property
	void countsAddUp(@ForAll("days") LocalDate a, @ForAll("days") LocalDate b, @ForAll("days") LocalDate c) {
		assertThat(CALENDAR.countWorkingDays(a, b) + CALENDAR.countWorkingDays(b, c))
			.isEqualTo(CALENDAR.countWorkingDays(a, c));
		assertThat(CALENDAR.countWorkingDays(a, b)).isEqualTo(-CALENDAR.countWorkingDays(b, a));
	}

	@Property
	void calendarPeriodEndsOnTheFirstWorkingDayFromItsLastDay(@ForAll("days") LocalDate anchor,
			@ForAll @IntRange(min = 1, max = 400) int days) {
		LocalDate end = CALENDAR.endOfCalendarPeriod(anchor, days);

		assertThat(CALENDAR.isWorkingDay(end)).isTrue();
		assertThat(end).isAfterOrEqualTo(anchor.plusDays(days));
		assertThat(CALENDAR.countWorkingDays(anchor.plusDays(days - 1), end.minusDays(1))).isZero();
	}

	@Property
	void latestNoticeDateIsTheLatestWorkingDayWithNWorkingDaysBetween(@ForAll("days") LocalDate conference,
			@ForAll @IntRange(min = 0, max = 100) int n) {
		LocalDate latest = CALENDAR.latestDateAtLeastWorkingDaysBefore(conference, n);

		assertThat(CALENDAR.isWorkingDay(latest)).isTrue();
		assertThat(CALENDAR.countWorkingDays(latest, conference.minusDays(1))).isEqualTo(n);
		// The next working day would leave only n - 1 working days in between.
		assertThat(CALENDAR.countWorkingDays(CALENDAR.nextWorkingDay(latest), conference.minusDays(1)))
			.isEqualTo(n - 1);
	}

	/**
	 * Days far enough from 1900 and 2100 for 1000 working days either way, half of them
	 * around the years with official schedules, where swapped days and working Saturdays
	 * are.
	 */
	@Provide
	Arbitrary<LocalDate> days() {
		return Arbitraries.oneOf(daysBetween(LocalDate.of(1905, 1, 1), LocalDate.of(2095, 12, 31)),
				daysBetween(LocalDate.of(2023, 12, 1), LocalDate.of(2027, 1, 31)));
	}

	private static Arbitrary<LocalDate> daysBetween(LocalDate first, LocalDate last) {
		return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
	}

}
