package vn.doithoai.conclusion;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.doithoai.system.StaleEditException;

/** Minutes and their addenda as stored; every read is scoped to a commune. */
@Repository
class MinutesRepository {

	private final JdbcTemplate jdbc;

	MinutesRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Minutes> find(long communeId, long conferenceId) {
		return this.jdbc
			.query("select * from minutes where conference_id = ? and commune_id = ?", MinutesRepository::map,
					conferenceId, communeId)
			.stream()
			.findFirst();
	}

	/** Stores a first draft; false when one was stored meanwhile (a double click). */
	boolean insert(Minutes minutes) {
		Minutes.Parts p = minutes.parts();
		return this.jdbc.update("""
				insert into minutes (conference_id, commune_id, secretary_name, chair_name, time_and_place,
				    composition, proceedings, conclusions)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
				""", minutes.conferenceId(), minutes.communeId(), p.secretaryName(), p.chairName(), p.timeAndPlace(),
				p.composition(), p.proceedings(), p.conclusions()) == 1;
	}

	/** Stores the minutes as read at {@code version}; a stale version changes nothing. */
	void update(Minutes minutes, byte[] pdf) {
		Minutes.Parts p = minutes.parts();
		int updated = this.jdbc.update("""
				update minutes set secretary_name = ?, chair_name = ?, time_and_place = ?, composition = ?,
				    proceedings = ?, conclusions = ?, symbol = ?, finalised_on = ?, finalised_by = ?, pdf = ?,
				    sha256 = ?, version = version + 1
				where conference_id = ? and commune_id = ? and version = ? and symbol is null
				""", p.secretaryName(), p.chairName(), p.timeAndPlace(), p.composition(), p.proceedings(),
				p.conclusions(), minutes.symbol(),
				(minutes.finalisedOn() != null) ? Date.valueOf(minutes.finalisedOn()) : null, minutes.finalisedBy(),
				pdf, minutes.sha256(), minutes.conferenceId(), minutes.communeId(), minutes.version());
		if (updated == 0) {
			throw new StaleEditException();
		}
	}

	Optional<byte[]> pdf(long communeId, long conferenceId) {
		return this.jdbc
			.queryForList("select pdf from minutes where conference_id = ? and commune_id = ? and pdf is not null",
					byte[].class, conferenceId, communeId)
			.stream()
			.findFirst();
	}

	List<Addendum> addenda(long conferenceId) {
		return this.jdbc.query("""
				select number, text, made_on, made_by, sha256 from minutes_addendum
				where conference_id = ? order by number
				""", (rs, i) -> new Addendum(rs.getInt(1), rs.getString(2), rs.getDate(3).toLocalDate(),
				rs.getString(4), rs.getString(5)), conferenceId);
	}

	int nextAddendum(long conferenceId) {
		Integer last = this.jdbc.queryForObject("select max(number) from minutes_addendum where conference_id = ?",
				Integer.class, conferenceId);
		return (last != null) ? last + 1 : 1;
	}

	void insertAddendum(long conferenceId, Addendum addendum, byte[] pdf) {
		this.jdbc.update("""
				insert into minutes_addendum (conference_id, number, text, made_on, made_by, pdf, sha256)
				values (?, ?, ?, ?, ?, ?, ?)
				""", conferenceId, addendum.number(), addendum.text(), Date.valueOf(addendum.madeOn()),
				addendum.madeBy(), pdf, addendum.sha256());
	}

	Optional<byte[]> addendumPdf(long communeId, long conferenceId, int number) {
		return this.jdbc.queryForList("""
				select a.pdf from minutes_addendum a join minutes m on m.conference_id = a.conference_id
				where a.conference_id = ? and m.commune_id = ? and a.number = ?
				""", byte[].class, conferenceId, communeId, number).stream().findFirst();
	}

	private static Minutes map(ResultSet rs, int row) throws SQLException {
		Date on = rs.getDate("finalised_on");
		return new Minutes(rs.getLong("conference_id"), rs.getLong("commune_id"),
				new Minutes.Parts(rs.getString("secretary_name"), rs.getString("chair_name"),
						rs.getString("time_and_place"), rs.getString("composition"), rs.getString("proceedings"),
						rs.getString("conclusions")),
				rs.getString("symbol"), (on != null) ? on.toLocalDate() : null, rs.getString("finalised_by"),
				rs.getString("sha256"), rs.getInt("version"));
	}

	/** A numbered correction of final minutes, itself locked with its fingerprint. */
	record Addendum(int number, String text, java.time.LocalDate madeOn, String madeBy, String sha256) {
	}

}
