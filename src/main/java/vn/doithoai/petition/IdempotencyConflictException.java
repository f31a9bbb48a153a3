package vn.doithoai.petition;

/** An idempotency key used again with a different request: a 409. */
class IdempotencyConflictException extends RuntimeException {

	IdempotencyConflictException() {
		super("Idempotency key reused with a different request", null, false, false);
	}

}
