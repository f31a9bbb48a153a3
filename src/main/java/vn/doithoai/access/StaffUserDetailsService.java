package vn.doithoai.access;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;

/** Loads a staff member with the commune and province their role binds them to. */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	private final CommuneDirectory communes;

	StaffUserDetailsService(StaffAccountRepository accounts, CommuneDirectory communes) {
		this.accounts = accounts;
		this.communes = communes;
	}

	@Override
	@Transactional(readOnly = true)
	public StaffUser loadUserByUsername(String username) {
		return this.accounts.findByUsername(normalise(username))
			.map(this::toUser)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	StaffUser toUser(StaffAccount account) {
		CommuneInfo commune = (account.getCommuneId() != null)
				? this.communes.findById(account.getCommuneId()).orElseThrow() : null;
		return new StaffUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				(commune != null) ? commune.code() : null,
				(commune != null) ? commune.provinceCode() : account.getProvinceCode(), account.getDepartmentId(),
				account.isEnabled(), account.getVersion(), account.getPasswordHash());
	}

	/**
	 * User names are kept in lower case; what is typed is trimmed and lower-cased the
	 * same way.
	 */
	static String normalise(String username) {
		return (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
	}

}
