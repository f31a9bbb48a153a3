package vn.doithoai.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;

/**
 * The working-day calendar in force: the official schedules entered for each year, and
 * the statutory rules (provisional) for the other years. Every node rebuilds it when the
 * stored schedules change, checking at most every few seconds.
 */
@Service
public class WorkingCalendar {

	private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

	private final ScheduleStore store;

	private final Clock clock;

	private volatile Snapshot snapshot;

	WorkingCalendar(ScheduleStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The calendar to count with now. */
	public WorkingDayCalendar current() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current != null && now.isBefore(current.checkedAt().plus(CHECK_EVERY))) {
			return current.calendar();
		}
		String revision = this.store.revision();
		if (current != null && current.revision().equals(revision)) {
			this.snapshot = new Snapshot(current.calendar(), revision, now);
			return current.calendar();
		}
		return rebuild(revision, now);
	}

	/** Rebuilds from the stored schedules at once, as after a change on this node. */
	WorkingDayCalendar refresh() {
		return rebuild(this.store.revision(), this.clock.instant());
	}

	/**
	 * Whether the year's days off come from an official schedule (not the statutory
	 * rules).
	 */
	public boolean isOfficial(int year) {
		return current().schedule(year).map(YearSchedule::official).orElse(false);
	}

	private synchronized WorkingDayCalendar rebuild(String revision, Instant now) {
		WorkingDayCalendar calendar = WorkingDayCalendar.withStatutoryHolidays(this.store.officialSchedules());
		this.snapshot = new Snapshot(calendar, revision, now);
		return calendar;
	}

	private record Snapshot(WorkingDayCalendar calendar, String revision, Instant checkedAt) {
	}

}
