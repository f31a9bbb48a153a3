package vn.doithoai.portal;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.doithoai.access.Role;
import vn.doithoai.access.StaffAccounts;
import vn.doithoai.access.StaffUser;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneDirectory.CommuneCounts;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.NotFoundException;

/** Each role's home after login, with counts read from the data, never made up. */
@Controller
class StaffHomeController {

	private final CommuneDirectory communes;

	private final StaffAccounts accounts;

	StaffHomeController(CommuneDirectory communes, StaffAccounts accounts) {
		this.communes = communes;
		this.accounts = accounts;
	}

	@GetMapping("/staff")
	String home(@AuthenticationPrincipal StaffUser user) {
		if (user.is(Role.ADMIN)) {
			return "redirect:/admin";
		}
		if (user.is(Role.PROVINCE)) {
			return "redirect:/province";
		}
		return "redirect:/staff/" + user.communeCode();
	}

	@GetMapping("/staff/{commune}")
	String commune(CommuneInfo commune, Model model) {
		model.addAttribute("commune", commune);
		model.addAttribute("counts", this.communes.counts(commune.id()));
		model.addAttribute("users", this.accounts.countInCommune(commune.id()));
		return "portal/staffHome";
	}

	@GetMapping("/province")
	String province(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("province", this.communes.province(user.provinceCode()).orElseThrow(NotFoundException::new));
		model.addAttribute("rows",
				this.communes.inProvince(user.provinceCode())
					.stream()
					.map((commune) -> new CommuneRow(commune, this.communes.counts(commune.id())))
					.toList());
		return "portal/provinceHome";
	}

	@GetMapping("/admin")
	String admin(Model model) {
		List<CommuneInfo> all = this.communes.all();
		model.addAttribute("communes", all.size());
		model.addAttribute("provinces", this.communes.provinces().size());
		model.addAttribute("users", this.accounts.countAll());
		model.addAttribute("fields", this.communes.fields().size());
		return "portal/adminHome";
	}

	/** One commune on the province supervisor's home. */
	record CommuneRow(CommuneInfo commune, CommuneCounts counts) {
	}

}
