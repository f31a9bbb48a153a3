package vn.doithoai.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LunarCalendarTest {

	// Tết dates: DOMAIN.md §3 (published holiday schedules).
	@ParameterizedTest(name = "Tết {0} is {1}")
	@CsvSource({ "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06" })
	void tetIsTheFirstDayOfTheFirstLunarMonth(int lunarYear, LocalDate tet) {
		assertThat(LunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(1, 1, lunarYear));
		assertThat(LunarCalendar.toSolar(LunarDate.of(1, 1, lunarYear))).isEqualTo(tet);
	}

	// Giỗ Tổ Hùng Vương dates: DOMAIN.md §2–§3 (the days off of the official schedules).
	@ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
	@CsvSource({ "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26" })
	void gioToHungVuongIsTheTenthDayOfTheThirdLunarMonth(int lunarYear, LocalDate gioTo) {
		assertThat(LunarCalendar.toSolar(LunarDate.of(10, 3, lunarYear))).isEqualTo(gioTo);
		assertThat(LunarCalendar.toLunar(gioTo)).isEqualTo(LunarDate.of(10, 3, lunarYear));
	}

	// DOMAIN.md §3: Tết where Hanoi time (UTC+7) and Beijing time (UTC+8) give different
	// days.
	// On China's Tết Vietnam is already on day 2, except 1985, when Vietnam was a month
	// ahead.
	@ParameterizedTest(name = "Tết {0} is {1} in Vietnam, China''s Tết {2} is {3} here")
	@CsvSource({ "1985, 1985-01-21, 1985-02-20, 1/2/1985", "2007, 2007-02-17, 2007-02-18, 2/1/2007",
			"2030, 2030-02-02, 2030-02-03, 2/1/2030", "2053, 2053-02-18, 2053-02-19, 2/1/2053" })
	void tetFollowsHanoiTimeNotBeijingTime(int lunarYear, LocalDate vietnameseTet, LocalDate chineseTet,
			String lunarDateOfChineseTet) {
		assertThat(LunarCalendar.toLunar(vietnameseTet)).isEqualTo(LunarDate.of(1, 1, lunarYear));
		assertThat(LunarCalendar.toLunar(chineseTet)).hasToString(lunarDateOfChineseTet);
	}

	// Months whose new moon falls within minutes of midnight, Hanoi time. The expected
	// first days
	// come from the new-moon instants of an independent ephemeris (astronomy-engine
	// 2.1.19,
	// VSOP87/ELP-based, SearchMoonPhase), quoted per row; the published algorithm agrees
	// within
	// two minutes for each. 2006-06-25 is also the example the State calendar office
	// (Trần Tiến
	// Bình) gave for a month Vietnam starts a day before China (new moon 23:05 Hanoi
	// time).
	@ParameterizedTest(name = "{0} is {1}, the day before is {2}")
	@CsvSource({ "1944-06-21, 1/5/1944, 30/4 nhuận/1944", // new moon 00:00:12 on the 21st
			"1967-07-08, 1/6/1967, 30/5/1967", // 00:00:41 on the 8th
			"1995-09-24, 1/8 nhuận/1995, 29/8/1995", // 23:55 on the 24th (00:55 in China,
														// the 25th)
			"1996-12-10, 1/11/1996, 29/10/1996", // 23:56 on the 10th
			"1997-10-01, 1/9/1997, 29/8/1997", // 23:52 on the 1st
			"1997-12-29, 1/12/1997, 29/11/1997", // 23:57 on the 29th
			"1998-09-21, 1/8/1998, 30/7/1998", // 00:02 on the 21st
			"2006-06-25, 1/6/2006, 29/5/2006", // 23:05 on the 25th (published example)
			"2008-11-27, 1/11/2008, 29/10/2008", // 23:55 on the 27th
			"2031-04-21, 1/3 nhuận/2031, 29/3/2031" // 23:57 on the 21st: starts the leap
													// month
	})
	void monthStartsOnTheHanoiDayOfTheNewMoon(LocalDate firstDay, String lunarDate, String dayBefore) {
		assertThat(LunarCalendar.toLunar(firstDay)).hasToString(lunarDate);
		assertThat(LunarCalendar.toLunar(firstDay.minusDays(1))).hasToString(dayBefore);
	}

	// Leap months 2020 (4), 2023 (2), 2025 (6) as the Vietnamese calendars publish them.
	// 2033's leap month 11, the rare leap month right after the solstice month, checked
	// with the
	// ephemeris: solstice 21 Dec 20:45, new moons 22 Dec 01:47 and 20 Jan 17:02, and the
	// next
	// major term (300°) on 20 Jan 07:26 (Hanoi time), so the month from 22 Dec has none.
	@ParameterizedTest(name = "lunar {0} has leap month {1} from {2} to {3}")
	@CsvSource({ "2020, 4, 2020-05-23, 2020-06-20", "2023, 2, 2023-03-22, 2023-04-19",
			"2025, 6, 2025-07-25, 2025-08-22", "2033, 11, 2033-12-22, 2034-01-19" })
	void leapMonthRepeatsTheNumberOfTheMonthBefore(int lunarYear, int month, LocalDate firstDay, LocalDate lastDay) {
		assertThat(LunarCalendar.toSolar(new LunarDate(1, month, lunarYear, true))).isEqualTo(firstDay);
		assertThat(LunarCalendar.toLunar(lastDay).leap()).isTrue();
		assertThat(LunarCalendar.toLunar(lastDay.plusDays(1)))
			.isEqualTo(LunarDate.of(1, month % 12 + 1, (month == 12) ? lunarYear + 1 : lunarYear));
		assertThat(LunarCalendar.toLunar(firstDay.minusDays(1))).extracting(LunarDate::month, LunarDate::leap)
			.containsExactly(month, false);
	}

	@Test
	void rejectsALeapMonthTheYearDoesNotHave() {
		assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toSolar(new LunarDate(1, 3, 2024, true)))
			.withMessageContaining("no leap month 3");
	}

	@Test
	void rejectsDayThirtyOfATwentyNineDayMonth() {
		// Month 12 of 2025 ends on 2026-02-16, the day before Tết 2026: it has 29 days.
		assertThat(LunarCalendar.toSolar(LunarDate.of(29, 12, 2025))).isEqualTo(LocalDate.of(2026, 2, 16));
		assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(30, 12, 2025)))
			.withMessageContaining("has 29 days");
	}

	@ParameterizedTest(name = "rejects {0}")
	@CsvSource({ "1899-12-31", "2101-01-01", "0001-01-01" })
	void rejectsSolarDatesOutsideTheSupportedYears(LocalDate date) {
		assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toLunar(date))
			.withMessageContaining("1900-01-01 to 2100-12-31");
	}

	@ParameterizedTest(name = "rejects lunar {0}/{1}/{2}")
	@CsvSource({ "1, 11, 1899", "1, 1, 2101", "1, 1, 1850", "1, 1, 2200" })
	void rejectsLunarDatesOutsideTheSupportedYears(int day, int month, int year) {
		assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(day, month, year)))
			.withMessageContaining("outside the supported range");
	}

	@Test
	void convertsTheFirstAndLastSupportedDays() {
		// New moon at 13:52 UT (20:52 in Hanoi) on 1 January 1900, the algorithm's
		// lunation 0.
		assertThat(LunarCalendar.toLunar(LunarCalendar.FIRST_DAY)).isEqualTo(LunarDate.of(1, 12, 1899));
		assertThat(LunarCalendar.toSolar(LunarCalendar.toLunar(LunarCalendar.LAST_DAY)))
			.isEqualTo(LunarCalendar.LAST_DAY);
	}

	@ParameterizedTest(name = "rejects day {0} of month {1}")
	@CsvSource({ "0, 1", "31, 1", "1, 0", "1, 13" })
	void lunarDateRejectsImpossibleNumbers(int day, int month) {
		assertThatIllegalArgumentException().isThrownBy(() -> LunarDate.of(day, month, 2025));
	}

}
