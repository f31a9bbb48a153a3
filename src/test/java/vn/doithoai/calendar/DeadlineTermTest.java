package vn.doithoai.calendar;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of rule counted on the 2026 schedule (DOMAIN §2, DESIGN §5). */
class DeadlineTermTest {

	private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar
		.withStatutoryHolidays(OfficialSchedules.bundled());

	@ParameterizedTest
	@CsvSource({
			// the worked examples of DOMAIN §2
			"7, WORKING_DAYS, BEFORE, 2026-03-04, 2026-02-13", "7, WORKING_DAYS, AFTER, 2026-02-13, 2026-03-03",
			"5, WORKING_DAYS, AFTER, 2026-02-13, 2026-02-27",
			// 7 whole days between: 25 Feb – 3 Mar; the 24th is a Tuesday
			"7, CALENDAR_DAYS, BEFORE, 2026-03-04, 2026-02-24",
			// 7 whole days between means Sun 8 Mar: moved earlier to Fri 6 Mar
			"7, CALENDAR_DAYS, BEFORE, 2026-03-16, 2026-03-06",
			// 10 days after 24 Apr is Mon 4 May; after 21 Apr it is Fri 1 May (holiday):
			// Mon 4 May
			"10, CALENDAR_DAYS, AFTER, 2026-04-24, 2026-05-04", "10, CALENDAR_DAYS, AFTER, 2026-04-21, 2026-05-04",
			// 30 days after 2 Aug is Tue 1 Sep (holiday), then Wed 2 Sep (holiday): Thu 3
			// Sep
			"30, CALENDAR_DAYS, AFTER, 2026-08-02, 2026-09-03" })
	void dueDates(int count, DeadlineUnit unit, DeadlineDirection direction, LocalDate anchor, LocalDate due) {
		assertThat(new DeadlineTerm(count, unit, direction).dueDate(CALENDAR, anchor)).isEqualTo(due);
	}

}
