package vn.doithoai.petition;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.doithoai.system.StaleEditException;
import vn.doithoai.text.VietnameseText;

/** Petitions as stored. Every staff read is scoped to a commune. */
@Repository
class PetitionRepository {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PetitionRepository(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Petition> find(long communeId, long id) {
		return this.jdbc
			.query("select * from petition where id = ? and commune_id = ?", PetitionRepository::map, id, communeId)
			.stream()
			.findFirst();
	}

	Optional<Petition> findByTrackingCode(String trackingCode) {
		return this.jdbc.query("select * from petition where tracking_code = ?", PetitionRepository::map, trackingCode)
			.stream()
			.findFirst();
	}

	/**
	 * The petition made by an earlier request with this key, and the hash of its body.
	 */
	Optional<Keyed> findByRequestKey(String requestKey) {
		return this.jdbc
			.query("select id, tracking_code, state, request_hash from petition where request_key = ?",
					(rs, i) -> new Keyed(rs.getLong("id"), rs.getString("tracking_code"),
							PetitionState.valueOf(rs.getString("state")), rs.getString("request_hash")),
					requestKey)
			.stream()
			.findFirst();
	}

	List<Petition> inState(long communeId, PetitionState state, int limit) {
		return this.jdbc.query("select * from petition where commune_id = ? and state = ? order by received_at limit ?",
				PetitionRepository::map, communeId, state.name(), limit);
	}

	/** A department's petitions that are assigned to it, the soonest due first. */
	List<Petition> ofDepartment(long communeId, long departmentId) {
		return this.jdbc.query(
				"""
						select * from petition where commune_id = ? and department_id = ? and state in ('ASSIGNED', 'ANSWER_PREPARED')
						order by state, due_date, received_at
						""",
				PetitionRepository::map, communeId, departmentId);
	}

	/** Answers waiting for the chair. */
	List<Petition> awaitingApproval(long communeId) {
		return this.jdbc.query("""
				select * from petition where commune_id = ? and state = 'ASSIGNED' and answer_state = 'SUBMITTED'
				order by due_date, received_at
				""", PetitionRepository::map, communeId);
	}

	/**
	 * A conference's petitions in registration order; {@code states} empty for all of
	 * them.
	 */
	List<Petition> ofConference(long communeId, long conferenceId, java.util.Set<PetitionState> states) {
		if (states.isEmpty()) {
			return this.jdbc.query(
					"select * from petition where commune_id = ? and conference_id = ? order by received_at, id",
					PetitionRepository::map, communeId, conferenceId);
		}
		return this.jdbc.query("""
				select * from petition where commune_id = ? and conference_id = ? and state = any (?)
				order by received_at, id
				""", PetitionRepository::map, communeId, conferenceId,
				states.stream().map(Enum::name).sorted().toArray(String[]::new));
	}

	/**
	 * Holds a request key until this transaction ends, so that two requests with the same
	 * key (a retry racing the first) run one after the other.
	 */
	void lockRequestKey(String requestKey) {
		this.jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", (rs) -> null, requestKey);
	}

	List<Petition> merged(long communeId, long intoId) {
		return this.jdbc.query("select * from petition where commune_id = ? and merged_into = ? order by received_at",
				PetitionRepository::map, communeId, intoId);
	}

	/**
	 * Stores a new petition with its first timeline line; empty when its tracking code is
	 * already taken.
	 */
	Optional<Long> insert(Petition petition, String requestKey, String requestHash) {
		Petition.Author a = petition.author();
		List<Long> ids = this.jdbc.queryForList("""
				insert into petition (commune_id, conference_id, tracking_code, channel, state, full_name, phone, email,
				    address, area_code, field_code, content, proxy_author, received_at, request_key, request_hash,
				    search_text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tracking_code) do nothing returning id
				""", Long.class, petition.communeId(), petition.conferenceId(), petition.trackingCode(),
				petition.channel().name(), petition.state().name(), a.fullName(), a.phone(), a.email(), a.address(),
				a.areaCode(), petition.fieldCode(), petition.content(), petition.proxyAuthor(),
				Timestamp.from(petition.receivedAt()), requestKey, requestHash, searchText(petition));
		ids.forEach((id) -> writeHistory(id, petition));
		return ids.stream().findFirst();
	}

	/**
	 * Saves a petition read at its version; someone else's save in between is a stale
	 * edit.
	 */
	void update(Petition petition) {
		Petition.Answer answer = petition.answer();
		int updated = this.jdbc.update("""
				update petition set state = ?, field_code = ?, department_id = ?, due_date = ?, decision_note = ?,
				    merged_into = ?, forwarded_to = ?, answer = ?, answer_state = ?, answer_comment = ?,
				    public_question = ?, answer_published_at = ?, search_text = ?, public_search_text = ?,
				    conference_answer = ?, conference_answered_by = ?, conclusion_symbol = ?, version = version + 1
				where id = ? and commune_id = ? and version = ?
				""", petition.state().name(), petition.fieldCode(), petition.departmentId(),
				(petition.dueDate() != null) ? Date.valueOf(petition.dueDate()) : null, petition.decisionNote(),
				petition.mergedInto(), petition.forwardedTo(), (answer != null) ? answer.text() : null,
				(answer != null) ? answer.state().name() : null, (answer != null) ? answer.comment() : null,
				petition.publicQuestion(),
				(petition.answerPublishedAt() != null) ? Timestamp.from(petition.answerPublishedAt()) : null,
				searchText(petition), PetitionSearch.publicSearchText(petition), petition.conferenceAnswer(),
				petition.conferenceAnsweredBy(), petition.conclusionSymbol(), petition.id(), petition.communeId(),
				petition.version());
		if (updated == 0) {
			throw new StaleEditException();
		}
		writeHistory(petition.id(), petition);
	}

	/**
	 * Moves a petition's due date with its deadline, unless someone set another date
	 * since.
	 */
	void followDue(long id, java.time.LocalDate previousDue, java.time.LocalDate newDue) {
		this.jdbc.update("update petition set due_date = ? where id = ? and due_date = ?", Date.valueOf(newDue), id,
				Date.valueOf(previousDue));
	}

	/** The citizen's timeline, oldest first; {@code visibleOnly} for the public. */
	List<Petition.HistoryEntry> history(long petitionId, boolean visibleOnly) {
		return this.jdbc.query("""
				select state, note, note_key, note_args, visible, at from petition_history
				where petition_id = ? and (visible or not ?)
				order by at, id
				""", PetitionRepository::historyEntry, petitionId, visibleOnly);
	}

	void addNote(long petitionId, String author, String text) {
		this.jdbc.update("insert into petition_note (petition_id, at, author, text) values (?, ?, ?, ?)", petitionId,
				Timestamp.from(this.clock.instant()), author, text);
	}

	List<Note> notes(long petitionId) {
		return this.jdbc.query("select at, author, text from petition_note where petition_id = ? order by at, id",
				(rs, i) -> new Note(rs.getTimestamp("at").toInstant(), rs.getString("author"), rs.getString("text")),
				petitionId);
	}

	private void writeHistory(long id, Petition petition) {
		Instant now = this.clock.instant();
		for (Petition.HistoryEntry entry : petition.newHistory()) {
			Petition.Line line = entry.line();
			this.jdbc.update("""
					insert into petition_history (petition_id, at, state, note, note_key, note_args, visible)
					values (?, ?, ?, ?, ?, ?, ?)
					""", id, Timestamp.from(now), entry.state().name(), entry.note(),
					(line != null) ? line.key() : null, (line != null) ? line.args().toArray(String[]::new) : null,
					entry.visible());
		}
		petition.newHistory().clear();
	}

	private static Petition.HistoryEntry historyEntry(ResultSet rs, int row) throws SQLException {
		String key = rs.getString("note_key");
		java.sql.Array args = rs.getArray("note_args");
		Petition.Line line = (key != null)
				? new Petition.Line(key, (args != null) ? List.of((String[]) args.getArray()) : List.of()) : null;
		return new Petition.HistoryEntry(PetitionState.valueOf(rs.getString("state")), rs.getString("note"), line,
				rs.getBoolean("visible"), rs.getTimestamp("at").toInstant());
	}

	/** What staff search: the question, who asked, the code and the answer, folded. */
	static String searchText(Petition petition) {
		StringBuilder text = new StringBuilder(petition.content()).append(' ')
			.append(petition.author().fullName())
			.append(' ')
			.append(petition.trackingCode());
		if (petition.answer() != null && petition.answer().text() != null) {
			text.append(' ').append(petition.answer().text());
		}
		if (petition.conferenceAnswer() != null) {
			text.append(' ').append(petition.conferenceAnswer());
		}
		return VietnameseText.searchKey(text.toString());
	}

	static Petition map(ResultSet rs, int row) throws SQLException {
		String answerState = rs.getString("answer_state");
		Date due = rs.getDate("due_date");
		Timestamp published = rs.getTimestamp("answer_published_at");
		return new Petition(rs.getLong("id"), rs.getLong("commune_id"), rs.getObject("conference_id", Long.class),
				rs.getString("tracking_code"), Channel.valueOf(rs.getString("channel")),
				new Petition.Author(rs.getString("full_name"), rs.getString("phone"), rs.getString("email"),
						rs.getString("address"), rs.getString("area_code")),
				rs.getString("content"), rs.getString("proxy_author"), rs.getTimestamp("received_at").toInstant(),
				PetitionState.valueOf(rs.getString("state")), rs.getString("field_code"),
				rs.getObject("department_id", Long.class), (due != null) ? due.toLocalDate() : null,
				rs.getString("decision_note"), rs.getObject("merged_into", Long.class), rs.getString("forwarded_to"),
				(answerState != null) ? new Petition.Answer(rs.getString("answer"), AnswerState.valueOf(answerState),
						rs.getString("answer_comment")) : null,
				rs.getString("public_question"), (published != null) ? published.toInstant() : null,
				new Petition.ConferenceRecord(rs.getString("conference_answer"), rs.getString("conference_answered_by"),
						rs.getString("conclusion_symbol")),
				rs.getInt("version"));
	}

	/** What an idempotency key found. */
	record Keyed(long id, String trackingCode, PetitionState state, String requestHash) {
	}

	/** A staff member's internal note; never shown to the public. */
	record Note(Instant at, String author, String text) {
	}

}
