package vn.doithoai.meeting;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.petition.ConferencePetition;
import vn.doithoai.system.PageSteps;
import vn.doithoai.system.StaffRoles;

/**
 * Check-in at the door: a registered citizen by name or by the code on their confirmation
 * page (a QR scanner types it), a refusal with its legal ground, the groups counted.
 */
@Controller
@RequestMapping("/staff/{commune}/conferences/{id}/checkin")
@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
class CheckInController {

	private final Attendances attendances;

	private final LiveConferences live;

	private final CommuneDirectory directory;

	CheckInController(Attendances attendances, LiveConferences live, CommuneDirectory directory) {
		this.attendances = attendances;
		this.live = live;
		this.directory = directory;
	}

	@GetMapping
	String page(CommuneInfo commune, @PathVariable long id, @RequestParam(name = "q", defaultValue = "") String query,
			Model model) {
		Attendances.Summary summary = this.attendances.summary(commune, id);
		String folded = vn.doithoai.text.VietnameseText.fold(query.strip()).toLowerCase(java.util.Locale.ROOT);
		List<ConferencePetition> shown = summary.registered()
			.stream()
			.filter((p) -> folded.isEmpty() || vn.doithoai.text.VietnameseText.fold(p.fullName())
				.toLowerCase(java.util.Locale.ROOT)
				.contains(folded))
			.toList();
		model.addAttribute("commune", commune);
		model.addAttribute("conference", this.live.conference(commune, id));
		model.addAttribute("summary", summary);
		model.addAttribute("shown", shown);
		model.addAttribute("query", query);
		model.addAttribute("areas", this.directory.areas(commune.id()));
		model.addAttribute("grounds", RefusalGround.values());
		model.addAttribute("groups", HeadcountGroup.values());
		model.addAttribute("requestKey", java.util.UUID.randomUUID().toString());
		return "meeting/checkin";
	}

	@PostMapping("/code")
	String byCode(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "false") boolean showName, RedirectAttributes redirect) {
		return step(redirect, () -> {
			ConferencePetition p = this.attendances.checkInByCode(commune, id, code, showName);
			redirect.addFlashAttribute("checkedIn", p.fullName());
		}, "meeting.checkin.done");
	}

	@PostMapping("/petitions/{petitionId}")
	String byName(CommuneInfo commune, @PathVariable long id, @PathVariable long petitionId,
			@RequestParam(defaultValue = "false") boolean showName, RedirectAttributes redirect) {
		return step(redirect, () -> {
			ConferencePetition p = this.attendances.checkIn(commune, id, petitionId, showName);
			redirect.addFlashAttribute("checkedIn", p.fullName());
		}, "meeting.checkin.done");
	}

	@PostMapping("/refusals")
	String refuse(CommuneInfo commune, @PathVariable long id, @RequestParam(required = false) RefusalGround ground,
			@RequestParam(defaultValue = "") String requestKey, RedirectAttributes redirect) {
		return step(redirect,
				() -> this.attendances.refuse(commune, id, ground,
						requestKey.isBlank() ? java.util.UUID.randomUUID().toString() : requestKey),
				"meeting.refused.done");
	}

	@PostMapping("/counts")
	String count(CommuneInfo commune, @PathVariable long id, @RequestParam(required = false) HeadcountGroup group,
			@RequestParam(required = false) Integer count, RedirectAttributes redirect) {
		return step(redirect, () -> this.attendances.count(commune, id, group, count), "meeting.counted.done");
	}

	private static String step(RedirectAttributes redirect, Runnable action, String done) {
		return PageSteps.run(redirect, action, done, "/staff/{commune}/conferences/{id}/checkin");
	}

}
