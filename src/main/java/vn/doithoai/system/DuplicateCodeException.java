package vn.doithoai.system;

/**
 * A code that must be unique is taken already; the form shows it beside the code field.
 */
public class DuplicateCodeException extends RuntimeException {

	public DuplicateCodeException() {
		super("duplicate code");
	}

}
