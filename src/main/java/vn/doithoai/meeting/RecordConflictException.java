package vn.doithoai.meeting;

/**
 * A save of the live record made from an older version than the stored one: someone else
 * saved in between. Nothing was overwritten.
 */
class RecordConflictException extends RuntimeException {

	private final String target;

	RecordConflictException(String target) {
		super("conflict on " + target);
		this.target = target;
	}

	String target() {
		return this.target;
	}

}
