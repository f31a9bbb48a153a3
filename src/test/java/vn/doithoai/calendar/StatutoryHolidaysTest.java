package vn.doithoai.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StatutoryHolidaysTest {

	// Substitute days the government gave in past years for holidays on a weekend; the
	// rule of
	// Điều 112 khoản 3 reproduces them (Tết aside, whose days the government picks each
	// year).
	@ParameterizedTest(name = "{0} is a substitute day off ({1})")
	@CsvSource({ "2017-01-02, Sun 1 Jan", "2017-05-02, Sun 30 Apr", "2017-09-04, Sat 2 Sep", "2022-01-03, Sat 1 Jan",
			"2022-04-11, Giỗ Tổ on Sun 10 Apr", "2022-05-02, Sat 30 Apr", "2022-05-03, Sun 1 May",
			"2023-05-02, Giỗ Tổ on Sat 29 Apr", "2023-05-03, Sun 30 Apr", "2023-09-04, Sat 2 Sep",
			"2026-04-27, Giỗ Tổ on Sun 26 Apr (DOMAIN.md §2)" })
	void holidayOnAWeekendGivesTheNextFreeWorkingDayOff(LocalDate substitute, String holiday) {
		assertThat(StatutoryHolidays.provisionalSchedule(substitute.getYear()).daysOff())
			.contains(new DayOff(substitute, StatutoryHolidays.SUBSTITUTE_DAY));
	}

	@Test
	void provisional2027HasTetOnTheWeekendMadeUpAfterTheBreak() {
		// Lunar 1/1/2027 is Sat 6 Feb, so Tết is Fri 5 (the last day of the lunar year)
		// to Tue 9 Feb;
		// Sat 6 and Sun 7 are made up on Wed 10 and Thu 11. 1 May 2027 is a Saturday: Mon
		// 3 May.
		YearSchedule schedule = StatutoryHolidays.provisionalSchedule(2027);

		assertThat(schedule.official()).isFalse();
		assertThat(schedule.workingSaturdays()).isEmpty();
		assertThat(schedule.daysOff()).containsExactly(dayOff("2027-01-01", StatutoryHolidays.NEW_YEAR),
				dayOff("2027-02-05", StatutoryHolidays.TET), dayOff("2027-02-08", StatutoryHolidays.TET),
				dayOff("2027-02-09", StatutoryHolidays.TET), dayOff("2027-02-10", StatutoryHolidays.SUBSTITUTE_DAY),
				dayOff("2027-02-11", StatutoryHolidays.SUBSTITUTE_DAY),
				dayOff("2027-04-16", StatutoryHolidays.HUNG_KINGS), dayOff("2027-04-30", StatutoryHolidays.VICTORY_DAY),
				dayOff("2027-05-03", StatutoryHolidays.SUBSTITUTE_DAY),
				dayOff("2027-09-01", StatutoryHolidays.NATIONAL_DAY),
				dayOff("2027-09-02", StatutoryHolidays.NATIONAL_DAY));
	}

	@Test
	void substituteDaysSkipDaysAlreadyOff() {
		// Tết 2023 is Sun 22 Jan: Sat 21 and Sun 22 are made up after 23–25 Jan, on Thu
		// 26 and Fri 27.
		assertThat(StatutoryHolidays.provisionalSchedule(2023).daysOff())
			.filteredOn(dayOff -> dayOff.date().getMonthValue() == 1)
			.containsExactly(dayOff("2023-01-02", StatutoryHolidays.SUBSTITUTE_DAY),
					dayOff("2023-01-23", StatutoryHolidays.TET), dayOff("2023-01-24", StatutoryHolidays.TET),
					dayOff("2023-01-25", StatutoryHolidays.TET), dayOff("2023-01-26", StatutoryHolidays.SUBSTITUTE_DAY),
					dayOff("2023-01-27", StatutoryHolidays.SUBSTITUTE_DAY));
	}

	@Test
	void holidaysOnTheSameDayAreOneDayOffWithBothNames() {
		// In 1947 lunar 10/3 fell on 30 April.
		assertThat(StatutoryHolidays.holidaysOf(1947)).containsEntry(LocalDate.of(1947, 4, 30),
				StatutoryHolidays.HUNG_KINGS + ", " + StatutoryHolidays.VICTORY_DAY);
	}

	private static DayOff dayOff(String date, String name) {
		return new DayOff(LocalDate.parse(date), name);
	}

}
