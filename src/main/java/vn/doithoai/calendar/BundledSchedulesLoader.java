package vn.doithoai.calendar;

import java.time.Clock;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;

/**
 * Enters the official schedules shipped with the application (2024–2026, DOMAIN §2) for
 * every year not entered yet; a year an administrator has entered is never touched.
 */
@Component
class BundledSchedulesLoader implements ApplicationRunner {

	private final ScheduleStore store;

	private final AuditTrail audit;

	private final Clock clock;

	BundledSchedulesLoader(ScheduleStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (YearSchedule schedule : OfficialSchedules.bundled()) {
			if (this.store.insertIfAbsent(schedule, "system", this.clock.instant())) {
				this.audit.record("calendar.yearLoaded", "calendar_year", schedule.year(), null, null,
						Map.of("daysOff", schedule.daysOff(), "workingSaturdays", schedule.workingSaturdays()));
			}
		}
	}

}
