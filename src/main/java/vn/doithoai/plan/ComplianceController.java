package vn.doithoai.plan;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.StaffRoles;

/** The yearly compliance view: required, planned, held. */
@Controller
class ComplianceController {

	private final Compliance compliance;

	private final Clock clock;

	ComplianceController(Compliance compliance, Clock clock) {
		this.compliance = compliance;
		this.clock = clock;
	}

	@ModelAttribute("commune")
	CommuneInfo commune(CommuneInfo commune) {
		return commune;
	}

	@GetMapping("/staff/{commune}/compliance")
	String compliance(CommuneInfo commune, @RequestParam(required = false) Integer year, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		int shown = (year != null && year >= 2000 && year <= 2100) ? year : today.getYear();
		model.addAttribute("year", shown);
		model.addAttribute("checks", this.compliance.checks(commune, shown, today));
		model.addAttribute("requirements", this.compliance.requirements(commune.id()));
		model.addAttribute("kinds", Compliance.RequirementKind.values());
		return "plan/compliance";
	}

	@PostMapping("/staff/{commune}/compliance/requirements")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String setRequirement(CommuneInfo commune, @RequestParam Compliance.RequirementKind kind,
			@RequestParam(defaultValue = "0") int count, @RequestParam(defaultValue = "") String legalSource,
			@RequestParam(defaultValue = "") String remove, RedirectAttributes redirect) {
		if (!remove.isBlank()) {
			this.compliance.removeRequirement(commune, kind);
			redirect.addFlashAttribute("message", "compliance.removed");
		}
		else if (count < 1 || count > 100 || legalSource.isBlank() || legalSource.length() > 300) {
			redirect.addFlashAttribute("error", "compliance.error.requirement");
		}
		else {
			this.compliance.setRequirement(commune, kind, count, legalSource);
			redirect.addFlashAttribute("message", "compliance.saved");
		}
		return "redirect:/staff/{commune}/compliance";
	}

}
