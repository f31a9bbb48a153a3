package vn.doithoai.plan;

/**
 * A change asked for in a state that does not allow it (a stale page, a double click).
 */
class TransitionNotAllowedException extends RuntimeException {

	TransitionNotAllowedException(String state) {
		super("not allowed in " + state, null, false, false);
	}

}
