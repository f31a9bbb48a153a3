package vn.doithoai.access;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in, for the navigation by role. */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	StaffUser currentUser(@AuthenticationPrincipal StaffUser user) {
		return user;
	}

}
