package vn.doithoai.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A client address sent more public writes than the rate limit allows: a 429 problem with
 * {@code Retry-After} in the API. A page should catch it and show
 * {@code guard.error.tooMany} with {@link #retryAfterMinutes()}; uncaught it becomes the
 * 429 error page.
 */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class TooManyRequestsException extends RuntimeException {

	private final long retryAfterSeconds;

	public TooManyRequestsException(long retryAfterSeconds) {
		super("Too many requests; retry after " + retryAfterSeconds + " s", null, false, false);
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	/** When the next write will be accepted, in seconds (at least 1). */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	/** The same, in whole minutes rounded up, for a message to people. */
	public long retryAfterMinutes() {
		return (this.retryAfterSeconds + 59) / 60;
	}

}
