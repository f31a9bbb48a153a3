package vn.doithoai.calendar;

/**
 * The astronomy behind the Vietnamese lunar calendar: new moons and the sun's longitude,
 * after the simplified Meeus formulas published by Hồ Ngọc Đức, at Hanoi time (UTC+7).
 */
final class LunarAstronomy {

	/** Hanoi's meridian (105°E) is what makes the Vietnamese calendar Vietnamese. */
	static final double TIME_ZONE_HOURS = 7;

	/** Julian day number of 1970-01-01, to move between Julian days and epoch days. */
	private static final long JULIAN_DAY_OF_EPOCH = 2_440_588;

	/** Time of new moon 0 (6 January 1900, 13:52 UT), in Julian days. */
	private static final double FIRST_NEW_MOON = 2_415_021.076998695;

	/** Mean length of a lunation, in days. */
	static final double SYNODIC_MONTH = 29.530588853;

	private static final double RADIANS_PER_DEGREE = Math.PI / 180;

	private LunarAstronomy() {
	}

	/**
	 * Moment of the k-th new moon after the one of January 1900, in Julian days (UT).
	 */
	static double newMoonJulianDay(int k) {
		double t = k / 1236.85; // Julian centuries since 1900-01-00.5
		double t2 = t * t;
		double t3 = t2 * t;
		double meanNewMoon = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
				+ 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
		double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double moonLatitudeArgument = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly) + 0.0021 * sin(2 * sunAnomaly)
				- 0.4068 * sin(moonAnomaly) + 0.0161 * sin(2 * moonAnomaly) - 0.0004 * sin(3 * moonAnomaly)
				+ 0.0104 * sin(2 * moonLatitudeArgument) - 0.0051 * sin(sunAnomaly + moonAnomaly)
				- 0.0074 * sin(sunAnomaly - moonAnomaly) + 0.0004 * sin(2 * moonLatitudeArgument + sunAnomaly)
				- 0.0004 * sin(2 * moonLatitudeArgument - sunAnomaly)
				- 0.0006 * sin(2 * moonLatitudeArgument + moonAnomaly)
				+ 0.0010 * sin(2 * moonLatitudeArgument - moonAnomaly) + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
		return meanNewMoon + correction - deltaT(t);
	}

	/**
	 * Dynamical minus universal time, in days, as the published algorithm estimates it
	 * for the 20th and 21st centuries (its other branch is for years before 800).
	 */
	private static double deltaT(double t) {
		return -0.000278 + 0.000265 * t + 0.000262 * t * t;
	}

	/** Epoch day (Hanoi date) of the day that holds the k-th new moon. */
	static long newMoonEpochDay(int k) {
		return (long) Math.floor(newMoonJulianDay(k) + 0.5 + TIME_ZONE_HOURS / 24) - JULIAN_DAY_OF_EPOCH;
	}

	/** Index of the mean new moon at or before the given Julian day number. */
	static int lunationAtOrBefore(long julianDayNumber) {
		return (int) Math.floor((julianDayNumber - FIRST_NEW_MOON) / SYNODIC_MONTH);
	}

	/** Index of the mean new moon at or before the given epoch day. */
	static int lunationAtOrBeforeEpochDay(long epochDay) {
		return lunationAtOrBefore(epochDay + JULIAN_DAY_OF_EPOCH);
	}

	/**
	 * The sun's apparent longitude in degrees [0, 360) at the given moment in Julian days
	 * (UT).
	 */
	static double sunLongitudeDegrees(double julianDay) {
		double t = (julianDay - 2_451_545.0) / 36525; // Julian centuries since J2000.0
		double t2 = t * t;
		double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double equationOfCentre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(meanAnomaly)
				+ (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly) + 0.000290 * sin(3 * meanAnomaly);
		double longitude = meanLongitude + equationOfCentre;
		return longitude - 360 * Math.floor(longitude / 360);
	}

	/**
	 * The 30° sector of the ecliptic (0 = from the March equinox … 11) where the sun is
	 * at the start (00:00 Hanoi time) of the given day; a major solar term falls on a day
	 * when the sector changes during it.
	 */
	static int sunSectorAtStartOf(long epochDay) {
		double localMidnight = epochDay + JULIAN_DAY_OF_EPOCH - 0.5 - TIME_ZONE_HOURS / 24;
		return (int) Math.floor(sunLongitudeDegrees(localMidnight) / 30);
	}

	private static double sin(double degrees) {
		return Math.sin(degrees * RADIANS_PER_DEGREE);
	}

}
