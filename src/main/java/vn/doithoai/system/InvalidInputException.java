package vn.doithoai.system;

/**
 * Input that passed the format checks but not the domain's (a year outside 1900–2100,
 * say): a 400 problem naming the field, with the message of {@code key}.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final String key;

	public InvalidInputException(String field, String key) {
		super(key, null, false, false);
		this.field = field;
		this.key = key;
	}

	public String field() {
		return this.field;
	}

	public String key() {
		return this.key;
	}

}
