package vn.doithoai.access;

import java.time.Clock;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member's own personal access tokens: make one, see them, revoke one. */
@Controller
class AccountController {

	private final AccessTokens tokens;

	private final Clock clock;

	AccountController(AccessTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping("/account/tokens")
	String tokens(@AuthenticationPrincipal StaffUser user, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TokenForm("", 90));
		}
		return page(user, model);
	}

	@PostMapping("/account/tokens")
	String create(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute("form") TokenForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(user, model);
		}
		redirect.addFlashAttribute("newToken", this.tokens.create(user, form.name(), form.validDays()));
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(user, id);
		redirect.addFlashAttribute("message", "token.revoked");
		return "redirect:/account/tokens";
	}

	private String page(StaffUser user, Model model) {
		model.addAttribute("tokens", this.tokens.list(user));
		model.addAttribute("now", Instant.now(this.clock));
		return "access/tokens";
	}

	record TokenForm(
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
			@Min(value = 1, message = "{token.validDays.range}") @Max(value = 365,
					message = "{token.validDays.range}") Integer validDays) {
	}

}
