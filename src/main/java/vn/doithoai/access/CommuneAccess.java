package vn.doithoai.access;

import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import vn.doithoai.organization.CommuneDirectory;

/**
 * The tenant guard for every path under {@code /staff/{commune}}: commune staff open only
 * their own commune; a province supervisor reads (never changes) the communes of their
 * province; an administrator keeps every commune.
 */
@Component
class CommuneAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final CommuneDirectory communes;

	CommuneAccess(CommuneDirectory communes) {
		this.communes = communes;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication current = authentication.get();
		if (current == null || !(current.getPrincipal() instanceof StaffUser user)) {
			return new AuthorizationDecision(false);
		}
		String code = context.getVariables().get("commune");
		return new AuthorizationDecision(code != null && mayOpen(user, code, context.getRequest().getMethod()));
	}

	boolean mayOpen(StaffUser user, String communeCode, String method) {
		return switch (user.role()) {
			case ADMIN -> true;
			case PROVINCE -> HttpMethod.GET.matches(method) && this.communes.findByCode(communeCode)
				.map((commune) -> commune.provinceCode().equals(user.provinceCode()))
				.orElse(false);
			default -> communeCode.equals(user.communeCode());
		};
	}

}
