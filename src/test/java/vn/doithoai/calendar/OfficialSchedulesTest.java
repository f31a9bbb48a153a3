package vn.doithoai.calendar;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OfficialSchedulesTest {

	@Test
	void bundledFileHoldsTheAnnouncedSchedulesOf2024To2026() {
		List<YearSchedule> schedules = OfficialSchedules.bundled();

		assertThat(schedules).extracting(YearSchedule::year).containsExactly(2024, 2025, 2026);
		assertThat(schedules).allSatisfy(schedule -> assertThat(schedule.official()).isTrue());
		assertThat(schedules).extracting(schedule -> schedule.daysOff().size()).containsExactly(12, 12, 13);
		assertThat(schedules).extracting(YearSchedule::workingSaturdays)
			.containsExactly(List.of(LocalDate.of(2024, 5, 4)), List.of(LocalDate.of(2025, 4, 26)),
					List.of(LocalDate.of(2026, 8, 22)));
	}

	// DOMAIN.md §2, weekday by weekday.
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({
			"2024, 2024-01-01 2024-02-08 2024-02-09 2024-02-12 2024-02-13 2024-02-14 2024-04-18 "
					+ "2024-04-29 2024-04-30 2024-05-01 2024-09-02 2024-09-03",
			"2025, 2025-01-01 2025-01-27 2025-01-28 2025-01-29 2025-01-30 2025-01-31 2025-04-07 "
					+ "2025-04-30 2025-05-01 2025-05-02 2025-09-01 2025-09-02",
			"2026, 2026-01-01 2026-01-02 2026-02-16 2026-02-17 2026-02-18 2026-02-19 2026-02-20 "
					+ "2026-04-27 2026-04-30 2026-05-01 2026-08-31 2026-09-01 2026-09-02" })
	void bundledFileListsTheWeekdaysOffOfDomainSection2(int year, String daysOff) {
		YearSchedule schedule = OfficialSchedules.bundled().get(year - 2024);

		assertThat(schedule.daysOff()).extracting(dayOff -> dayOff.date().toString())
			.containsExactly(daysOff.split(" "));
	}

	@Test
	void bundledNamesAreVietnameseInComposedForm() {
		assertThat(OfficialSchedules.bundled()).flatExtracting(YearSchedule::daysOff)
			.extracting(DayOff::name)
			.containsOnly("Tết Dương lịch", "Tết Nguyên đán", "Giỗ Tổ Hùng Vương", "Ngày Chiến thắng",
					"Ngày Quốc tế Lao động", "Quốc khánh", "Nghỉ bù", "Hoán đổi ngày làm việc");
	}

	@Test
	void loadsRowsInAnyOrderIgnoringCommentsAndNormalisingNames() {
		String decomposed = Normalizer.normalize("Quốc khánh", Normalizer.Form.NFD);

		List<YearSchedule> schedules = OfficialSchedules.load(csv("""
				\uFEFFdate,kind,name
				# a comment
				2030-09-03,DAY_OFF,%s

				2030-09-02,DAY_OFF,Quốc khánh
				2030-08-31,WORKING_SATURDAY,Làm bù
				2029-01-01,DAY_OFF,Tết Dương lịch
				""".formatted(decomposed)));

		assertThat(schedules).containsExactly(
				YearSchedule.official(2029, List.of(new DayOff(LocalDate.of(2029, 1, 1), "Tết Dương lịch")), List.of()),
				YearSchedule.official(2030,
						List.of(new DayOff(LocalDate.of(2030, 9, 2), "Quốc khánh"),
								new DayOff(LocalDate.of(2030, 9, 3), "Quốc khánh")),
						List.of(LocalDate.of(2030, 8, 31))));
	}

	@ParameterizedTest(name = "rejects {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"2025-04-27,WORKING_SATURDAY,Làm bù | a working Saturday that is a Sunday | working Saturday 2025-04-27 is a Sunday, not a Saturday",
			"2025-04-30,DAY_OFF,Ngày Chiến thắng\\n2025-04-30,DAY_OFF,Ngày Chiến thắng | a duplicate date | Line 3: 2025-04-30 is listed twice (line 2)",
			"2025-05-02,DAY_OFF,Nghỉ\\n2025-05-02,WORKING_SATURDAY,Làm bù | a day off that is also worked | Line 3: 2025-05-02 is listed both as a day off and as a working Saturday (line 2)",
			"2025-04-26,WORKING_SATURDAY,Làm bù\\n2025-04-26,DAY_OFF,Nghỉ | a Saturday both worked and off | Line 3: 2025-04-26 is listed both as a day off and as a working Saturday (line 2)",
			"2025-04-26,WORKING_SATURDAY,Làm bù\\n2025-04-26,WORKING_SATURDAY,Làm bù | a working Saturday listed twice | 2025-04-26 is listed twice",
			"2025-04-27,DAY_OFF,Giỗ Tổ | a day off on a Sunday | day off 2025-04-27 is a Sunday",
			"2025-02-30,DAY_OFF,Tết | an impossible date | '2025-02-30' is not a date",
			"2025-04-30,HOLIDAY,Tết | an unknown kind | kind must be DAY_OFF or WORKING_SATURDAY, not 'HOLIDAY'",
			"2025-04-30,DAY_OFF | a missing name column | expected date,kind,name",
			"2025-04-30,DAY_OFF, | an empty name | needs a name" })
	void rejectsABadRowNamingTheLine(String rows, String what, String message) {
		InputStream file = csv("date,kind,name\n" + rows.replace("\\n", "\n"));

		assertThatIllegalArgumentException().isThrownBy(() -> OfficialSchedules.load(file))
			.withMessageContaining(message);
	}

	@Test
	void rejectsAFileWithoutTheHeader() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OfficialSchedules.load(csv("2025-04-30,DAY_OFF,Ngày Chiến thắng\n")))
			.withMessageContaining("date,kind,name");
		assertThatIllegalArgumentException().isThrownBy(() -> OfficialSchedules.load(csv("")));
	}

	private static InputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
