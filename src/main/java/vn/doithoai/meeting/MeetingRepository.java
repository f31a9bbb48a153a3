package vn.doithoai.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rest of a conference's live record as stored: attendance, headcounts, the agenda's
 * stages and the console entries already saved.
 */
@Repository
class MeetingRepository {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MeetingRepository(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// Attendance

	/**
	 * Records one arrival (or refusal) once per request key; false when already there.
	 */
	boolean attend(long communeId, long conferenceId, String requestKey, Attendee attendee, String by) {
		return this.jdbc.update("""
				insert into meeting_attendance (commune_id, conference_id, request_key, kind, petition_id, full_name,
				    area_code, show_name, refusal_ground, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing
				""", communeId, conferenceId, requestKey, attendee.kind().name(), attendee.petitionId(),
				attendee.fullName(), attendee.areaCode(), attendee.showName(),
				(attendee.refusalGround() != null) ? attendee.refusalGround().name() : null,
				Timestamp.from(this.clock.instant()), by) == 1;
	}

	List<Attendee> attendees(long communeId, long conferenceId) {
		return this.jdbc.query("""
				select * from meeting_attendance where commune_id = ? and conference_id = ? order by recorded_at, id
				""", (rs, i) -> {
			String ground = rs.getString("refusal_ground");
			return new Attendee(Attendee.Kind.valueOf(rs.getString("kind")), rs.getObject("petition_id", Long.class),
					rs.getString("full_name"), rs.getString("area_code"), rs.getBoolean("show_name"),
					(ground != null) ? RefusalGround.valueOf(ground) : null,
					rs.getTimestamp("recorded_at").toInstant());
		}, communeId, conferenceId);
	}

	void headcount(long conferenceId, HeadcountGroup group, int count) {
		this.jdbc.update("""
				insert into meeting_headcount (conference_id, attendee_group, head_count) values (?, ?, ?)
				on conflict (conference_id, attendee_group) do update set head_count = excluded.head_count
				""", conferenceId, group.name(), count);
	}

	Map<HeadcountGroup, Integer> headcounts(long conferenceId) {
		Map<HeadcountGroup, Integer> counts = new EnumMap<>(HeadcountGroup.class);
		for (HeadcountGroup group : HeadcountGroup.values()) {
			counts.put(group, 0);
		}
		this.jdbc.query("select attendee_group, head_count from meeting_headcount where conference_id = ?",
				(ResultSet rs) -> {
					counts.put(HeadcountGroup.valueOf(rs.getString(1)), rs.getInt(2));
				}, conferenceId);
		return counts;
	}

	// Agenda

	void openAgenda(long conferenceId) {
		for (AgendaStage stage : AgendaStage.values()) {
			this.jdbc.update("insert into meeting_stage (conference_id, stage) values (?, ?) on conflict do nothing",
					conferenceId, stage.name());
		}
	}

	List<Stage> stages(long conferenceId) {
		return this.jdbc
			.query("select * from meeting_stage where conference_id = ?", MeetingRepository::stage, conferenceId)
			.stream()
			.sorted(java.util.Comparator.comparing(Stage::stage))
			.toList();
	}

	/**
	 * Starts a stage (ending the one running); a stage already started keeps its start.
	 */
	void startStage(long conferenceId, AgendaStage stage) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("""
				update meeting_stage set ended_at = ?
				where conference_id = ? and started_at is not null and ended_at is null and stage <> ?
				""", now, conferenceId, stage.name());
		this.jdbc.update("""
				update meeting_stage set started_at = coalesce(started_at, ?), ended_at = null
				where conference_id = ? and stage = ?
				""", now, conferenceId, stage.name());
	}

	void endStages(long conferenceId) {
		this.jdbc.update("""
				update meeting_stage set ended_at = ?
				where conference_id = ? and started_at is not null and ended_at is null
				""", Timestamp.from(this.clock.instant()), conferenceId);
	}

	/** Holds a stage's row until the transaction ends: saves of its notes queue up. */
	void lockStage(long conferenceId, AgendaStage stage) {
		this.jdbc.queryForList("select version from meeting_stage where conference_id = ? and stage = ? for update",
				Integer.class, conferenceId, stage.name());
	}

	/** Saves a stage's notes if nobody changed them since; the new version, or empty. */
	Optional<Integer> saveNotes(long conferenceId, AgendaStage stage, String notes, int version, String by) {
		return this.jdbc
			.queryForList("""
					update meeting_stage set notes = ?, version = version + 1, updated_at = ?, updated_by = ?
					where conference_id = ? and stage = ? and version = ?
					returning version
					""", Integer.class, notes, Timestamp.from(this.clock.instant()), by, conferenceId, stage.name(),
					version)
			.stream()
			.findFirst();
	}

	// Console entries

	/** The version an entry produced when it was saved before. */
	Optional<Integer> savedEntry(UUID entryId, long conferenceId, String target) {
		return this.jdbc
			.queryForList(
					"select version_after from meeting_entry where entry_id = ? and conference_id = ? and target = ?",
					Integer.class, entryId, conferenceId, target)
			.stream()
			.findFirst();
	}

	/** Remembers a saved entry; false when the same entry was saved meanwhile. */
	boolean rememberEntry(UUID entryId, long conferenceId, String target, int versionAfter) {
		return this.jdbc.update("""
				insert into meeting_entry (entry_id, conference_id, target, version_after, saved_at)
				values (?, ?, ?, ?, ?) on conflict do nothing
				""", entryId, conferenceId, target, versionAfter, Timestamp.from(this.clock.instant())) == 1;
	}

	private static Stage stage(ResultSet rs, int row) throws SQLException {
		return new Stage(AgendaStage.valueOf(rs.getString("stage")), instant(rs, "started_at"), instant(rs, "ended_at"),
				rs.getString("notes"), rs.getInt("version"), rs.getString("updated_by"), instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	/** One stage of the agenda as it ran, with the secretary's notes. */
	record Stage(AgendaStage stage, Instant startedAt, Instant endedAt, String notes, int version, String updatedBy,
			Instant updatedAt) {

		public boolean running() {
			return this.startedAt != null && this.endedAt == null;
		}

	}

}
