package vn.doithoai.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.doithoai.system.StaleEditException;

/** Conferences as stored. Every read is scoped to a commune. */
@Repository
class ConferenceRepository {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ConferenceRepository(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Conference> find(long communeId, long id) {
		return this.jdbc
			.query("select * from conference where id = ? and commune_id = ?", ConferenceRepository::map, id, communeId)
			.stream()
			.findFirst();
	}

	/**
	 * Reads a conference and holds it until the transaction ends: shared (others may read
	 * and hold it too, nobody may change it) or alone.
	 */
	Optional<Conference> hold(long communeId, long id, boolean alone) {
		return this.jdbc
			.query("select * from conference where id = ? and commune_id = ? " + (alone ? "for update" : "for share"),
					ConferenceRepository::map, id, communeId)
			.stream()
			.findFirst();
	}

	Optional<Long> findByRequestKey(String requestKey) {
		return this.jdbc.queryForList("select id from conference where request_key = ?", Long.class, requestKey)
			.stream()
			.findFirst();
	}

	List<Conference> inCommune(long communeId, int year) {
		return this.jdbc.query(
				"select * from conference where commune_id = ? and extract(year from day) = ? order by day, start_time",
				ConferenceRepository::map, communeId, year);
	}

	List<Conference> ofPlan(long communeId, long planId) {
		return this.jdbc.query("select * from conference where commune_id = ? and plan_id = ? order by day, start_time",
				ConferenceRepository::map, communeId, planId);
	}

	List<Conference> publicOf(long communeId) {
		return this.jdbc.query("""
				select * from conference where commune_id = ? and state not in ('DRAFT', 'SCHEDULED')
				order by day desc, start_time
				""", ConferenceRepository::map, communeId);
	}

	long insert(Conference conference, String requestKey) {
		Conference.Details d = conference.details();
		Long id = this.jdbc.queryForObject("""
				insert into conference (commune_id, plan_id, kind, title, day, start_time, end_time, venue, all_areas,
				    area_codes, topics, field_codes, chair, co_chairs, participants, invitees, audience, state,
				    request_key, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""", Long.class, conference.communeId(), conference.planId(), d.kind().name(), d.title(),
				Date.valueOf(d.date()), Time.valueOf(d.start()), Time.valueOf(d.end()), d.venue(), d.allAreas(),
				Lines.join(d.areaCodes()), Lines.join(d.topics()), Lines.join(d.fieldCodes()), d.chair(),
				Lines.join(d.coChairs()), Lines.join(d.participants()), Lines.join(d.invitees()),
				Lines.join(d.audience()), conference.state().name(), requestKey, Timestamp.from(this.clock.instant()));
		writeHistory(id, conference);
		return id;
	}

	/**
	 * Saves a conference read at {@code version}; someone else's save in between is a
	 * stale edit.
	 */
	void update(Conference conference) {
		Conference.Details d = conference.details();
		int updated = this.jdbc.update("""
				update conference set kind = ?, title = ?, day = ?, start_time = ?, end_time = ?, venue = ?,
				    all_areas = ?, area_codes = ?, topics = ?, field_codes = ?, chair = ?, co_chairs = ?,
				    participants = ?, invitees = ?, audience = ?, state = ?, late_notice_reason = ?,
				    notice_symbol = ?, announced_on = ?, version = version + 1
				where id = ? and commune_id = ? and version = ?
				""", d.kind().name(), d.title(), Date.valueOf(d.date()), Time.valueOf(d.start()), Time.valueOf(d.end()),
				d.venue(), d.allAreas(), Lines.join(d.areaCodes()), Lines.join(d.topics()), Lines.join(d.fieldCodes()),
				d.chair(), Lines.join(d.coChairs()), Lines.join(d.participants()), Lines.join(d.invitees()),
				Lines.join(d.audience()), conference.state().name(), conference.lateNoticeReason(),
				conference.noticeSymbol(),
				(conference.announcedOn() != null) ? Date.valueOf(conference.announcedOn()) : null, conference.id(),
				conference.communeId(), conference.version());
		if (updated == 0) {
			throw new StaleEditException();
		}
		writeHistory(conference.id(), conference);
	}

	List<Conference.HistoryEntry> history(long conferenceId) {
		return this.jdbc.query(
				"select state, day, note, at from conference_history where conference_id = ? order by at, id",
				(rs, i) -> new Conference.HistoryEntry(ConferenceState.valueOf(rs.getString("state")),
						rs.getDate("day").toLocalDate(), rs.getString("note"), rs.getTimestamp("at").toInstant()),
				conferenceId);
	}

	private void writeHistory(long id, Conference conference) {
		for (Conference.HistoryEntry entry : conference.newHistory()) {
			this.jdbc.update(
					"insert into conference_history (conference_id, at, state, day, note) values (?, ?, ?, ?, ?)", id,
					Timestamp.from(this.clock.instant()), entry.state().name(), Date.valueOf(entry.date()),
					entry.note());
		}
		conference.newHistory().clear();
	}

	private static Conference map(ResultSet rs, int row) throws SQLException {
		Conference.Details details = new Conference.Details(ConferenceKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getDate("day").toLocalDate(), rs.getTime("start_time").toLocalTime(),
				rs.getTime("end_time").toLocalTime(), rs.getString("venue"), rs.getBoolean("all_areas"),
				Lines.split(rs.getString("area_codes")), Lines.split(rs.getString("topics")),
				Lines.split(rs.getString("field_codes")), rs.getString("chair"), Lines.split(rs.getString("co_chairs")),
				Lines.split(rs.getString("participants")), Lines.split(rs.getString("invitees")),
				Lines.split(rs.getString("audience")));
		Date announced = rs.getDate("announced_on");
		return new Conference(rs.getLong("id"), rs.getLong("commune_id"), rs.getObject("plan_id", Long.class), details,
				ConferenceState.valueOf(rs.getString("state")), rs.getString("late_notice_reason"),
				rs.getString("notice_symbol"), (announced != null) ? announced.toLocalDate() : null,
				rs.getInt("version"));
	}

}
