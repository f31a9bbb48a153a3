package vn.doithoai.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.DuplicateCodeException;
import vn.doithoai.system.NotFoundException;

/** Creating, disabling and re-keying staff accounts. */
@Service
@Transactional
public class StaffAccounts {

	private final StaffAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final CommuneDirectory communes;

	private final AuditTrail audit;

	private final Clock clock;

	StaffAccounts(StaffAccountRepository accounts, PasswordEncoder encoder, CommuneDirectory communes, AuditTrail audit,
			Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.communes = communes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates an account; a commune role needs an existing commune, a supervisor a
	 * province.
	 */
	public long create(NewAccount account) {
		return createHashed(account, this.encoder.encode(account.password()));
	}

	long createHashed(NewAccount account, String passwordHash) {
		String username = StaffUserDetailsService.normalise(account.username());
		if (this.accounts.existsByUsername(username)) {
			throw new DuplicateCodeException();
		}
		CommuneInfo commune = account.role().boundToCommune()
				? this.communes.findByCode(account.communeCode()).orElseThrow(NotFoundException::new) : null;
		if (account.role() == Role.PROVINCE && this.communes.province(account.provinceCode()).isEmpty()) {
			throw new NotFoundException();
		}
		StaffAccount saved = this.accounts
			.saveAndFlush(new StaffAccount(username, passwordHash, account.displayName(), account.role(),
					(commune != null) ? commune.id() : null, account.provinceCode(), Instant.now(this.clock)));
		this.audit.record("user.created", "user", saved.getUsername(), (commune != null) ? commune.code() : null, null,
				saved.state());
		return saved.getId();
	}

	/** Sets the department an official prepares answers for (none: {@code null}). */
	void assignDepartment(long id, Long departmentId) {
		StaffAccount account = this.accounts.findById(id).orElseThrow(NotFoundException::new);
		Long before = account.getDepartmentId();
		if (departmentId != null && (account.getCommuneId() == null || this.communes.departments(account.getCommuneId())
			.stream()
			.noneMatch((department) -> department.id() == departmentId))) {
			throw new NotFoundException();
		}
		account.assignDepartment(departmentId);
		this.accounts.flush();
		this.audit.record("user.departmentAssigned", "user", account.getUsername(), communeCode(account), before,
				departmentId);
	}

	void enable(long id, boolean enabled) {
		StaffAccount account = this.accounts.findById(id).orElseThrow(NotFoundException::new);
		if (!enabled && account.getRole() == Role.ADMIN && this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new LastAdministratorException();
		}
		var before = account.state();
		account.enable(enabled);
		this.accounts.flush();
		this.audit.record(enabled ? "user.enabled" : "user.disabled", "user", account.getUsername(),
				communeCode(account), before, account.state());
	}

	void resetPassword(long id, String password) {
		StaffAccount account = this.accounts.findById(id).orElseThrow(NotFoundException::new);
		account.changePassword(this.encoder.encode(password));
		this.accounts.flush();
		this.audit.record("user.passwordReset", "user", account.getUsername(), communeCode(account), null, null);
	}

	@Transactional(readOnly = true)
	List<AccountRow> list() {
		return this.accounts.findAllByOrderByUsername().stream().map(this::row).toList();
	}

	@Transactional(readOnly = true)
	public long countInCommune(long communeId) {
		return this.accounts.countByCommuneId(communeId);
	}

	@Transactional(readOnly = true)
	public long countAll() {
		return this.accounts.count();
	}

	private AccountRow row(StaffAccount account) {
		CommuneInfo commune = (account.getCommuneId() != null)
				? this.communes.findById(account.getCommuneId()).orElse(null) : null;
		return new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				commune, account.getProvinceCode(), account.getDepartmentId(), account.isEnabled());
	}

	private String communeCode(StaffAccount account) {
		return (account.getCommuneId() != null)
				? this.communes.findById(account.getCommuneId()).map(CommuneInfo::code).orElse(null) : null;
	}

	/**
	 * The last enabled administrator cannot be disabled: nobody could enable anyone
	 * again.
	 */
	static final class LastAdministratorException extends RuntimeException {

		LastAdministratorException() {
			super("last administrator", null, false, false);
		}

	}

	/** An account to create, with its password in clear (hashed before it is stored). */
	public record NewAccount(String username, String password, String displayName, Role role, String communeCode,
			String provinceCode) {
	}

	/** One line of the administrator's account list. */
	record AccountRow(long id, String username, String displayName, Role role, CommuneInfo commune, String provinceCode,
			Long departmentId, boolean enabled) {
	}

}
