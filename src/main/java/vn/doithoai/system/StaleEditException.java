package vn.doithoai.system;

/**
 * Someone else saved the record after this user opened it; their edit must not overwrite
 * it.
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException() {
		super("stale edit");
	}

}
