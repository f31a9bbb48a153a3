package vn.doithoai.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The senders' clock in tests, moved by the test instead of waiting. */
final class MovableClock extends Clock {

	private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	/** Catches up with real time (after messages were queued), to the microsecond. */
	Instant now() {
		this.now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		return this.now;
	}

	Instant move(Duration by) {
		this.now = this.now.plus(by);
		return this.now;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneId.of("Asia/Ho_Chi_Minh");
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
