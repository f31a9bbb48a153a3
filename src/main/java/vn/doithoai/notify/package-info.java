/**
 * Messages to citizens and staff, sent reliably: a module writes an e-mail or a text for
 * the SMS or Zalo gateway into the outbox in the same transaction as the change that
 * causes it ({@link vn.doithoai.notify.Outbox}), so a change that rolls back sends
 * nothing. A scheduled sender on every node claims due messages for a lease in a
 * transaction of its own, delivers them over SMTP or as a signed JSON webhook, retries
 * with a growing delay and makes a dead letter of a message after a configured number of
 * attempts; a claim whose sender was killed lapses and the message is taken again. Each
 * message carries a stable key (Message-ID, Idempotency-Key) so that a receiver can drop
 * the rare repeat. Administrators see the outbox and send a dead letter again.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thông báo")
package vn.doithoai.notify;
