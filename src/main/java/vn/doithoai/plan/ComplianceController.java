package vn.doithoai.plan;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.doithoai.organization.CommuneInfo;

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
		return "plan/compliance";
	}

}
