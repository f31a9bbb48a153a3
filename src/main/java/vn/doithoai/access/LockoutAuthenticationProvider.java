package vn.doithoai.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.doithoai.text.VietnameseText;

/**
 * Form login: every attempt is counted before the password is looked at, and a locked
 * name is refused; a disabled account is told so only after the right password, so that
 * nothing answers whether a name exists.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginAttempts attempts;

	LockoutAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setPreAuthenticationChecks((user) -> {
		});
		this.passwords.setPostAuthenticationChecks((user) -> {
			if (!user.isEnabled()) {
				throw new DisabledException("disabled");
			}
		});
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		if (!this.attempts.tryAttempt(username)) {
			throw new LockedException("locked");
		}
		// The password is read as every typed value is stored: NFC, without surrounding
		// spaces.
		String password = VietnameseText.normalizeInput(String.valueOf(authentication.getCredentials()));
		try {
			Authentication result = this.passwords
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
			this.attempts.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.attempts.failed(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
