package vn.doithoai.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The official schedules as stored: one row per year entered, one per exceptional day.
 */
@Repository
class ScheduleStore {

	private final JdbcTemplate jdbc;

	ScheduleStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<YearSchedule> officialSchedules() {
		Map<Integer, List<DayOff>> daysOff = new TreeMap<>();
		Map<Integer, List<LocalDate>> saturdays = new TreeMap<>();
		this.jdbc.query("select year from calendar_year", (rs) -> {
			daysOff.put(rs.getInt(1), new ArrayList<>());
			saturdays.put(rs.getInt(1), new ArrayList<>());
		});
		this.jdbc.query("select day, year, kind, name from calendar_entry order by day", (rs) -> {
			LocalDate day = rs.getDate("day").toLocalDate();
			if ("DAY_OFF".equals(rs.getString("kind"))) {
				daysOff.get(rs.getInt("year")).add(new DayOff(day, rs.getString("name")));
			}
			else {
				saturdays.get(rs.getInt("year")).add(day);
			}
		});
		return daysOff.keySet()
			.stream()
			.map((year) -> YearSchedule.official(year, daysOff.get(year), saturdays.get(year)))
			.toList();
	}

	/**
	 * Changes whenever a schedule is saved, so that every node can tell its calendar is
	 * stale.
	 */
	String revision() {
		return this.jdbc.queryForObject(
				"select count(*) || ':' || coalesce(max(version), 0) || ':' || coalesce(max(updated_at)::text, '')"
						+ " from calendar_year",
				String.class);
	}

	boolean hasYear(int year) {
		return this.jdbc.queryForObject("select count(*) from calendar_year where year = ?", Integer.class, year) > 0;
	}

	/**
	 * Inserts a schedule unless its year is already there (two nodes may start together).
	 */
	boolean insertIfAbsent(YearSchedule schedule, String actor, Instant at) {
		int inserted = this.jdbc.update("""
				insert into calendar_year (year, updated_at, updated_by) values (?, ?, ?)
				on conflict (year) do nothing
				""", schedule.year(), Timestamp.from(at), actor);
		if (inserted == 1) {
			insertEntries(schedule);
		}
		return inserted == 1;
	}

	void replace(YearSchedule schedule, String actor, Instant at) {
		int updated = this.jdbc.update(
				"update calendar_year set updated_at = ?, updated_by = ?, version = version + 1 where year = ?",
				Timestamp.from(at), actor, schedule.year());
		if (updated == 0) {
			this.jdbc.update("insert into calendar_year (year, updated_at, updated_by) values (?, ?, ?)",
					schedule.year(), Timestamp.from(at), actor);
		}
		this.jdbc.update("delete from calendar_entry where year = ?", schedule.year());
		insertEntries(schedule);
	}

	private void insertEntries(YearSchedule schedule) {
		schedule.daysOff()
			.forEach((dayOff) -> this.jdbc.update(
					"insert into calendar_entry (day, year, kind, name) values (?, ?, 'DAY_OFF', ?)",
					Date.valueOf(dayOff.date()), schedule.year(), dayOff.name()));
		schedule.workingSaturdays()
			.forEach((saturday) -> this.jdbc.update(
					"insert into calendar_entry (day, year, kind) values (?, ?, 'WORKING_SATURDAY')",
					Date.valueOf(saturday), schedule.year()));
	}

}
