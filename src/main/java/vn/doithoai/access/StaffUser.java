package vn.doithoai.access;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member: their role and the commune (or province) they belong to.
 */
public final class StaffUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final String communeCode;

	private final String provinceCode;

	private final Long departmentId;

	private final boolean enabled;

	private final int version;

	private String passwordHash;

	StaffUser(long id, String username, String displayName, Role role, String communeCode, String provinceCode,
			Long departmentId, boolean enabled, int version, String passwordHash) {
		this.departmentId = departmentId;
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.communeCode = communeCode;
		this.provinceCode = provinceCode;
		this.enabled = enabled;
		this.version = version;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public String communeCode() {
		return this.communeCode;
	}

	/** The department an official prepares answers for; {@code null} for other roles. */
	public Long departmentId() {
		return this.departmentId;
	}

	/** The province a supervisor reads; for commune staff, their commune's province. */
	public String provinceCode() {
		return this.provinceCode;
	}

	/**
	 * The account's version when this user signed in: any change to the account ends the
	 * session.
	 */
	int version() {
		return this.version;
	}

	/** Whether this user keeps the records of the commune pages they open. */
	public boolean editsCommune() {
		return this.role == Role.SECRETARY || this.role == Role.ADMIN;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffUser user && user.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "StaffUser[" + this.username + ", " + this.role + "]";
	}

}
