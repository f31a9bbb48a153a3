package vn.doithoai.notify;

import java.io.UnsupportedEncodingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

import vn.doithoai.notify.WebhookGateway.WebhookException;

/**
 * Sends the outbox's due messages; every node runs it. A sender first claims a batch in a
 * transaction of its own: the rows become SENDING for a lease, with a token naming the
 * claim, skipping rows other nodes are claiming. It then sends, and records each outcome
 * only while the claim is still its own. A sender killed after its claim leaves the batch
 * SENDING: once the lease ends, another sender takes it again, so no committed message is
 * lost.
 * <p>
 * A sender killed after the server took a message but before recording it sends that
 * message again: the outbox delivers at least once. The repeat is recognisable: a webhook
 * message carries its id as {@code Idempotency-Key}, an e-mail a {@code Message-ID} made
 * from its id. Exactly once to the recipient therefore relies on the receiver dropping a
 * key it has seen (the gateway by contract; for e-mail, mail programs that merge equal
 * Message-IDs).
 */
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	static final int MAX_ERROR_LENGTH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final JavaMailSender mail;

	private final WebhookGateway webhook;

	private final NotifyProperties properties;

	private final Clock clock;

	/**
	 * @param mail the mail server's sender, or {@code null} when none is configured: then
	 * e-mails wait
	 * @param webhook the SMS or Zalo gateway, or {@code null} when none is configured:
	 * then webhook messages wait
	 */
	OutboxSender(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, JavaMailSender mail,
			WebhookGateway webhook, NotifyProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.mail = mail;
		this.webhook = webhook;
		this.properties = properties;
		this.clock = clock;
	}

	boolean mailConfigured() {
		return this.mail != null;
	}

	boolean webhookConfigured() {
		return this.webhook != null;
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
	 * @return how many messages were claimed
	 */
	int sendDue() {
		List<Claimed> batch = claim();
		deliver(batch);
		return batch.size();
	}

	/**
	 * Claims the due messages of the channels this sender can send: pending ones whose
	 * next attempt has come, and SENDING ones whose lease has ended (their sender
	 * stopped). Each claim counts as an attempt, so a message that kills its sender every
	 * time still ends as a dead letter.
	 */
	List<Claimed> claim() {
		List<Channel> channels = new ArrayList<>();
		if (this.mail != null) {
			channels.add(Channel.EMAIL);
		}
		if (this.webhook != null) {
			channels.add(Channel.WEBHOOK);
		}
		if (channels.isEmpty()) {
			return List.of();
		}
		String channelList = channels.stream().map((c) -> "'" + c.name() + "'").collect(Collectors.joining(", "));
		Instant now = Instant.now(this.clock);
		Instant leaseEnd = now.plus(this.properties.lease());
		UUID token = UUID.randomUUID();
		List<Claimed> batch = this.transactions.execute((status) -> this.jdbc.query("""
				with due as (
				    select id from outbox_message
				    where state in ('PENDING', 'SENDING') and next_attempt_at <= ? and channel in (%s)
				    order by next_attempt_at, id
				    limit ?
				    for update skip locked
				)
				update outbox_message m
				set state = 'SENDING', attempts = m.attempts + 1, next_attempt_at = ?, claim_token = ?
				from due where m.id = due.id
				returning m.id, m.channel, m.recipient, m.subject, m.body, m.attempts, m.created_at
				""".formatted(channelList), (rs, i) -> claimed(rs, token, leaseEnd), Timestamp.from(now),
				this.properties.batchSize(), Timestamp.from(leaseEnd), token));
		return (batch != null) ? batch : List.of();
	}

	private static Claimed claimed(ResultSet rs, UUID token, Instant leaseEnd) throws SQLException {
		return new Claimed(rs.getLong("id"), Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"),
				rs.getTimestamp("created_at").toInstant(), token, leaseEnd);
	}

	/** Sends claimed messages and records how each went. */
	void deliver(List<Claimed> batch) {
		Map<Channel, List<Claimed>> byChannel = batch.stream()
			.collect(Collectors.groupingBy(Claimed::channel, () -> new EnumMap<>(Channel.class), Collectors.toList()));
		List<Claimed> emails = byChannel.getOrDefault(Channel.EMAIL, List.of());
		if (!emails.isEmpty() && leaseHolds(emails.get(0))) {
			sendEmails(emails);
		}
		for (Claimed message : byChannel.getOrDefault(Channel.WEBHOOK, List.of())) {
			if (!leaseHolds(message)) {
				return;
			}
			try {
				this.webhook.send(message.id(), message.recipient(), message.body(), message.createdAt());
				sent(List.of(message));
			}
			catch (WebhookException ex) {
				if (ex.permanent()) {
					dead(message, ex);
				}
				else {
					failed(message, ex);
				}
			}
			catch (RuntimeException ex) {
				failed(message, ex);
			}
		}
	}

	/**
	 * Whether the claim still stands: past its lease, another sender may be sending the
	 * rest of the batch, so this one stops.
	 */
	private boolean leaseHolds(Claimed message) {
		if (Instant.now(this.clock).isBefore(message.leaseEnd())) {
			return true;
		}
		log.warn("The claim on outbox message {} lapsed before it was sent; another sender takes it", message.id());
		return false;
	}

	private void sendEmails(List<Claimed> batch) {
		Instant now = Instant.now(this.clock);
		Map<MimeMessage, Claimed> messages = new IdentityHashMap<>();
		for (Claimed message : batch) {
			try {
				messages.put(toMime(message, now), message);
			}
			catch (MessagingException | UnsupportedEncodingException | IllegalArgumentException ex) {
				// The message itself is wrong: no later attempt can succeed.
				dead(message, ex);
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
		List<Claimed> sent = new ArrayList<>();
		messages.forEach((mime, message) -> {
			Exception failure = failures.get(mime);
			if (failure == null) {
				sent.add(message);
			}
			else {
				failed(message, failure);
			}
		});
		sent(sent);
	}

	private MimeMessage toMime(Claimed message, Instant now) throws MessagingException, UnsupportedEncodingException {
		MimeMessage mime = this.mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
		helper.setFrom(new InternetAddress(this.properties.from(), this.properties.fromName(), "UTF-8"));
		helper.setTo(new InternetAddress(message.recipient(), true));
		helper.setSubject(message.subject());
		helper.setText((message.body() != null) ? message.body() : "", false);
		helper.setSentDate(Date.from(now));
		// The same on every attempt, so that a repeat is recognisable (Spring's sender
		// keeps
		// a Message-ID set beforehand).
		mime.setHeader("Message-ID", messageId(message.id()));
		// Automatic mail (RFC 3834): no out-of-office replies to an address nobody reads.
		mime.setHeader("Auto-Submitted", "auto-generated");
		return mime;
	}

	/** {@code <outbox.42@doithoai.local>}: the message's id at the sender's domain. */
	String messageId(long id) {
		String from = this.properties.from();
		return "<outbox." + id + from.substring(from.lastIndexOf('@')) + ">";
	}

	/** Records messages as sent and forgets their bodies, which may hold a PIN. */
	private void sent(List<Claimed> messages) {
		if (messages.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		int[][] counts = this.jdbc.batchUpdate("""
				update outbox_message
				set state = 'SENT', body = null, sent_at = ?, last_error = null, claim_token = null
				where id = ? and claim_token = ?
				""", messages, messages.size(), (ps, message) -> {
			ps.setTimestamp(1, now);
			ps.setLong(2, message.id());
			ps.setObject(3, message.token());
		});
		int recorded = Arrays.stream(counts).flatMapToInt(Arrays::stream).map((n) -> Math.max(n, 0)).sum();
		if (recorded < messages.size()) {
			log.warn("{} of {} sent outbox messages had been claimed again by another sender meanwhile",
					messages.size() - recorded, messages.size());
		}
	}

	private void failed(Claimed message, Exception failure) {
		if (message.attempts() >= this.properties.maxAttempts()) {
			log.warn("Outbox message {} failed {} times and is a dead letter: {}", message.id(), message.attempts(),
					failure.getMessage());
			recordOutcome(message, "state = 'DEAD', last_error = ?", describe(failure, message));
			return;
		}
		log.info("Outbox message {} failed (attempt {}), will try again: {}", message.id(), message.attempts(),
				failure.getMessage());
		Instant next = Instant.now(this.clock).plus(this.properties.delayAfter(message.attempts()));
		recordOutcome(message, "state = 'PENDING', next_attempt_at = ?, last_error = ?", Timestamp.from(next),
				describe(failure, message));
	}

	private void dead(Claimed message, Exception failure) {
		log.warn("Outbox message {} cannot be sent and is a dead letter: {}", message.id(), failure.getMessage());
		recordOutcome(message, "state = 'DEAD', last_error = ?", describe(failure, message));
	}

	/** Updates a message while this sender's claim on it stands. */
	private void recordOutcome(Claimed message, String assignments, Object... values) {
		Object[] args = Arrays.copyOf(values, values.length + 2);
		args[values.length] = message.id();
		args[values.length + 1] = message.token();
		int updated = this.jdbc.update(
				"update outbox_message set " + assignments + ", claim_token = null where id = ? and claim_token = ?",
				args);
		if (updated == 0) {
			log.warn("Outbox message {} had been claimed again by another sender meanwhile", message.id());
		}
	}

	private static String describe(Exception failure, Claimed message) {
		return describe(failure, message.channel(), message.recipient());
	}

	/**
	 * The error for the administrator's page: the gateway's own words, or else the
	 * deepest cause; never the full recipient.
	 */
	static String describe(Throwable failure, Channel channel, String recipient) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String text = summary(cause);
		if (failure instanceof WebhookException && cause != failure) {
			text = failure.getMessage() + " (" + text + ")";
		}
		text = text.replace(recipient, channel.mask(recipient));
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH - 1) + "…" : text;
	}

	private static String summary(Throwable failure) {
		if (failure instanceof WebhookException) {
			return failure.getMessage();
		}
		return failure.getClass().getSimpleName()
				+ ((failure.getMessage() != null) ? ": " + failure.getMessage().strip() : "");
	}

	/** A message this sender holds: only it records how the sending went. */
	record Claimed(long id, Channel channel, String recipient, String subject, String body, int attempts,
			Instant createdAt, UUID token, Instant leaseEnd) {

		@Override
		public String toString() {
			return "Claimed[id=" + this.id + ", channel=" + this.channel + ", attempts=" + this.attempts + "]";
		}

	}

}
