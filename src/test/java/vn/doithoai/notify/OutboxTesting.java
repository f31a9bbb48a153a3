package vn.doithoai.notify;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the outbox's tests share: their senders' settings, draining, reading a message.
 */
final class OutboxTesting {

	static final Duration LEASE = Duration.ofHours(1);

	static final String SECRET = "bí-mật-của-cổng-sms-0123456789";

	private OutboxTesting() {
	}

	/**
	 * A sender's settings: retries after 1 minute, doubling up to 10; a lease of an hour.
	 */
	static NotifyProperties properties(int batchSize, int maxAttempts, NotifyProperties.Webhook webhook) {
		return new NotifyProperties("khong-tra-loi@doithoai.local", "Hệ thống Đối Thoại", Duration.ofSeconds(5),
				batchSize, maxAttempts, Duration.ofMinutes(1), Duration.ofMinutes(10), LEASE, webhook);
	}

	static NotifyProperties properties(int batchSize, int maxAttempts) {
		return properties(batchSize, maxAttempts, noWebhook());
	}

	static NotifyProperties.Webhook noWebhook() {
		return webhook(null, null);
	}

	/** A gateway that must answer within a second. */
	static NotifyProperties.Webhook webhook(URI url, String secret) {
		return new NotifyProperties.Webhook(url, secret, Duration.ofSeconds(1), Duration.ofSeconds(1));
	}

	/** Sends until nothing is due; returns how many messages this sender claimed. */
	static int drain(OutboxSender sender) {
		int total = 0;
		for (int claimed = sender.sendDue(); claimed > 0; claimed = sender.sendDue()) {
			total += claimed;
		}
		return total;
	}

	/** The message queued with this key, its times as instants. */
	static Map<String, Object> row(JdbcTemplate jdbc, String key) {
		Map<String, Object> row = jdbc.queryForMap("""
				select id, channel, state, subject, body, attempts, next_attempt_at, last_error, created_at, sent_at,
				       claim_token
				from outbox_message where dedup_key = ?
				""", key);
		for (String column : new String[] { "next_attempt_at", "created_at", "sent_at" }) {
			row.computeIfPresent(column, (name, at) -> ((Timestamp) at).toInstant());
		}
		return row;
	}

}
