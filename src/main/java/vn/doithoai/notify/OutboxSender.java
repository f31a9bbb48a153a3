package vn.doithoai.notify;

import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due messages. Every node runs it: a batch is claimed with row locks
 * that the other nodes skip, and held until each message of the batch is marked sent or
 * failed, so two nodes never send the same message. A node that dies after the server
 * took a message but before the mark commits leaves it pending: it is sent again (at
 * least once, never concurrently twice).
 */
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	static final int MAX_ERROR_LENGTH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final JavaMailSender mail;

	private final NotifyProperties properties;

	private final Clock clock;

	/**
	 * @param mail the mail server's sender, or {@code null} when none is configured: then
	 * nothing is sent and messages wait
	 */
	OutboxSender(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, JavaMailSender mail,
			NotifyProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	boolean mailConfigured() {
		return this.mail != null;
	}

	/** Sends until no full batch is due; a failed message waits for its next attempt. */
	@Scheduled(initialDelayString = "${doithoai.notify.poll-interval:5s}",
			fixedDelayString = "${doithoai.notify.poll-interval:5s}")
	void poll() {
		try {
			while (sendDue() == this.properties.batchSize()) {
				// A full batch: more may be due.
			}
		}
		catch (DataAccessException ex) {
			log.warn("The outbox could not be read; trying again at the next poll: {}", ex.getMessage());
		}
	}

	/**
	 * Claims one batch of due messages and sends it.
	 * @return how many messages were claimed (sent or failed)
	 */
	int sendDue() {
		if (this.mail == null) {
			return 0;
		}
		Integer claimed = this.transactions.execute((status) -> {
			Instant now = Instant.now(this.clock);
			List<Claimed> batch = this.jdbc.query("""
					select id, recipient, subject, body, attempts from outbox_message
					where state = 'PENDING' and next_attempt_at <= ?
					order by next_attempt_at, id
					limit ?
					for update skip locked
					""",
					(rs, i) -> new Claimed(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
							rs.getString("body"), rs.getInt("attempts")),
					Timestamp.from(now), this.properties.batchSize());
			if (!batch.isEmpty()) {
				send(batch, now);
			}
			return batch.size();
		});
		return (claimed != null) ? claimed : 0;
	}

	private void send(List<Claimed> batch, Instant now) {
		Map<MimeMessage, Claimed> messages = new IdentityHashMap<>();
		for (Claimed message : batch) {
			try {
				messages.put(toMime(message, now), message);
			}
			catch (MessagingException | UnsupportedEncodingException | IllegalArgumentException ex) {
				// The message itself is wrong: no later attempt can succeed.
				giveUp(message, ex);
			}
		}
		if (messages.isEmpty()) {
			return;
		}
		Map<Object, Exception> failures = new IdentityHashMap<>();
		try {
			this.mail.send(messages.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			failures.putAll(ex.getFailedMessages());
			if (failures.isEmpty()) {
				messages.keySet().forEach((mime) -> failures.put(mime, ex));
			}
		}
		catch (MailException ex) {
			messages.keySet().forEach((mime) -> failures.put(mime, ex));
		}
		List<Object[]> sent = new ArrayList<>();
		messages.forEach((mime, message) -> {
			Exception failure = failures.get(mime);
			if (failure == null) {
				sent.add(new Object[] { Timestamp.from(now), message.id() });
			}
			else {
				failed(message, failure, now);
			}
		});
		// The body may hold a PIN: once the mail server has it, the outbox forgets it.
		this.jdbc.batchUpdate("""
				update outbox_message
				set state = 'SENT', body = null, attempts = attempts + 1, sent_at = ?, last_error = null
				where id = ?
				""", sent);
	}

	private MimeMessage toMime(Claimed message, Instant now) throws MessagingException, UnsupportedEncodingException {
		MimeMessage mime = this.mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
		helper.setFrom(new InternetAddress(this.properties.from(), this.properties.fromName(), "UTF-8"));
		helper.setTo(new InternetAddress(message.recipient(), true));
		helper.setSubject(message.subject());
		helper.setText((message.body() != null) ? message.body() : "", false);
		helper.setSentDate(Date.from(now));
		// Automatic mail (RFC 3834): no out-of-office replies to an address nobody reads.
		mime.setHeader("Auto-Submitted", "auto-generated");
		return mime;
	}

	private void failed(Claimed message, Exception failure, Instant now) {
		int attempts = message.attempts() + 1;
		if (attempts >= this.properties.maxAttempts()) {
			log.warn("Outbox message {} failed {} times and is given up: {}", message.id(), attempts,
					failure.getMessage());
			this.jdbc.update("""
					update outbox_message set state = 'FAILED', attempts = ?, last_error = ? where id = ?
					""", attempts, describe(failure, message.recipient()), message.id());
			return;
		}
		log.info("Outbox message {} failed (attempt {}), will try again: {}", message.id(), attempts,
				failure.getMessage());
		this.jdbc.update("""
				update outbox_message set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?
				""", attempts, Timestamp.from(now.plus(this.properties.delayAfter(attempts))),
				describe(failure, message.recipient()), message.id());
	}

	private void giveUp(Claimed message, Exception failure) {
		log.warn("Outbox message {} cannot be sent and is given up: {}", message.id(), failure.getMessage());
		this.jdbc.update("""
				update outbox_message set state = 'FAILED', attempts = attempts + 1, last_error = ? where id = ?
				""", describe(failure, message.recipient()), message.id());
	}

	/**
	 * The error for the administrator's page: the deepest cause, never the full address.
	 */
	static String describe(Throwable failure, String recipient) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String text = cause.getClass().getSimpleName()
				+ ((cause.getMessage() != null) ? ": " + cause.getMessage().strip() : "");
		text = text.replace(recipient, EmailAddresses.mask(recipient));
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH - 1) + "…" : text;
	}

	private record Claimed(long id, String recipient, String subject, String body, int attempts) {
	}

}
