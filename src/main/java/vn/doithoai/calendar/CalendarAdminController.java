package vn.doithoai.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doithoai.system.NotFoundException;
import vn.doithoai.system.VietnameseDates;

/**
 * The administrator enters a year's official schedule as the government announces it: one
 * line per weekday off ("dd/mm/yyyy Tên"), one line per Saturday worked.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

	private final WorkingCalendar calendar;

	private final CalendarAdministration administration;

	private final Clock clock;

	CalendarAdminController(WorkingCalendar calendar, CalendarAdministration administration, Clock clock) {
		this.calendar = calendar;
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping
	String years(Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		List<Integer> years = new ArrayList<>();
		for (int year = thisYear - 2; year <= thisYear + 2; year++) {
			years.add(year);
		}
		model.addAttribute("years",
				years.stream().map((year) -> new YearRow(year, this.calendar.isOfficial(year))).toList());
		return "calendar/adminYears";
	}

	@GetMapping("/open")
	String open(@RequestParam int year) {
		checkYear(year);
		return "redirect:/admin/calendar/" + year;
	}

	@GetMapping("/{year}")
	String edit(@PathVariable int year, Model model) {
		checkYear(year);
		YearSchedule schedule = this.calendar.current().schedule(year).orElseThrow();
		model.addAttribute("form",
				new ScheduleForm(
						schedule.daysOff()
							.stream()
							.map((day) -> VietnameseDates.SHOWN.format(day.date()) + " " + day.name())
							.collect(Collectors.joining("\n")),
						schedule.workingSaturdays()
							.stream()
							.map(VietnameseDates.SHOWN::format)
							.collect(Collectors.joining("\n"))));
		return page(year, schedule.official(), model);
	}

	@PostMapping("/{year}")
	String save(@PathVariable int year, @ModelAttribute("form") ScheduleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkYear(year);
		List<DayOff> daysOff = new ArrayList<>();
		List<LocalDate> saturdays = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		parseDaysOff(year, form.daysOff(), daysOff, seen).forEach((error) -> error.rejectOn(result, "daysOff"));
		parseSaturdays(year, form.workingSaturdays(), saturdays, seen)
			.forEach((error) -> error.rejectOn(result, "workingSaturdays"));
		if (result.hasErrors()) {
			return page(year, this.calendar.isOfficial(year), model);
		}
		int moved = this.administration.saveOfficialSchedule(year, daysOff, saturdays);
		redirect.addFlashAttribute("message", "calendar.saved");
		redirect.addFlashAttribute("moved", moved);
		return "redirect:/admin/calendar/" + year;
	}

	private String page(int year, boolean official, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("official", official);
		return "calendar/adminYear";
	}

	private static List<LineError> parseDaysOff(int year, String text, List<DayOff> daysOff, Set<LocalDate> seen) {
		List<LineError> errors = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].trim();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s+", 2);
			LocalDate day = VietnameseDates.parse(parts[0]);
			String error = (day == null) ? "calendar.error.date"
					: (day.getYear() != year) ? "calendar.error.otherYear"
							: (isWeekend(day)) ? "calendar.error.weekendOff"
									: (parts.length < 2 || parts[1].isBlank()) ? "calendar.error.name"
											: (parts[1].length() > 150) ? "calendar.error.nameTooLong"
													: (!seen.add(day)) ? "calendar.error.duplicate" : null;
			if (error != null) {
				errors.add(new LineError(i + 1, error));
			}
			else {
				daysOff.add(new DayOff(day, parts[1].trim()));
			}
		}
		return errors;
	}

	private static List<LineError> parseSaturdays(int year, String text, List<LocalDate> saturdays,
			Set<LocalDate> seen) {
		List<LineError> errors = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].trim();
			if (line.isEmpty()) {
				continue;
			}
			LocalDate day = VietnameseDates.parse(line.split("\\s+", 2)[0]);
			String error = (day == null) ? "calendar.error.date"
					: (day.getYear() != year) ? "calendar.error.otherYear" : (day.getDayOfWeek() != DayOfWeek.SATURDAY)
							? "calendar.error.notSaturday" : (!seen.add(day)) ? "calendar.error.duplicate" : null;
			if (error != null) {
				errors.add(new LineError(i + 1, error));
			}
			else {
				saturdays.add(day);
			}
		}
		return errors;
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static void checkYear(int year) {
		if (year < 1900 || year > 2100) {
			throw new NotFoundException();
		}
	}

	/** The two lists as typed. */
	record ScheduleForm(String daysOff, String workingSaturdays) {

		ScheduleForm {
			daysOff = (daysOff != null) ? daysOff : "";
			workingSaturdays = (workingSaturdays != null) ? workingSaturdays : "";
		}

	}

	/**
	 * A line that cannot be saved: its number and what is wrong, shown beside the list.
	 */
	record LineError(int line, String key) {

		void rejectOn(BindingResult result, String field) {
			result.rejectValue(field, "calendar.line",
					new Object[] { this.line, new DefaultMessageSourceResolvable(this.key) }, null);
		}

	}

	/** A year in the administrator's list. */
	record YearRow(int year, boolean official) {
	}

}
