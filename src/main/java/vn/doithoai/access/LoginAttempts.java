package vn.doithoai.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts login attempts per user name as typed, whether or not such an account exists, so
 * that a lockout says nothing about which names are real. An attempt is counted before
 * its password is checked, in one atomic statement, so that parallel guesses cannot slip
 * past the limit.
 */
@Service
class LoginAttempts {

	private static final int MAX_KEY = 50;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockout;

	LoginAttempts(JdbcTemplate jdbc, Clock clock, @Value("${doithoai.security.max-failed-logins}") int maxFailures,
			@Value("${doithoai.security.lockout}") Duration lockout) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	/**
	 * Counts one attempt; false when the name is locked, or the attempt is one too many,
	 * which locks it. A lock that has run out starts the count again.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean tryAttempt(String username) {
		Instant now = Instant.now(this.clock);
		Attempt attempt = this.jdbc.queryForObject("""
				insert into login_attempt (username, failures, last_failure_at) values (?, 1, ?)
				on conflict (username) do update set
				    failures = case when login_attempt.locked_until <= excluded.last_failure_at then 1
				                    else login_attempt.failures + 1 end,
				    locked_until = case when login_attempt.locked_until <= excluded.last_failure_at then null
				                        else login_attempt.locked_until end,
				    last_failure_at = excluded.last_failure_at
				returning failures, locked_until
				""", (rs, i) -> new Attempt(rs.getInt("failures"), rs.getTimestamp("locked_until")), key(username),
				Timestamp.from(now));
		if (attempt.lockedUntil() != null) {
			return false;
		}
		if (attempt.count() > this.maxFailures) {
			lock(username, now);
			return false;
		}
		return true;
	}

	/**
	 * A wrong password: the attempt that reaches the limit locks the name for a while.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(String username) {
		this.jdbc.update(
				"update login_attempt set locked_until = ? where username = ? and failures >= ? and locked_until is null",
				Timestamp.from(Instant.now(this.clock).plus(this.lockout)), key(username), this.maxFailures);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(String username) {
		this.jdbc.update("delete from login_attempt where username = ?", key(username));
	}

	long lockoutMinutes() {
		return this.lockout.toMinutes();
	}

	private void lock(String username, Instant now) {
		this.jdbc.update("update login_attempt set locked_until = ? where username = ? and locked_until is null",
				Timestamp.from(now.plus(this.lockout)), key(username));
	}

	private static String key(String username) {
		String key = StaffUserDetailsService.normalise(username);
		return (key.length() > MAX_KEY) ? key.substring(0, MAX_KEY) : key;
	}

	private record Attempt(int count, Timestamp lockedUntil) {
	}

}
