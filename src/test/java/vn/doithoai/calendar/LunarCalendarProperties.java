package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Laws of the lunar calendar, checked on every year (and every day) from 1900 to 2100.
 */
class LunarCalendarProperties {

	@Property(generation = GenerationMode.EXHAUSTIVE)
	void everySolarDayRoundTripsThroughTheLunarCalendar(@ForAll @IntRange(min = 1900, max = 2100) int solarYear) {
		for (LocalDate day = LocalDate.of(solarYear, 1, 1); day.getYear() == solarYear; day = day.plusDays(1)) {
			assertThat(LunarCalendar.toSolar(LunarCalendar.toLunar(day))).as("round trip of %s", day).isEqualTo(day);
		}
	}

	@Property(generation = GenerationMode.EXHAUSTIVE)
	void consecutiveSolarDaysAreConsecutiveLunarDays(@ForAll @IntRange(min = 1900, max = 2100) int solarYear) {
		LocalDate last = LocalDate.of(solarYear, 12, 31).isBefore(LunarCalendar.LAST_DAY)
				? LocalDate.of(solarYear + 1, 1, 1) : LunarCalendar.LAST_DAY;
		LunarDate previous = LunarCalendar.toLunar(LocalDate.of(solarYear, 1, 1));
		for (LocalDate day = LocalDate.of(solarYear, 1, 2); !day.isAfter(last); day = day.plusDays(1)) {
			LunarDate current = LunarCalendar.toLunar(day);
			if (current.day() == 1) {
				assertThat(previous.day()).as("last day of the month before %s", day).isIn(29, 30);
				assertThat(current).as("month after %s", previous).isIn(firstDaysOfMonthsThatCanFollow(previous));
			}
			else {
				assertThat(current).as("day after %s", previous)
					.isEqualTo(new LunarDate(previous.day() + 1, previous.month(), previous.year(), previous.leap()));
			}
			previous = current;
		}
	}

	@Property(generation = GenerationMode.EXHAUSTIVE)
	void everyLunarYearHasTwelveOrThirteenMonthsOfTwentyNineOrThirtyDays(
			@ForAll @IntRange(min = 1900, max = 2099) int lunarYear) {
		List<Month> months = monthsBetween(LunarCalendar.toSolar(LunarDate.of(1, 1, lunarYear)),
				LunarCalendar.toSolar(LunarDate.of(1, 1, lunarYear + 1)));

		assertThat(months).hasSizeBetween(12, 13);
		assertThat(months).allSatisfy(month -> assertThat(month.length()).isIn(29, 30));
		assertThat(months.stream().filter(Month::leap).count()).isEqualTo(months.size() - 12L);
	}

	@Property(generation = GenerationMode.EXHAUSTIVE)
	void decemberSolsticeFallsInMonthEleven(@ForAll @IntRange(min = 1900, max = 2100) int solarYear) {
		LocalDate solstice = dayOfDecemberSolstice(solarYear);

		LunarDate lunar = LunarCalendar.toLunar(solstice);

		assertThat(lunar.month()).as("lunar month of the %s solstice (%s)", solarYear, solstice).isEqualTo(11);
		assertThat(lunar.leap()).isFalse();
	}

	@Property(generation = GenerationMode.EXHAUSTIVE)
	void leapMonthIsTheFirstMonthWithoutAMajorSolarTermAfterMonthEleven(
			@ForAll @IntRange(min = 1900, max = 2099) int solarYear) {
		List<Month> months = monthsBetween(LunarCalendar.toSolar(LunarDate.of(1, 11, solarYear)),
				LunarCalendar.toSolar(LunarDate.of(1, 11, solarYear + 1)));

		List<Boolean> withMajorTerm = months.stream().map(LunarCalendarProperties::holdsAMajorSolarTerm).toList();
		int firstWithout = withMajorTerm.indexOf(false);
		int leap = months.stream().map(Month::leap).toList().indexOf(true);
		if (months.size() == 12) {
			assertThat(leap).as("leap month in a 12-month solstice year from %s", solarYear).isEqualTo(-1);
		}
		else {
			assertThat(months).hasSize(13);
			assertThat(leap).as("leap month after month 11 of %s", solarYear).isEqualTo(firstWithout).isPositive();
		}
	}

	/**
	 * The leap month of the same number, or the next month (in the next year after month
	 * 12).
	 */
	private static List<LunarDate> firstDaysOfMonthsThatCanFollow(LunarDate day) {
		LunarDate nextMonth = LunarDate.of(1, day.month() % 12 + 1, (day.month() == 12) ? day.year() + 1 : day.year());
		return day.leap() ? List.of(nextMonth) : List.of(new LunarDate(1, day.month(), day.year(), true), nextMonth);
	}

	/** The day (Hanoi time) during which the sun reaches longitude 270°. */
	private static LocalDate dayOfDecemberSolstice(int solarYear) {
		for (LocalDate day = LocalDate.of(solarYear, 12, 15);; day = day.plusDays(1)) {
			if (LunarAstronomy.sunSectorAtStartOf(day.toEpochDay()) == 8
					&& LunarAstronomy.sunSectorAtStartOf(day.toEpochDay() + 1) == 9) {
				return day;
			}
		}
	}

	private static boolean holdsAMajorSolarTerm(Month month) {
		long first = month.firstDay().toEpochDay();
		return LunarAstronomy.sunSectorAtStartOf(first) != LunarAstronomy.sunSectorAtStartOf(first + month.length());
	}

	/**
	 * The lunar months that start on or after {@code from} and before {@code until},
	 * whole.
	 */
	private static List<Month> monthsBetween(LocalDate from, LocalDate until) {
		List<Month> months = new ArrayList<>();
		LocalDate firstDay = from;
		LunarDate first = LunarCalendar.toLunar(from);
		for (LocalDate day = from.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
			LunarDate lunar = LunarCalendar.toLunar(day);
			if (lunar.day() == 1) {
				months.add(new Month(first.month(), first.leap(), firstDay,
						(int) (day.toEpochDay() - firstDay.toEpochDay())));
				firstDay = day;
				first = lunar;
			}
		}
		return months;
	}

	private record Month(int number, boolean leap, LocalDate firstDay, int length) {
	}

}
