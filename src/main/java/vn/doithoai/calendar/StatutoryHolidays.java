package vn.doithoai.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public holidays of the Labour Code (Bộ luật Lao động 2019, Điều 112), turned into a
 * provisional schedule for a year whose official schedule has not been announced yet.
 * <p>
 * The holidays: 1 January; Tết Nguyên đán, 5 days, provisionally the last day of the
 * lunar year and lunar 1/1 to 4/1 (the government picks the actual days each year); Giỗ
 * Tổ Hùng Vương, lunar 10/3; 30 April; 1 May; 2 September and, provisionally, 1
 * September. When a holiday falls on a Saturday or Sunday, the next working day is a
 * substitute day off ("nghỉ bù", Điều 112 khoản 3); several such holidays take successive
 * working days. Swapped days and working Saturdays exist only in official schedules.
 */
public final class StatutoryHolidays {

	/** 1 January. */
	public static final String NEW_YEAR = "Tết Dương lịch";

	/** The lunar new year. */
	public static final String TET = "Tết Nguyên đán";

	/** Lunar 10/3, the Hùng Kings' commemoration. */
	public static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";

	/** 30 April, reunification day. */
	public static final String VICTORY_DAY = "Ngày Chiến thắng";

	/** 1 May. */
	public static final String LABOUR_DAY = "Ngày Quốc tế Lao động";

	/** 2 September and the day next to it. */
	public static final String NATIONAL_DAY = "Quốc khánh";

	/** A weekday off in place of a holiday that fell on a weekend. */
	public static final String SUBSTITUTE_DAY = "Nghỉ bù";

	/** A weekday off traded for a working Saturday. */
	public static final String SWAPPED_DAY = "Hoán đổi ngày làm việc";

	private StatutoryHolidays() {
	}

	/** The provisional schedule of a solar year (1900–2100), by today's Labour Code. */
	public static YearSchedule provisionalSchedule(int year) {
		Map<LocalDate, String> holidays = holidaysOf(year);
		List<DayOff> daysOff = new ArrayList<>();
		Set<LocalDate> taken = new HashSet<>(holidays.keySet());
		holidays.forEach((date, name) -> {
			if (!YearSchedule.isWeekend(date)) {
				daysOff.add(new DayOff(date, name));
			}
			else {
				LocalDate substitute = nextFreeWeekday(date, taken);
				taken.add(substitute);
				daysOff.add(new DayOff(substitute, SUBSTITUTE_DAY));
			}
		});
		return YearSchedule.provisional(year, daysOff);
	}

	/** Every statutory holiday of the year, weekend or not, in date order. */
	static Map<LocalDate, String> holidaysOf(int year) {
		Map<LocalDate, String> holidays = new TreeMap<>();
		holidays.put(LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR);
		LocalDate tet = LunarCalendar.toSolar(LunarDate.of(1, 1, year));
		for (LocalDate day = tet.minusDays(1); day.isBefore(tet.plusDays(4)); day = day.plusDays(1)) {
			holidays.put(day, TET);
		}
		holidays.merge(LunarCalendar.toSolar(LunarDate.of(10, 3, year)), HUNG_KINGS, StatutoryHolidays::both);
		holidays.merge(LocalDate.of(year, Month.APRIL, 30), VICTORY_DAY, StatutoryHolidays::both);
		holidays.put(LocalDate.of(year, Month.MAY, 1), LABOUR_DAY);
		holidays.put(LocalDate.of(year, Month.SEPTEMBER, 1), NATIONAL_DAY);
		holidays.put(LocalDate.of(year, Month.SEPTEMBER, 2), NATIONAL_DAY);
		return holidays;
	}

	private static LocalDate nextFreeWeekday(LocalDate holiday, Set<LocalDate> taken) {
		LocalDate day = holiday.plusDays(1);
		while (YearSchedule.isWeekend(day) || taken.contains(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	// Giỗ Tổ can fall on 30 April; the day is off once and carries both names.
	private static String both(String first, String second) {
		return first + ", " + second;
	}

}
