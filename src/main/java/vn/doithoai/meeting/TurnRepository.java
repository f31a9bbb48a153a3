package vn.doithoai.meeting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Turns as stored; every read is scoped to a commune and a conference. */
@Repository
class TurnRepository {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	TurnRepository(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<Turn> queue(long communeId, long conferenceId) {
		return this.jdbc.query("""
				select * from meeting_turn where commune_id = ? and conference_id = ? order by position, id
				""", TurnRepository::map, communeId, conferenceId);
	}

	Optional<Turn> find(long communeId, long conferenceId, long id) {
		return this.jdbc
			.query("select * from meeting_turn where id = ? and commune_id = ? and conference_id = ?",
					TurnRepository::map, id, communeId, conferenceId)
			.stream()
			.findFirst();
	}

	/** Reads a turn and holds it until the transaction ends (saves of it queue up). */
	Optional<Turn> lock(long communeId, long conferenceId, long id) {
		return this.jdbc
			.query("select * from meeting_turn where id = ? and commune_id = ? and conference_id = ? for update",
					TurnRepository::map, id, communeId, conferenceId)
			.stream()
			.findFirst();
	}

	boolean hasPetition(long conferenceId, long petitionId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from meeting_turn where conference_id = ? and petition_id = ?)", Boolean.class,
				conferenceId, petitionId));
	}

	/** Whether the speaker agreed to show their name, as said at the door. */
	void showName(long conferenceId, long petitionId, boolean show) {
		this.jdbc.update("update meeting_turn set show_name = ? where conference_id = ? and petition_id = ?", show,
				conferenceId, petitionId);
	}

	int nextPosition(long conferenceId) {
		Integer last = this.jdbc.queryForObject("select max(position) from meeting_turn where conference_id = ?",
				Integer.class, conferenceId);
		return (last != null) ? last + 1 : 1;
	}

	long insert(Turn turn) {
		return this.jdbc.queryForObject("""
				insert into meeting_turn (commune_id, conference_id, petition_id, position, speaker_name, area_code,
				    show_name, walk_in, status, question)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id
				""", Long.class, turn.communeId(), turn.conferenceId(), turn.petitionId(), turn.position(),
				turn.speakerName(), turn.areaCode(), turn.showName(), turn.walkIn(), turn.status().name(),
				turn.content().question());
	}

	/**
	 * Stores the secretary's record of the turn if nobody changed it since it was read;
	 * returns the new version, or empty when it was changed in between (a conflict).
	 */
	Optional<Integer> updateRecord(Turn turn, String by) {
		Turn.Content c = turn.content();
		return this.jdbc.queryForList("""
				update meeting_turn set question = ?, answered_by = ?, answer = ?, outcome = ?, department_id = ?,
				    task = ?, due_date = ?, agency = ?, note = ?, exchange = ?, version = version + 1, updated_at = ?,
				    updated_by = ?
				where id = ? and version = ?
				returning version
				""", Integer.class, c.question(), c.answeredBy(), c.answer(),
				(c.outcome() != null) ? c.outcome().name() : null, c.departmentId(), c.task(),
				(c.dueDate() != null) ? Date.valueOf(c.dueDate()) : null, c.agency(), c.note(), c.exchange(),
				Timestamp.from(this.clock.instant()), by, turn.id(), turn.version())
			.stream()
			.findFirst();
	}

	/**
	 * Stores the turn's place in the queue and whether it has the floor; the record's
	 * version is left alone, so moving the queue never makes a typed record stale.
	 */
	void updateQueue(Turn turn) {
		this.jdbc.update("""
				update meeting_turn set position = ?, status = ?, started_at = ?, ended_at = ? where id = ?
				""", turn.position(), turn.status().name(), timestamp(turn.startedAt()), timestamp(turn.endedAt()),
				turn.id());
	}

	private static Timestamp timestamp(Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	private static Turn map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		Date due = rs.getDate("due_date");
		LocalDate dueDate = (due != null) ? due.toLocalDate() : null;
		Turn.Content content = new Turn.Content(rs.getString("question"), rs.getString("answered_by"),
				rs.getString("answer"), (outcome != null) ? TurnOutcome.valueOf(outcome) : null,
				rs.getObject("department_id", Long.class), rs.getString("task"), dueDate, rs.getString("agency"),
				rs.getString("note"), rs.getString("exchange"));
		return new Turn(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("conference_id"),
				rs.getLong("petition_id"), rs.getInt("position"), rs.getString("speaker_name"),
				rs.getString("area_code"), rs.getBoolean("show_name"), rs.getBoolean("walk_in"),
				TurnStatus.valueOf(rs.getString("status")), content, instant(rs, "started_at"), instant(rs, "ended_at"),
				rs.getInt("version"), rs.getString("updated_by"), instant(rs, "updated_at"));
	}

}
