package vn.doithoai.access;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its account is disabled or changed (a new password,
 * a new role): the user signed in as the account was, and must sign in again as it is.
 */
class AccountStillValidFilter extends OncePerRequestFilter {

	private final JdbcTemplate jdbc;

	AccountStillValidFilter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && authentication != null && authentication.getPrincipal() instanceof StaffUser user
				&& !stillValid(user)) {
			session.invalidate();
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

	private boolean stillValid(StaffUser user) {
		List<Integer> versions = this.jdbc.queryForList("select version from app_user where id = ? and enabled",
				Integer.class, user.id());
		return versions.size() == 1 && versions.get(0) == user.version();
	}

}
