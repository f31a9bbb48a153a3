package vn.doithoai.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.plan.PublicConferences;
import vn.doithoai.system.NotFoundException;

/**
 * The public portal: the communes of the deployment, by province, and each commune's
 * page.
 */
@Controller
class PublicPortalController {

	private final CommuneDirectory communes;

	private final PublicConferences conferences;

	PublicPortalController(CommuneDirectory communes, PublicConferences conferences) {
		this.communes = communes;
		this.conferences = conferences;
	}

	@GetMapping("/")
	String home(Model model) {
		Map<String, List<CommuneInfo>> byProvince = this.communes.all()
			.stream()
			.collect(Collectors.groupingBy(CommuneInfo::provinceName, LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("provinces", byProvince);
		return "portal/home";
	}

	@GetMapping("/xa/{code}")
	String commune(@PathVariable String code, Model model) {
		CommuneInfo commune = this.communes.findByCode(code).orElseThrow(NotFoundException::new);
		model.addAttribute("commune", commune);
		model.addAttribute("areas", this.communes.areas(commune.id()));
		model.addAttribute("conferences", this.conferences.conferences(commune.id()));
		model.addAttribute("plans", this.conferences.plans(commune.id()));
		return "portal/commune";
	}

}
