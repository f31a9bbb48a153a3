package vn.doithoai.calendar;

/**
 * A day of the Vietnamese lunar calendar: day 1–30 of month 1–12 of a lunar year, in the
 * leap (intercalary) month when {@code leap} is true.
 *
 * @param day day of the lunar month, 1–30
 * @param month lunar month, 1–12 (a leap month carries the number of the month before it)
 * @param year lunar year, numbered as the solar year in which its Tết falls
 * @param leap whether the month is the year's leap month (tháng nhuận)
 */
public record LunarDate(int day, int month, int year, boolean leap) {

	public LunarDate {
		if (day < 1 || day > 30) {
			throw new IllegalArgumentException("A lunar day is 1–30, not " + day);
		}
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("A lunar month is 1–12, not " + month);
		}
	}

	/** A day of an ordinary (not leap) lunar month. */
	public static LunarDate of(int day, int month, int year) {
		return new LunarDate(day, month, year, false);
	}

	/** As Vietnamese calendars write it: "10/3/2025", "1/6 nhuận/2025". */
	@Override
	public String toString() {
		return this.day + "/" + this.month + (this.leap ? " nhuận" : "") + "/" + this.year;
	}

}
