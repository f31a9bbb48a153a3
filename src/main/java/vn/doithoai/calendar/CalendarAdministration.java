package vn.doithoai.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;

/** Entering a year's official schedule, and moving every open deadline it affects. */
@Service
class CalendarAdministration {

	private final ScheduleStore store;

	private final WorkingCalendar calendar;

	private final Deadlines deadlines;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	CalendarAdministration(ScheduleStore store, WorkingCalendar calendar, Deadlines deadlines, AuditTrail audit,
			Clock clock, MessageSource messages) {
		this.messages = messages;
		this.store = store;
		this.calendar = calendar;
		this.deadlines = deadlines;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Saves the year's official schedule in place of what was there (provisional or
	 * official) and counts every open deadline again; returns how many moved.
	 */
	@Transactional
	int saveOfficialSchedule(int year, List<DayOff> daysOff, List<LocalDate> workingSaturdays) {
		YearSchedule schedule = YearSchedule.official(year, daysOff, workingSaturdays);
		YearSchedule before = this.calendar.current().schedule(year).orElse(null);
		this.store.replace(schedule, SecurityContextHolder.getContext().getAuthentication().getName(),
				this.clock.instant());
		this.audit.record("calendar.yearSaved", "calendar_year", year, null, state(before), state(schedule));
		WorkingDayCalendar updated = this.calendar.refresh();
		String reason = this.messages.getMessage("calendar.moved.officialSchedule",
				new Object[] { String.valueOf(year) }, Locale.forLanguageTag("vi"));
		return this.deadlines.recomputeOpen(updated, reason);
	}

	private static Map<String, Object> state(YearSchedule schedule) {
		return (schedule != null) ? Map.of("official", schedule.official(), "daysOff", schedule.daysOff(),
				"workingSaturdays", schedule.workingSaturdays()) : null;
	}

}
