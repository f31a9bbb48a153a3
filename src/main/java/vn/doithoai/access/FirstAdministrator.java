package vn.doithoai.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.text.VietnameseText;

/**
 * A new production database has no accounts: with {@code DOITHOAI_ADMIN_PASSWORD} set,
 * the first start creates the administrator {@code admin}; once any administrator exists
 * it does nothing.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffAccounts accounts;

	private final StaffAccountRepository repository;

	private final String password;

	FirstAdministrator(StaffAccounts accounts, StaffAccountRepository repository,
			@Value("${doithoai.admin-password:}") String password) {
		this.accounts = accounts;
		this.repository = repository;
		this.password = VietnameseText.normalizeInput(password);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.password.isBlank() || this.repository.existsByRole(Role.ADMIN)) {
			return;
		}
		if (this.password.length() < UserAdminController.UserForm.MIN_PASSWORD) {
			throw new IllegalStateException("DOITHOAI_ADMIN_PASSWORD needs at least "
					+ UserAdminController.UserForm.MIN_PASSWORD + " characters");
		}
		this.accounts
			.create(new StaffAccounts.NewAccount("admin", this.password, "Quản trị hệ thống", Role.ADMIN, null, null));
		log.info("Created the first administrator account 'admin'");
	}

}
