package vn.doithoai.conclusion;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.doithoai.system.StaleEditException;

/** Conclusion notices and their directives as stored; reads are scoped to a commune. */
@Repository
class ConclusionRepository {

	private final JdbcTemplate jdbc;

	ConclusionRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Conclusion> find(long communeId, long conferenceId) {
		return this.jdbc
			.query("select * from conclusion where conference_id = ? and commune_id = ?", ConclusionRepository::map,
					conferenceId, communeId)
			.stream()
			.findFirst();
	}

	boolean insert(Conclusion conclusion) {
		return this.jdbc.update("""
				insert into conclusion (conference_id, commune_id, state, summary) values (?, ?, ?, ?)
				on conflict do nothing
				""", conclusion.conferenceId(), conclusion.communeId(), conclusion.state().name(),
				conclusion.summary()) == 1;
	}

	void update(Conclusion c, byte[] pdf, String sha256) {
		int updated = this.jdbc.update("""
				update conclusion set state = ?, summary = ?, submitted_by = ?, return_comment = ?, symbol = ?,
				    issued_on = ?, approved_by = ?, pdf = coalesce(?, pdf), sha256 = coalesce(?, sha256),
				    version = version + 1
				where conference_id = ? and commune_id = ? and version = ?
				""", c.state().name(), c.summary(), c.submittedBy(), c.returnComment(), c.symbol(),
				(c.issuedOn() != null) ? Date.valueOf(c.issuedOn()) : null, c.approvedBy(), pdf, sha256,
				c.conferenceId(), c.communeId(), c.version());
		if (updated == 0) {
			throw new StaleEditException();
		}
	}

	Optional<byte[]> pdf(long communeId, long conferenceId) {
		return this.jdbc.queryForList("""
				select pdf from conclusion where conference_id = ? and commune_id = ? and state = 'ISSUED'
				""", byte[].class, conferenceId, communeId).stream().findFirst();
	}

	void insertDirective(long communeId, long conferenceId, Long petitionId, long departmentId, String task,
			LocalDate due, String symbol, LocalDate issuedOn) {
		this.jdbc.update("""
				insert into directive (commune_id, conference_id, petition_id, department_id, task, due_date, state,
				    conclusion_symbol, issued_on)
				values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
				""", communeId, conferenceId, petitionId, departmentId, task, Date.valueOf(due), symbol,
				Date.valueOf(issuedOn));
	}

	/** Deadlines the notice sets anew, by petition. */
	java.util.Map<Long, LocalDate> deadlines(long conferenceId) {
		java.util.Map<Long, LocalDate> due = new java.util.HashMap<>();
		this.jdbc.query("select petition_id, due_date from conclusion_deadline where conference_id = ?",
				(ResultSet rs) -> {
					due.put(rs.getLong(1), rs.getDate(2).toLocalDate());
				}, conferenceId);
		return due;
	}

	void setDeadline(long conferenceId, long petitionId, LocalDate due) {
		this.jdbc.update("""
				insert into conclusion_deadline (conference_id, petition_id, due_date) values (?, ?, ?)
				on conflict (conference_id, petition_id) do update set due_date = excluded.due_date
				""", conferenceId, petitionId, Date.valueOf(due));
	}

	/** The commune's directives, of one department or all, soonest due first. */
	List<DirectiveRow> directives(long communeId, Long departmentId) {
		return this.jdbc.query("""
				select d.id, d.conference_id, d.petition_id, d.department_id, d.task, d.due_date, d.state,
				    d.conclusion_symbol, d.issued_on
				from directive d
				where d.commune_id = ? and (cast(? as bigint) is null or d.department_id = ?)
				order by d.due_date, d.id
				""",
				(rs, i) -> new DirectiveRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getLong(4),
						rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8),
						rs.getDate(9).toLocalDate()),
				communeId, departmentId, departmentId);
	}

	private static Conclusion map(ResultSet rs, int row) throws SQLException {
		Date issued = rs.getDate("issued_on");
		return new Conclusion(rs.getLong("conference_id"), rs.getLong("commune_id"),
				Conclusion.State.valueOf(rs.getString("state")), rs.getString("summary"), rs.getString("submitted_by"),
				rs.getString("return_comment"), rs.getString("symbol"), (issued != null) ? issued.toLocalDate() : null,
				rs.getString("approved_by"), rs.getInt("version"));
	}

	/** A directive as stored. */
	record DirectiveRow(long id, long conferenceId, Long petitionId, long departmentId, String task, LocalDate due,
			String state, String conclusionSymbol, LocalDate issuedOn) {
	}

}
