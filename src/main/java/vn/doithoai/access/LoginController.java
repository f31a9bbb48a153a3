package vn.doithoai.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.doithoai.system.DemoMode;

/** The login page; in demo mode it lists the demo accounts and their password. */
@Controller
class LoginController {

	static final String DEMO_PASSWORD = "doithoai-demo";

	private final DemoMode demo;

	private final StaffAccounts accounts;

	private final LoginAttempts attempts;

	LoginController(DemoMode demo, StaffAccounts accounts, LoginAttempts attempts) {
		this.demo = demo;
		this.accounts = accounts;
		this.attempts = attempts;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockoutMinutes", this.attempts.lockoutMinutes());
		if (this.demo.isEnabled()) {
			model.addAttribute("demoAccounts",
					this.accounts.list().stream().filter(StaffAccounts.AccountRow::enabled).toList());
			model.addAttribute("demoPassword", DEMO_PASSWORD);
		}
		return "access/login";
	}

}
