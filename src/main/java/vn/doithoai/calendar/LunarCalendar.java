package vn.doithoai.calendar;

import java.time.LocalDate;

/**
 * Converts between solar (Gregorian) dates and the Vietnamese lunar calendar, computed at
 * Hanoi time (UTC+7) with Hồ Ngọc Đức's astronomical algorithm, for solar years
 * 1900–2100.
 * <p>
 * Months start on the day of the new moon; the December solstice falls in month 11; in a
 * year of 13 months the first month after month 11 without a major solar term is the leap
 * month.
 */
public final class LunarCalendar {

	/** First solar day that can be converted. */
	public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

	/** Last solar day that can be converted. */
	public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

	private LunarCalendar() {
	}

	/** The lunar date of a solar day between 1900-01-01 and 2100-12-31. */
	public static LunarDate toLunar(LocalDate date) {
		if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
			throw new IllegalArgumentException(
					"The lunar calendar covers " + FIRST_DAY + " to " + LAST_DAY + ", not " + date);
		}
		return Months.TABLE.lunarDateOf(date.toEpochDay());
	}

	/**
	 * The solar day of a lunar date.
	 * @throws IllegalArgumentException when the lunar date does not exist (day 30 of a
	 * 29-day month, a leap month the year does not have) or falls outside 1900-01-01 …
	 * 2100-12-31
	 */
	public static LocalDate toSolar(LunarDate date) {
		LocalDate solar = LocalDate.ofEpochDay(Months.TABLE.epochDayOf(date));
		if (solar.isBefore(FIRST_DAY) || solar.isAfter(LAST_DAY)) {
			throw new IllegalArgumentException("Lunar date " + date + " is " + solar + ", outside the supported range "
					+ FIRST_DAY + " to " + LAST_DAY);
		}
		return solar;
	}

	/**
	 * Holds the month table: the JVM builds it once, lazily and thread-safely, on first
	 * use.
	 */
	private static final class Months {

		// Month 11 of 1899 (December 1899) to month 11 of 2101: covers 1900-01-01 …
		// 2100-12-31.
		static final LunarMonthTable TABLE = LunarMonthTable.between(1899, 2101);

	}

}
