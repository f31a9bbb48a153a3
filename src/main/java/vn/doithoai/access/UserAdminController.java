package vn.doithoai.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.system.DuplicateCodeException;
import vn.doithoai.system.NotFoundException;

/**
 * The administrator's list of staff accounts: create, disable, enable, set a new
 * password.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final StaffAccounts accounts;

	private final CommuneDirectory communes;

	UserAdminController(StaffAccounts accounts, CommuneDirectory communes) {
		this.accounts = accounts;
		this.communes = communes;
	}

	@GetMapping
	String list(Model model) {
		java.util.List<StaffAccounts.AccountRow> users = this.accounts.list();
		model.addAttribute("users", users);
		model.addAttribute("departments",
				users.stream()
					.filter((u) -> u.role() == Role.OFFICIAL && u.commune() != null)
					.map((u) -> u.commune().id())
					.distinct()
					.collect(java.util.stream.Collectors.toMap((id) -> id, this.communes::departments)));
		return "access/users";
	}

	/** Links an official to the department whose petitions they answer. */
	@PostMapping("/{id}/department")
	String assignDepartment(@PathVariable long id, @RequestParam(defaultValue = "") String departmentId,
			RedirectAttributes redirect) {
		try {
			this.accounts.assignDepartment(id, departmentId.isBlank() ? null : Long.valueOf(departmentId));
			redirect.addFlashAttribute("message", "user.departmentSaved");
		}
		catch (NumberFormatException | NotFoundException ex) {
			redirect.addFlashAttribute("error", "user.departmentUnknown");
		}
		return "redirect:/admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new UserForm("", "", null, "", "", ""));
		return form(model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.role() != null && form.role().boundToCommune() && form.communeCode().isBlank()) {
			result.rejectValue("communeCode", "validation.required");
		}
		if (form.role() == Role.PROVINCE && form.provinceCode().isBlank()) {
			result.rejectValue("provinceCode", "validation.required");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.create(new StaffAccounts.NewAccount(form.username(), form.password(), form.displayName(),
						form.role(), form.communeCode(), form.provinceCode()));
				redirect.addFlashAttribute("message", "user.saved");
				return "redirect:/admin/users";
			}
			catch (DuplicateCodeException ex) {
				result.rejectValue("username", "user.username.taken");
			}
			catch (NotFoundException ex) {
				result.rejectValue(form.role() == Role.PROVINCE ? "provinceCode" : "communeCode", "user.scope.unknown");
			}
		}
		return form(model);
	}

	@PostMapping("/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			this.accounts.enable(id, enabled);
		}
		catch (StaffAccounts.LastAdministratorException ex) {
			redirect.addFlashAttribute("error", "user.lastAdministrator");
			return "redirect:/admin/users";
		}
		redirect.addFlashAttribute("message", enabled ? "user.enabledNow" : "user.disabledNow");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		if (password.length() < UserForm.MIN_PASSWORD || password.length() > UserForm.MAX_PASSWORD) {
			redirect.addFlashAttribute("error", "user.password.length");
			return "redirect:/admin/users";
		}
		this.accounts.resetPassword(id, password);
		redirect.addFlashAttribute("message", "user.passwordChanged");
		return "redirect:/admin/users";
	}

	private String form(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("communes", this.communes.all());
		model.addAttribute("provinces", this.communes.provinces());
		return "access/userForm";
	}

	record UserForm(
			@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Za-z0-9._-]{3,50}",
					message = "{user.username.invalid}") String username,
			@NotBlank(message = "{validation.required}") @Size(max = 150,
					message = "{validation.tooLong}") String displayName,
			@NotNull(message = "{validation.required}") Role role, String communeCode, String provinceCode,
			@Size(min = MIN_PASSWORD, max = MAX_PASSWORD, message = "{user.password.length}") String password) {

		static final int MIN_PASSWORD = 12;

		static final int MAX_PASSWORD = 128;

		UserForm {
			communeCode = (communeCode != null) ? communeCode : "";
			provinceCode = (provinceCode != null) ? provinceCode : "";
		}

	}

}
