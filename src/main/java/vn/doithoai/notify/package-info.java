/**
 * Messages to citizens and staff, sent reliably: a module writes an e-mail into the
 * outbox in the same transaction as the change that causes it
 * ({@link vn.doithoai.notify.Outbox}), so a change that rolls back sends nothing; a
 * scheduled sender on every node claims due messages with row locks that other nodes
 * skip, delivers them over SMTP, retries with a growing delay and gives up after a
 * configured number of attempts; administrators see the outbox and send a failed message
 * again. SMS and Zalo will be further channels of the same outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thông báo")
package vn.doithoai.notify;
