package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class YearScheduleTest {

	@Test
	void keepsDaysInDateOrder() {
		YearSchedule schedule = YearSchedule.official(2025,
				List.of(dayOff("2025-05-02"), dayOff("2025-04-30"), dayOff("2025-05-01")),
				List.of(LocalDate.of(2025, 4, 26)));

		assertThat(schedule.daysOff()).extracting(DayOff::date)
			.containsExactly(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2));
	}

	@ParameterizedTest(name = "rejects days off {0} with working Saturdays {1}")
	@CsvSource(delimiter = '|',
			value = { "2025-04-30 | 2025-04-27 | 2025-04-27 is a Sunday, not a Saturday",
					"2025-04-30 2025-04-30 | - | Day off 2025-04-30 is listed twice",
					"- | 2025-04-26 2025-04-26 | Working Saturday 2025-04-26 is listed twice",
					"2025-04-26 | 2025-04-26 | 2025-04-26 is listed both as a day off and as a working Saturday",
					"2025-04-27 | - | Day off 2025-04-27 is a Sunday, a rest day already",
					"2024-12-31 | - | The schedule for 2025 cannot list 2024-12-31" })
	void rejectsInconsistentDays(String daysOff, String workingSaturdays, String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> YearSchedule.official(2025, dates(daysOff).stream().map(this::dayOff).toList(),
					dates(workingSaturdays)))
			.withMessageContaining(message);
	}

	@ParameterizedTest(name = "rejects year {0}")
	@CsvSource({ "1899", "2101" })
	void rejectsYearsOutsideTheCalendar(int year) {
		assertThatIllegalArgumentException().isThrownBy(() -> YearSchedule.provisional(year, List.of()))
			.withMessageContaining("1900–2100");
	}

	@Test
	void dayOffNeedsAName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DayOff(LocalDate.of(2025, 4, 30), " "));
	}

	private DayOff dayOff(LocalDate date) {
		return new DayOff(date, StatutoryHolidays.VICTORY_DAY);
	}

	private static DayOff dayOff(String date) {
		return new DayOff(LocalDate.parse(date), StatutoryHolidays.VICTORY_DAY);
	}

	private static List<LocalDate> dates(String text) {
		return text.equals("-") ? List.of() : List.of(text.split(" ")).stream().map(LocalDate::parse).toList();
	}

}
