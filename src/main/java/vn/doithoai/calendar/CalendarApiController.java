package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public calendar API of DESIGN §7: days, working-day arithmetic and yearly
 * schedules.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Lịch làm việc")
class CalendarApiController {

	private final WorkingCalendar calendar;

	CalendarApiController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/days/{date}")
	@Operation(summary = "Một ngày: ngày làm việc hay nghỉ, tên ngày lễ, ngày âm lịch")
	Day day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		CalendarRange.check("date", date);
		WorkingDayCalendar current = this.calendar.current();
		LunarDate lunar = LunarCalendar.toLunar(date);
		return new Day(date, current.isWorkingDay(date), current.holidayName(date).orElse(null),
				new Lunar(lunar.day(), lunar.month(), lunar.year(), lunar.leap()));
	}

	@GetMapping("/working-days")
	@Operation(summary = "Ngày làm việc thứ N sau ngày from (N âm: trước), không tính ngày from")
	Added add(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam int add) {
		CalendarRange.check("from", from);
		CalendarRange.checkAdd(add);
		return new Added(from, add, CalendarRange.result(() -> this.calendar.current().addWorkingDays(from, add)));
	}

	@GetMapping("/working-days/count")
	@Operation(summary = "Số ngày làm việc d với from < d ≤ to")
	Counted count(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		CalendarRange.check("from", from);
		CalendarRange.check("to", to);
		return new Counted(from, to, this.calendar.current().countWorkingDays(from, to));
	}

	@GetMapping("/years/{year}")
	@Operation(summary = "Các ngày thường được nghỉ và các thứ Bảy phải làm việc trong năm")
	Year year(@PathVariable int year) {
		CalendarRange.checkYear(year);
		YearSchedule schedule = this.calendar.current().schedule(year).orElseThrow();
		return new Year(year, schedule.daysOff().stream().map((day) -> new Off(day.date(), day.name())).toList(),
				schedule.workingSaturdays());
	}

	/** One day of the calendar. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Day(LocalDate date, boolean workingDay, String holiday, Lunar lunar) {
	}

	/** A lunar date; {@code leap} marks a day of a leap month. */
	record Lunar(int day, int month, int year, boolean leap) {
	}

	/** The N-th working day after (or before) a date. */
	record Added(LocalDate from, int add, LocalDate date) {
	}

	/** How many working days lie after one date up to and including another. */
	record Counted(LocalDate from, LocalDate to, int count) {
	}

	/** A year's weekdays off and Saturdays worked. */
	record Year(int year, List<Off> daysOff, List<LocalDate> workingSaturdays) {
	}

	/** A weekday off and its name. */
	record Off(LocalDate date, String name) {
	}

}
