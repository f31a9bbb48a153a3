package vn.doithoai.access;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A staff account as stored: the password only as a hash. */
@Entity
@Table(name = "app_user")
class StaffAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long communeId;

	private String provinceCode;

	private Long departmentId;

	private boolean enabled;

	private Instant createdAt;

	@Version
	private int version;

	protected StaffAccount() {
	}

	StaffAccount(String username, String passwordHash, String displayName, Role role, Long communeId,
			String provinceCode, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.communeId = role.boundToCommune() ? communeId : null;
		this.provinceCode = (role == Role.PROVINCE) ? provinceCode : null;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getDisplayName() {
		return this.displayName;
	}

	Role getRole() {
		return this.role;
	}

	Long getDepartmentId() {
		return this.departmentId;
	}

	void assignDepartment(Long departmentId) {
		this.departmentId = departmentId;
	}

	Long getCommuneId() {
		return this.communeId;
	}

	String getProvinceCode() {
		return this.provinceCode;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	int getVersion() {
		return this.version;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/** What the audit log keeps of an account: never the password hash. */
	AccountState state() {
		return new AccountState(this.username, this.displayName, this.role, this.communeId, this.provinceCode,
				this.enabled);
	}

	record AccountState(String username, String displayName, Role role, Long communeId, String provinceCode,
			boolean enabled) {
	}

}
