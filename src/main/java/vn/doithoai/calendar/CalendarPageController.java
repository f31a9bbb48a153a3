package vn.doithoai.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.doithoai.system.NotFoundException;

/**
 * The calendar as people read it: a month grid with lunar dates, holidays, days off and
 * Saturdays worked; a year's list of weekdays off and Saturdays worked.
 */
@Controller
class CalendarPageController {

	private final WorkingCalendar calendar;

	private final Clock clock;

	CalendarPageController(WorkingCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/lich")
	String today() {
		LocalDate today = LocalDate.now(this.clock);
		return "redirect:/lich/" + today.getYear() + "/" + today.getMonthValue();
	}

	@GetMapping("/lich/{year}/{month}")
	String month(@PathVariable int year, @PathVariable int month, Model model) {
		if (year < 1900 || year > 2100 || month < 1 || month > 12) {
			throw new NotFoundException();
		}
		YearMonth shown = YearMonth.of(year, month);
		WorkingDayCalendar current = this.calendar.current();
		List<List<Cell>> weeks = new ArrayList<>();
		LocalDate day = shown.atDay(1).with(DayOfWeek.MONDAY);
		LocalDate today = LocalDate.now(this.clock);
		while (!day.isAfter(shown.atEndOfMonth())) {
			List<Cell> week = new ArrayList<>();
			for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
				week.add(YearMonth.from(day).equals(shown) ? cell(current, day, today) : null);
			}
			weeks.add(week);
		}
		model.addAttribute("month", shown);
		model.addAttribute("weeks", weeks);
		model.addAttribute("official", this.calendar.isOfficial(year));
		model.addAttribute("previous", (year > 1900 || month > 1) ? shown.minusMonths(1) : null);
		model.addAttribute("next", (year < 2100 || month < 12) ? shown.plusMonths(1) : null);
		return "calendar/month";
	}

	@GetMapping("/lich/{year}")
	String year(@PathVariable int year, Model model) {
		if (year < 1900 || year > 2100) {
			throw new NotFoundException();
		}
		YearSchedule schedule = this.calendar.current().schedule(year).orElseThrow();
		model.addAttribute("year", year);
		model.addAttribute("schedule", schedule);
		return "calendar/year";
	}

	private static Cell cell(WorkingDayCalendar calendar, LocalDate day, LocalDate today) {
		LunarDate lunar = LunarCalendar.toLunar(day);
		boolean working = calendar.isWorkingDay(day);
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return new Cell(day, lunar, working, working && weekend, calendar.holidayName(day).orElse(null),
				day.equals(today));
	}

	/** One day in the month grid. */
	record Cell(LocalDate date, LunarDate lunar, boolean working, boolean workingSaturday, String holiday,
			boolean today) {

		/**
		 * "1/6" on the first day of a lunar month (with the leap mark), the day alone
		 * otherwise.
		 */
		public boolean firstOfLunarMonth() {
			return this.lunar.day() == 1;
		}

	}

}
