package vn.doithoai.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends ({@code doithoai.notify.*}); the mail server itself is configured
 * with Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender's address
 * @param fromName the sender's name as mail programs show it
 * @param pollInterval how long each node waits between two looks at the outbox
 * @param batchSize how many messages one look claims and sends over one connection
 * @param maxAttempts attempts before a message is given up (FAILED)
 * @param retryDelay the wait after the first failed attempt; it doubles after each next
 * one
 * @param maxRetryDelay the longest wait between two attempts
 */
@ConfigurationProperties("doithoai.notify")
record NotifyProperties(@DefaultValue("khong-tra-loi@doithoai.local") String from,
		@DefaultValue("Hệ thống Đối Thoại") String fromName, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("10") int maxAttempts, @DefaultValue("1m") Duration retryDelay,
		@DefaultValue("1h") Duration maxRetryDelay) {

	NotifyProperties {
		if (!EmailAddresses.isWellFormed(from)) {
			throw new IllegalArgumentException("doithoai.notify.from is not an e-mail address: " + from);
		}
		if (batchSize < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("doithoai.notify.batch-size and max-attempts must be at least 1");
		}
		// A zero delay would send a message to a dead server again and again in one poll.
		if (retryDelay.isNegative() || retryDelay.isZero() || maxRetryDelay.compareTo(retryDelay) < 0) {
			throw new IllegalArgumentException(
					"doithoai.notify.retry-delay must be positive and at most max-retry-delay");
		}
	}

	/**
	 * The wait after the given number of failed attempts: doubling, up to the maximum.
	 */
	Duration delayAfter(int failedAttempts) {
		int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
		Duration delay = this.retryDelay.multipliedBy(1L << doublings);
		return (delay.compareTo(this.maxRetryDelay) > 0) ? this.maxRetryDelay : delay;
	}

}
