package vn.doithoai.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells an API client whom its token or session belongs to. */
@RestController
@Tag(name = "Tài khoản")
class MeApiController {

	@GetMapping("/api/v1/staff/me")
	@Operation(summary = "Người dùng hiện tại")
	Me me(@AuthenticationPrincipal StaffUser user) {
		return new Me(user.getUsername(), user.displayName(), user.role(), user.communeCode(), user.provinceCode());
	}

	record Me(String username, String displayName, Role role, String communeCode, String provinceCode) {
	}

}
