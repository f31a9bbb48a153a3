package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Every lunar month between two December solstices, computed once from the astronomy so
 * that a conversion is a binary search instead of a dozen trigonometric series.
 */
final class LunarMonthTable {

	/** Epoch day of each month's first day, then of the day after the last month. */
	private final int[] firstDays;

	private final int[] years;

	private final byte[] months;

	private final boolean[] leaps;

	private final int firstLunarYear;

	/**
	 * For each lunar year from {@link #firstLunarYear}, the index of its first month
	 * here.
	 */
	private final int[] firstMonthOfYear;

	private LunarMonthTable(int[] firstDays, int[] years, byte[] months, boolean[] leaps) {
		this.firstDays = firstDays;
		this.years = years;
		this.months = months;
		this.leaps = leaps;
		this.firstLunarYear = years[0];
		this.firstMonthOfYear = new int[years[years.length - 1] - this.firstLunarYear + 1];
		for (int i = years.length - 1; i >= 0; i--) {
			this.firstMonthOfYear[years[i] - this.firstLunarYear] = i;
		}
	}

	/**
	 * The months from month 11 of {@code firstSolarYear} up to (not including) month 11
	 * of {@code lastSolarYear}.
	 */
	static LunarMonthTable between(int firstSolarYear, int lastSolarYear) {
		int monthCapacity = (lastSolarYear - firstSolarYear) * 13 + 1;
		int[] firstDays = new int[monthCapacity];
		int[] years = new int[monthCapacity];
		byte[] months = new byte[monthCapacity];
		boolean[] leaps = new boolean[monthCapacity];
		int count = 0;
		int solsticeMonth = lunationOfMonth11(firstSolarYear);
		for (int year = firstSolarYear; year < lastSolarYear; year++) {
			int nextSolsticeMonth = lunationOfMonth11(year + 1);
			int monthsUntilNextSolstice = nextSolsticeMonth - solsticeMonth;
			int leapOffset = (monthsUntilNextSolstice == 13) ? firstMonthWithoutMajorTerm(solsticeMonth) : -1;
			int number = 11;
			int lunarYear = year;
			for (int offset = 0; offset < monthsUntilNextSolstice; offset++) {
				boolean leap = offset == leapOffset;
				if (offset > 0 && !leap) {
					number = number % 12 + 1;
				}
				if (number == 1) {
					lunarYear = year + 1;
				}
				firstDays[count] = Math.toIntExact(LunarAstronomy.newMoonEpochDay(solsticeMonth + offset));
				years[count] = lunarYear;
				months[count] = (byte) number;
				leaps[count] = leap;
				count++;
			}
			solsticeMonth = nextSolsticeMonth;
		}
		firstDays[count] = Math.toIntExact(LunarAstronomy.newMoonEpochDay(solsticeMonth));
		return new LunarMonthTable(Arrays.copyOf(firstDays, count + 1), Arrays.copyOf(years, count),
				Arrays.copyOf(months, count), Arrays.copyOf(leaps, count));
	}

	/**
	 * Index of the new moon that starts month 11, the month holding the December
	 * solstice.
	 */
	static int lunationOfMonth11(int solarYear) {
		long lastDayOfYear = LocalDate.of(solarYear, 12, 31).toEpochDay();
		int lunation = LunarAstronomy.lunationAtOrBeforeEpochDay(lastDayOfYear);
		// Sector 9 starts at the solstice (270°): a month starting after it is month 12.
		if (LunarAstronomy.sunSectorAtStartOf(LunarAstronomy.newMoonEpochDay(lunation)) >= 9) {
			return lunation - 1;
		}
		return lunation;
	}

	/**
	 * Offset from month 11 of the first month in which no major solar term falls: the sun
	 * is in the same sector when it starts as when the next month starts.
	 */
	static int firstMonthWithoutMajorTerm(int solsticeMonth) {
		int sectorAtStart = LunarAstronomy.sunSectorAtStartOf(LunarAstronomy.newMoonEpochDay(solsticeMonth + 1));
		for (int offset = 1; offset <= 12; offset++) {
			int sectorAtNextStart = LunarAstronomy
				.sunSectorAtStartOf(LunarAstronomy.newMoonEpochDay(solsticeMonth + offset + 1));
			if (sectorAtNextStart == sectorAtStart) {
				return offset;
			}
			sectorAtStart = sectorAtNextStart;
		}
		throw new IllegalStateException("No month without a major solar term after lunation " + solsticeMonth);
	}

	long firstDay() {
		return this.firstDays[0];
	}

	/** The day after the last month of the table. */
	long endDay() {
		return this.firstDays[this.firstDays.length - 1];
	}

	/**
	 * The lunar date of an epoch day between {@link #firstDay()} and {@link #endDay()}.
	 */
	LunarDate lunarDateOf(long epochDay) {
		int search = Arrays.binarySearch(this.firstDays, (int) epochDay);
		int month = (search >= 0) ? search : -search - 2;
		return new LunarDate((int) (epochDay - this.firstDays[month]) + 1, this.months[month], this.years[month],
				this.leaps[month]);
	}

	/** The epoch day of a lunar date, or an explanation of why it does not exist. */
	long epochDayOf(LunarDate date) {
		int month = indexOfMonth(date);
		int length = this.firstDays[month + 1] - this.firstDays[month];
		if (date.day() > length) {
			throw new IllegalArgumentException("Lunar date " + date + " does not exist: month " + describeMonth(date)
					+ " has " + length + " days");
		}
		return this.firstDays[month] + date.day() - 1L;
	}

	private int indexOfMonth(LunarDate date) {
		int yearIndex = date.year() - this.firstLunarYear;
		if (yearIndex < 0 || yearIndex >= this.firstMonthOfYear.length) {
			throw new IllegalArgumentException("Lunar date " + date + " is outside the supported range");
		}
		for (int i = this.firstMonthOfYear[yearIndex]; i < this.years.length && this.years[i] == date.year(); i++) {
			if (this.months[i] == date.month() && this.leaps[i] == date.leap()) {
				return i;
			}
		}
		if (date.leap()) {
			throw new IllegalArgumentException("Lunar date " + date + " does not exist: lunar year " + date.year()
					+ " has no leap month " + date.month());
		}
		throw new IllegalArgumentException("Lunar date " + date + " is outside the supported range");
	}

	private static String describeMonth(LunarDate date) {
		return date.month() + (date.leap() ? " nhuận" : "") + "/" + date.year();
	}

}
