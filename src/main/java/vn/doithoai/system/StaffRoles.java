package vn.doithoai.system;

/**
 * Who may change what, as {@code @PreAuthorize} expressions shared by every module's
 * pages. The roles themselves are the access module's {@code Role}.
 */
public final class StaffRoles {

	/** The office and the administrator keep a commune's records. */
	public static final String COMMUNE_EDITORS = "hasAnyRole('ADMIN', 'SECRETARY')";

	/** The chair (and the administrator) approves. */
	public static final String CHAIRS = "hasAnyRole('ADMIN', 'CHAIR')";

	private StaffRoles() {
	}

}
