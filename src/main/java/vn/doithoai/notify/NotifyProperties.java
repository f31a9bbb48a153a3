package vn.doithoai.notify;

import java.net.URI;
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
 * @param maxAttempts attempts before a message becomes a dead letter
 * @param retryDelay the wait after the first failed attempt; it doubles after each next
 * one
 * @param maxRetryDelay the longest wait between two attempts
 * @param lease how long a sender's claim on a batch lasts: a batch still unfinished then
 * (its sender was killed) is taken by another sender
 * @param webhook the SMS or Zalo gateway
 */
@ConfigurationProperties("doithoai.notify")
record NotifyProperties(@DefaultValue("khong-tra-loi@doithoai.local") String from,
		@DefaultValue("Hệ thống Đối Thoại") String fromName, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("8") int maxAttempts, @DefaultValue("1m") Duration retryDelay,
		@DefaultValue("1h") Duration maxRetryDelay, @DefaultValue("10m") Duration lease,
		@DefaultValue Webhook webhook) {

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
		// Otherwise a slow gateway would let the lease of a batch still being sent lapse,
		// and another node would send its last messages a second time.
		Duration slowestBatch = webhook.longestExchange().multipliedBy(batchSize);
		if (lease.compareTo(slowestBatch) <= 0) {
			throw new IllegalArgumentException("doithoai.notify.lease must be longer than " + slowestBatch
					+ ", the time a batch of webhook messages may take");
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

	/**
	 * The SMS or Zalo gateway ({@code doithoai.notify.webhook.*}); without a URL, webhook
	 * messages wait in the outbox.
	 *
	 * @param url where each message is posted, {@code http} or {@code https}
	 * @param secret the key of the HMAC-SHA256 signature the gateway checks; at least 16
	 * characters
	 * @param connectTimeout the longest wait for a connection
	 * @param readTimeout the longest wait for the gateway's answer
	 */
	record Webhook(URI url, String secret, @DefaultValue("5s") Duration connectTimeout,
			@DefaultValue("10s") Duration readTimeout) {

		static final int MIN_SECRET_LENGTH = 16;

		Webhook {
			if (url != null) {
				if (!url.isAbsolute() || url.getHost() == null
						|| !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
					throw new IllegalArgumentException("doithoai.notify.webhook.url is not an http(s) URL: " + url);
				}
				if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
					throw new IllegalArgumentException("doithoai.notify.webhook.secret must be at least "
							+ MIN_SECRET_LENGTH + " characters when a webhook URL is set");
				}
			}
			if (!connectTimeout.isPositive() || !readTimeout.isPositive()) {
				throw new IllegalArgumentException("doithoai.notify.webhook timeouts must be positive");
			}
		}

		boolean configured() {
			return this.url != null;
		}

		/** The longest one message may take: connecting, then waiting for the answer. */
		Duration longestExchange() {
			return this.connectTimeout.plus(this.readTimeout);
		}

		@Override
		public String toString() {
			return "Webhook[url=" + this.url + ", connectTimeout=" + this.connectTimeout + ", readTimeout="
					+ this.readTimeout + "]";
		}

	}

}
