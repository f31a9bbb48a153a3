package vn.doithoai.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.text.VietnameseText;

/**
 * Queues messages for sending, by e-mail or through the SMS or Zalo gateway's webhook.
 * Must be called inside the transaction of the change that causes the message: the
 * message is sent only if that transaction commits, a few seconds later, by the outbox's
 * sender, and then even if the application is stopped meanwhile.
 */
@Service
public class Outbox {

	static final int MAX_SUBJECT_LENGTH = 300;

	static final int MAX_DEDUP_KEY_LENGTH = 200;

	static final int MAX_TEXT_LENGTH = 2000;

	/** One token of visible characters: a phone number, a Zalo id. */
	private static final Pattern WEBHOOK_RECIPIENT = Pattern.compile("[^\\s\\p{Cntrl}]{1,100}");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Outbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Queues a plain-text e-mail.
	 * @param communeCode the commune it is sent for, or {@code null} for deployment-wide
	 * mail
	 * @param to the recipient's address, already validated by the caller
	 * @param subject one line
	 * @param body plain text; it may hold a secret (a PIN): it is erased once sent
	 * @param dedupKey names the message (for example {@code petition-receipt:K7M2QX}): a
	 * second call with the same key queues nothing
	 * @throws IllegalArgumentException if the address does not look like one, the subject
	 * is blank, longer than 300 characters or spans lines, the body is missing or the key
	 * blank or longer than 200 characters
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void email(String communeCode, String to, String subject, String body, String dedupKey) {
		String recipient = (to != null) ? to.trim() : null;
		if (!EmailAddresses.isWellFormed(recipient)) {
			throw new IllegalArgumentException("Not an e-mail address: " + to);
		}
		if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH || subject.indexOf('\r') >= 0
				|| subject.indexOf('\n') >= 0) {
			throw new IllegalArgumentException(
					"An e-mail subject is one non-blank line of at most " + MAX_SUBJECT_LENGTH + " characters");
		}
		if (body == null) {
			throw new IllegalArgumentException("An e-mail needs a body");
		}
		requireKey(dedupKey);
		insert(communeCode, Channel.EMAIL, recipient, VietnameseText.nfc(subject.strip()), VietnameseText.nfc(body),
				dedupKey);
	}

	/**
	 * Queues a text for the SMS or Zalo gateway ({@code doithoai.notify.webhook.url});
	 * without a gateway configured it waits in the outbox.
	 * @param communeCode the commune it is sent for, or {@code null} for deployment-wide
	 * messages
	 * @param to what the gateway knows the recipient by (a phone number such as
	 * {@code 0912345678}, a Zalo id), already validated by the caller
	 * @param text the text; it may hold a secret (a PIN): it is erased once sent
	 * @param dedupKey names the message: a second call with the same key queues nothing
	 * @throws IllegalArgumentException if the recipient is blank, longer than 100
	 * characters or holds spaces or control characters, the text is blank or longer than
	 * 2,000 characters, or the key blank or longer than 200 characters
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void webhook(String communeCode, String to, String text, String dedupKey) {
		String recipient = (to != null) ? to.strip() : null;
		if (recipient == null || !WEBHOOK_RECIPIENT.matcher(recipient).matches()) {
			throw new IllegalArgumentException("Not a gateway recipient: " + to);
		}
		if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
			throw new IllegalArgumentException(
					"A text for the gateway is not blank and at most " + MAX_TEXT_LENGTH + " characters");
		}
		requireKey(dedupKey);
		insert(communeCode, Channel.WEBHOOK, recipient, null, VietnameseText.nfc(text.strip()), dedupKey);
	}

	private static void requireKey(String dedupKey) {
		if (dedupKey == null || dedupKey.isBlank() || dedupKey.length() > MAX_DEDUP_KEY_LENGTH) {
			throw new IllegalArgumentException(
					"A message needs a key of at most " + MAX_DEDUP_KEY_LENGTH + " characters");
		}
	}

	private void insert(String communeCode, Channel channel, String recipient, String subject, String body,
			String dedupKey) {
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		this.jdbc.update("""
				insert into outbox_message (commune_code, channel, recipient, subject, body, dedup_key, state,
				    attempts, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
				on conflict (dedup_key) do nothing
				""", communeCode, channel.name(), recipient, subject, body, dedupKey, now, now);
	}

}
