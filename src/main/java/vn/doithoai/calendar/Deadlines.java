package vn.doithoai.calendar;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;

/**
 * The deadlines of every module, set from the commune's rules and counted on the
 * working-day calendar; when the calendar changes, every open deadline is counted again.
 */
@Service
public class Deadlines {

	private final JdbcTemplate jdbc;

	private final DeadlineRules rules;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Deadlines(JdbcTemplate jdbc, DeadlineRules rules, WorkingCalendar calendar, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sets (or sets again, when the anchor moved) the subject's deadline for a purpose,
	 * from the commune's rule; empty when the commune has no rule for it. Runs in the
	 * caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Deadline> schedule(long communeId, String communeCode, String subjectType, String subjectId,
			DeadlinePurpose purpose, LocalDate anchorDate) {
		Optional<DeadlineRule> rule = this.rules.rule(communeId, purpose);
		if (rule.isEmpty()) {
			return Optional.empty();
		}
		DeadlineTerm term = rule.get().term();
		LocalDate due = term.dueDate(this.calendar.current(), anchorDate);
		Optional<Deadline> before = find(subjectType, subjectId, purpose);
		this.jdbc.update("""
				insert into deadline (commune_id, subject_type, subject_id, purpose, rule_name, legal_source, count,
				    unit, direction, anchor_date, due_date, open, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)
				on conflict (subject_type, subject_id, purpose) do update set rule_name = excluded.rule_name,
				    legal_source = excluded.legal_source, count = excluded.count, unit = excluded.unit,
				    direction = excluded.direction, anchor_date = excluded.anchor_date,
				    due_date = excluded.due_date, open = true
				""", communeId, subjectType, subjectId, purpose.name(), rule.get().name(), rule.get().legalSource(),
				term.count(), term.unit().name(), term.direction().name(), Date.valueOf(anchorDate), Date.valueOf(due),
				Timestamp.from(this.clock.instant()));
		Deadline after = find(subjectType, subjectId, purpose).orElseThrow();
		this.audit.record(before.isEmpty() ? "deadline.set" : "deadline.reset", "deadline", after.id(), communeCode,
				before.orElse(null), after);
		return Optional.of(after);
	}

	/** The subject's deadline is met or no longer matters: it is not counted again. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void close(String subjectType, String subjectId, DeadlinePurpose purpose) {
		this.jdbc.update("update deadline set open = false where subject_type = ? and subject_id = ? and purpose = ?",
				subjectType, subjectId, purpose.name());
	}

	@Transactional(readOnly = true)
	public List<Deadline> forSubject(String subjectType, String subjectId) {
		return this.jdbc.query("select * from deadline where subject_type = ? and subject_id = ? order by due_date",
				Deadlines::map, subjectType, subjectId);
	}

	/** The deadlines of many subjects of one type in one query, by subject id. */
	@Transactional(readOnly = true)
	public java.util.Map<String, List<Deadline>> forSubjects(String subjectType,
			java.util.Collection<String> subjectIds) {
		if (subjectIds.isEmpty()) {
			return java.util.Map.of();
		}
		return this.jdbc
			.query("select * from deadline where subject_type = ? and subject_id = any (?) order by due_date",
					Deadlines::map, subjectType, subjectIds.toArray(String[]::new))
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(Deadline::subjectId));
	}

	/** How a deadline moved, oldest first: what a citizen's timeline shows. */
	@Transactional(readOnly = true)
	public List<Move> moves(long deadlineId) {
		return this.jdbc.query(
				"select moved_at, old_due, new_due, reason from deadline_move where deadline_id = ? order by moved_at",
				(rs, i) -> new Move(rs.getTimestamp("moved_at").toInstant(), rs.getDate("old_due").toLocalDate(),
						rs.getDate("new_due").toLocalDate(), rs.getString("reason")),
				deadlineId);
	}

	private Optional<Deadline> find(String subjectType, String subjectId, DeadlinePurpose purpose) {
		return this.jdbc
			.query("select * from deadline where subject_type = ? and subject_id = ? and purpose = ?", Deadlines::map,
					subjectType, subjectId, purpose.name())
			.stream()
			.findFirst();
	}

	/**
	 * Counts every open deadline again on the current calendar; each that moves is
	 * logged, audited and announced. Returns how many moved.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int recomputeOpen(WorkingDayCalendar current, String reason) {
		List<Deadline> open = this.jdbc.query("select * from deadline where open", Deadlines::map);
		int moved = 0;
		for (Deadline deadline : open) {
			LocalDate due = deadline.term().dueDate(current, deadline.anchorDate());
			if (due.equals(deadline.due())) {
				continue;
			}
			this.jdbc.update("update deadline set due_date = ? where id = ?", Date.valueOf(due), deadline.id());
			this.jdbc.update(
					"insert into deadline_move (deadline_id, moved_at, old_due, new_due, reason) values (?, ?, ?, ?, ?)",
					deadline.id(), Timestamp.from(this.clock.instant()), Date.valueOf(deadline.due()),
					Date.valueOf(due), reason);
			this.audit.record("deadline.moved", "deadline", deadline.id(), null,
					Map.of("due", deadline.due().toString()), Map.of("due", due.toString(), "reason", reason));
			this.events.publishEvent(new DeadlineMoved(deadline.id(), deadline.communeId(), deadline.subjectType(),
					deadline.subjectId(), deadline.purpose(), deadline.due(), due, reason));
			moved++;
		}
		return moved;
	}

	private static Deadline map(ResultSet rs, int row) throws SQLException {
		return new Deadline(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("subject_type"),
				rs.getString("subject_id"), DeadlinePurpose.valueOf(rs.getString("purpose")), rs.getString("rule_name"),
				rs.getString("legal_source"),
				new DeadlineTerm(rs.getInt("count"), DeadlineUnit.valueOf(rs.getString("unit")),
						DeadlineDirection.valueOf(rs.getString("direction"))),
				rs.getDate("anchor_date").toLocalDate(), rs.getDate("due_date").toLocalDate(), rs.getBoolean("open"));
	}

	/** One move of a deadline. */
	public record Move(java.time.Instant at, LocalDate previousDue, LocalDate newDue, String reason) {
	}

}
