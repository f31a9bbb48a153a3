package vn.doithoai.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.system.NotFoundException;

/** What the administrator sees of the outbox, and sending a dead letter again. */
@Service
class OutboxAdministration {

	static final int RECENT = 100;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final ZoneId zone;

	OutboxAdministration(JdbcTemplate jdbc, AuditTrail audit, Clock clock, ZoneId zone) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.zone = zone;
	}

	/** The newest messages, all of them or those in one state; never their bodies. */
	@Transactional(readOnly = true)
	List<MessageRow> recent(MessageState state) {
		String where = (state != null) ? " where state = ?" : "";
		Object[] args = (state != null) ? new Object[] { state.name(), RECENT } : new Object[] { RECENT };
		return this.jdbc.query("""
				select id, created_at, commune_code, channel, recipient, subject, state, attempts,
				       next_attempt_at, last_error, sent_at
				from outbox_message""" + where + " order by created_at desc, id desc limit ?", (rs, i) -> {
			Channel channel = Channel.valueOf(rs.getString("channel"));
			return new MessageRow(rs.getLong("id"), local(rs.getTimestamp("created_at")), rs.getString("commune_code"),
					channel, channel.mask(rs.getString("recipient")), rs.getString("subject"),
					MessageState.valueOf(rs.getString("state")), rs.getInt("attempts"),
					local(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
					local(rs.getTimestamp("sent_at")));
		}, args);
	}

	/**
	 * Messages waiting (or being sent) and dead letters, counted through their partial
	 * indexes.
	 */
	@Transactional(readOnly = true)
	Counts counts() {
		return new Counts(count("state in ('PENDING', 'SENDING')"), count("state = 'DEAD'"));
	}

	private long count(String condition) {
		return this.jdbc.queryForObject("select count(*) from outbox_message where " + condition, Long.class);
	}

	/**
	 * Puts a dead letter back in the queue with a fresh count of attempts, audited.
	 * @throws NotFoundException if there is no such dead letter
	 */
	@Transactional
	void retry(long id) {
		List<Map<String, Object>> found = this.jdbc.queryForList("""
				select commune_code, attempts, last_error from outbox_message
				where id = ? and state = 'DEAD' for update
				""", id);
		if (found.isEmpty()) {
			throw new NotFoundException();
		}
		Map<String, Object> before = found.get(0);
		this.jdbc.update("""
				update outbox_message set state = 'PENDING', attempts = 0, next_attempt_at = ? where id = ?
				""", Timestamp.from(Instant.now(this.clock)), id);
		this.audit.record("outbox.retried", "outbox_message", id, (String) before.get("commune_code"),
				Map.of("state", MessageState.DEAD.name(), "attempts", before.get("attempts")),
				Map.of("state", MessageState.PENDING.name(), "attempts", 0));
	}

	private LocalDateTime local(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant().atZone(this.zone).toLocalDateTime() : null;
	}

	/**
	 * One message as the administrator sees it: the recipient masked, no body. The next
	 * attempt of a message being sent is when its sender's claim lapses.
	 */
	record MessageRow(long id, LocalDateTime createdAt, String communeCode, Channel channel, String recipient,
			String subject, MessageState state, int attempts, LocalDateTime nextAttemptAt, String lastError,
			LocalDateTime sentAt) {

		public boolean dead() {
			return this.state == MessageState.DEAD;
		}

	}

	record Counts(long waiting, long dead) {
	}

}
