package vn.doithoai.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Used challenges in PostgreSQL, shared by every node: a replay is caught whichever node
 * sees it. The mark joins the caller's transaction, so a write that fails leaves its
 * challenge unused. Rows are deleted a while after they expire (an expired solution is
 * refused anyway), at most every few minutes per node.
 */
@Repository
class JdbcUsedChallenges implements UsedChallenges {

	private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

	/** Kept past expiry so a node whose clock runs behind still sees them. */
	private static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AtomicLong nextPurge = new AtomicLong();

	JdbcUsedChallenges(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean markUsed(String signature, Instant expires) {
		purgeNowAndThen();
		return this.jdbc.update("""
				insert into used_challenge (signature, expires_at) values (?, ?)
				on conflict (signature) do nothing
				""", signature, Timestamp.from(expires)) == 1;
	}

	int purgeExpired() {
		return this.jdbc.update("delete from used_challenge where expires_at < ?",
				Timestamp.from(this.clock.instant().minus(CLOCK_MARGIN)));
	}

	private void purgeNowAndThen() {
		long now = this.clock.millis();
		long due = this.nextPurge.get();
		if (now >= due && this.nextPurge.compareAndSet(due, now + PURGE_EVERY.toMillis())) {
			purgeExpired();
		}
	}

}
