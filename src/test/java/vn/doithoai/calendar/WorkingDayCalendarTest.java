package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingDayCalendarTest {

	private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar
		.withStatutoryHolidays(OfficialSchedules.bundled());

	// DOMAIN.md §2, worked examples on the 2026 schedule (Tết break 14–22 Feb).
	@ParameterizedTest(name = "{1} working days after {0} is {2}")
	@CsvSource({ "2026-02-13, 7, 2026-03-03", "2026-02-13, 5, 2026-02-27",
			// Backwards: from the Monday after Tết, the previous working day is the
			// Friday before it.
			"2026-02-23, -1, 2026-02-13", "2026-03-04, -8, 2026-02-13",
			// 30 Apr–2 May 2025 off, then a weekend.
			"2025-05-05, -1, 2025-04-29", "2025-04-29, 1, 2025-05-05",
			// Saturday 26 Apr 2025 is worked: it is the working day before Sunday the
			// 27th.
			"2025-04-27, -1, 2025-04-26", "2025-04-25, 1, 2025-04-26",
			// From a day off, the count starts at the next (or previous) working day.
			"2026-02-17, 1, 2026-02-23", "2026-02-17, -1, 2026-02-13", "2026-02-13, 0, 2026-02-13",
			"2026-02-14, 0, 2026-02-14" })
	void addsWorkingDaysWithoutCountingTheStartDay(LocalDate from, int n, LocalDate expected) {
		assertThat(CALENDAR.addWorkingDays(from, n)).isEqualTo(expected);
	}

	// DOMAIN.md §2: the 7 working days strictly before Wed 4 Mar 2026 are 23 Feb … 3 Mar.
	@ParameterizedTest(name = "notice for {0}, at least {1} working days before: by {2}")
	@CsvSource({ "2026-03-04, 7, 2026-02-13", "2026-03-04, 5, 2026-02-24", "2026-03-04, 0, 2026-03-03",
			"2025-05-05, 1, 2025-04-28" })
	void latestNoticeDateLeavesTheWorkingDaysStrictlyBetween(LocalDate conference, int n, LocalDate latest) {
		assertThat(CALENDAR.latestDateAtLeastWorkingDaysBefore(conference, n)).isEqualTo(latest);
		assertThat(CALENDAR.countWorkingDays(latest, conference.minusDays(1))).isEqualTo(n);
	}

	@ParameterizedTest(name = "{0}: working {1}, named ''{2}''")
	@CsvSource(nullValues = "-",
			value = { "2025-04-30, false, Ngày Chiến thắng", "2025-05-01, false, Ngày Quốc tế Lao động",
					"2025-05-02, false, Hoán đổi ngày làm việc", "2025-04-26, true, -", "2025-04-27, false, -",
					"2025-05-05, true, -", "2024-04-29, false, Hoán đổi ngày làm việc", "2024-05-04, true, -",
					"2024-09-03, false, Quốc khánh", "2026-01-02, false, Hoán đổi ngày làm việc",
					"2026-02-16, false, Tết Nguyên đán", "2026-02-21, false, -", "2026-02-23, true, -",
					"2026-04-26, false, -", "2026-04-27, false, Nghỉ bù", "2026-08-22, true, -",
					"2026-08-31, false, Hoán đổi ngày làm việc", "2026-09-02, false, Quốc khánh" })
	void officialSchedulesDecideTheDaysOff(LocalDate date, boolean working, String holiday) {
		assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(working);
		assertThat(CALENDAR.holidayName(date).orElse(null)).isEqualTo(holiday);
	}

	@ParameterizedTest(name = "{1} calendar days from {0} end on {2}")
	@CsvSource({ "2025-03-03, 10, 2025-03-13", // ends on a Thursday
			"2025-03-02, 7, 2025-03-10", // Sunday 9 Mar: moves to Monday
			"2025-03-01, 7, 2025-03-10", // Saturday 8 Mar: moves past the weekend
			"2025-04-19, 7, 2025-04-26", // a working Saturday is a working day
			"2025-04-23, 7, 2025-05-05", // 30 Apr: moves past the holidays and the
											// weekend
			"2026-02-06, 10, 2026-02-23" // Mon 16 Feb, inside the Tết break
	})
	void calendarPeriodEndingOnADayOffEndsOnTheNextWorkingDay(LocalDate anchor, int days, LocalDate end) {
		assertThat(CALENDAR.endOfCalendarPeriod(anchor, days)).isEqualTo(end);
	}

	@ParameterizedTest(name = "working days in ({0}, {1}]: {2}")
	@CsvSource({ "2026-02-13, 2026-02-23, 1", "2026-02-12, 2026-02-27, 6", "2026-02-27, 2026-02-12, -6",
			"2026-02-15, 2026-02-22, 0", "2025-01-24, 2025-02-03, 1", "2026-02-13, 2026-02-13, 0",
			"2025-04-25, 2025-04-27, 1" })
	void countsWorkingDaysAfterTheFirstDayUpToTheSecond(LocalDate from, LocalDate to, int count) {
		assertThat(CALENDAR.countWorkingDays(from, to)).isEqualTo(count);
	}

	@ParameterizedTest(name = "after {0} comes {1}")
	@CsvSource({ "2026-02-13, 2026-02-23", "2025-04-25, 2025-04-26", "2025-04-29, 2025-05-05",
			"2025-03-05, 2025-03-06" })
	void nextWorkingDayIsStrictlyAfter(LocalDate date, LocalDate next) {
		assertThat(CALENDAR.nextWorkingDay(date)).isEqualTo(next);
	}

	// 2027 has no official schedule yet: Tết 2027 is Sat 6 Feb (lunar 1/1), so the
	// provisional
	// days are Fri 5 Feb (last day of the lunar year) and 6–9 Feb, the weekend ones made
	// up on
	// Wed 10 and Thu 11; 1 May 2027 is a Saturday, made up on Mon 3 May.
	@ParameterizedTest(name = "2027 provisional: {0} working {1}, named ''{2}''")
	@CsvSource(nullValues = "-",
			value = { "2027-01-01, false, Tết Dương lịch", "2027-02-04, true, -", "2027-02-05, false, Tết Nguyên đán",
					"2027-02-08, false, Tết Nguyên đán", "2027-02-09, false, Tết Nguyên đán",
					"2027-02-10, false, Nghỉ bù", "2027-02-11, false, Nghỉ bù", "2027-02-12, true, -",
					"2027-04-16, false, Giỗ Tổ Hùng Vương", "2027-04-30, false, Ngày Chiến thắng",
					"2027-05-01, false, -", "2027-05-03, false, Nghỉ bù", "2027-05-04, true, -",
					"2027-09-01, false, Quốc khánh", "2027-09-02, false, Quốc khánh" })
	void yearWithoutOfficialScheduleFollowsTheLabourCode(LocalDate date, boolean working, String holiday) {
		assertThat(CALENDAR.schedule(2027)).hasValueSatisfying(schedule -> assertThat(schedule.official()).isFalse());
		assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(working);
		assertThat(CALENDAR.holidayName(date).orElse(null)).isEqualTo(holiday);
	}

	@Test
	void officialScheduleReplacesTheProvisionalOneWhateverTheOrder() {
		// Provisionally Tết 2025 is 28 Jan–1 Feb with Mon 3 Feb made up; officially 27–31
		// Jan.
		YearSchedule provisional = StatutoryHolidays.provisionalSchedule(2025);
		YearSchedule official = OfficialSchedules.bundled().get(1);
		LocalDate officialDayOff = LocalDate.of(2025, 1, 27);
		LocalDate provisionalDayOff = LocalDate.of(2025, 2, 3);

		for (List<YearSchedule> schedules : List.of(List.of(provisional, official), List.of(official, provisional))) {
			WorkingDayCalendar calendar = WorkingDayCalendar.of(schedules);
			assertThat(calendar.isWorkingDay(officialDayOff)).isFalse();
			assertThat(calendar.isWorkingDay(provisionalDayOff)).isTrue();
			assertThat(calendar.schedule(2025)).contains(official);
		}
		WorkingDayCalendar provisionalOnly = WorkingDayCalendar.of(List.of(provisional));
		assertThat(provisionalOnly.isWorkingDay(officialDayOff)).isTrue();
		assertThat(provisionalOnly.isWorkingDay(provisionalDayOff)).isFalse();
	}

	@Test
	void yearWithoutAnyScheduleHasOnlyWeekendsOff() {
		WorkingDayCalendar weekendsOnly = WorkingDayCalendar.of(List.of());

		assertThat(weekendsOnly.isWorkingDay(LocalDate.of(2025, 1, 1))).isTrue();
		assertThat(weekendsOnly.isWorkingDay(LocalDate.of(2025, 1, 4))).isFalse();
		assertThat(weekendsOnly.schedule(2025)).isEmpty();
	}

	@Test
	void rejectsTwoSchedulesOfTheSameKindForAYear() {
		YearSchedule official = OfficialSchedules.bundled().get(0);

		assertThatIllegalArgumentException().isThrownBy(() -> WorkingDayCalendar.of(List.of(official, official)))
			.withMessageContaining("Two official schedules for 2024");
	}

	@Test
	void rejectsDaysOutsideItsRange() {
		LocalDate beforeRange = LocalDate.of(1899, 12, 31);
		LocalDate afterRange = LocalDate.of(2101, 1, 1);

		assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.isWorkingDay(beforeRange))
			.withMessageContaining("covers 1900-01-01 to 2100-12-31");
		assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.holidayName(afterRange));
		assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.countWorkingDays(beforeRange, afterRange));
		assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.addWorkingDays(WorkingDayCalendar.LAST_DAY, 1))
			.withMessageContaining("leaves");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CALENDAR.addWorkingDays(WorkingDayCalendar.FIRST_DAY, -1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CALENDAR.addWorkingDays(LocalDate.of(2025, 1, 1), Integer.MIN_VALUE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CALENDAR.endOfCalendarPeriod(WorkingDayCalendar.LAST_DAY, 1));
	}

	@Test
	void rejectsNonsensicalLengths() {
		LocalDate day = LocalDate.of(2025, 3, 3);

		assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.endOfCalendarPeriod(day, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.latestDateAtLeastWorkingDaysBefore(day, -1));
	}

}
