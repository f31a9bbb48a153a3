package vn.doithoai.conclusion;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doithoai.access.Role;
import vn.doithoai.access.StaffUser;
import vn.doithoai.calendar.Deadline;
import vn.doithoai.calendar.DeadlinePurpose;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.NotFoundException;
import vn.doithoai.system.StaffRoles;
import vn.doithoai.system.VietnameseDates;
import vn.doithoai.system.PageSteps;

/**
 * The conclusion notice: drafted and submitted by the office, approved or returned by the
 * chair; once issued, public as a PDF; and each department's list of directives.
 */
@Controller
class ConclusionController {

	private final Conclusions conclusions;

	private final CommuneDirectory communes;

	ConclusionController(Conclusions conclusions, CommuneDirectory communes) {
		this.conclusions = conclusions;
		this.communes = communes;
	}

	@GetMapping("/staff/{commune}/conferences/{id}/conclusion")
	String page(CommuneInfo commune, @PathVariable long id, Model model) {
		model.addAttribute("commune", commune);
		model.addAttribute("conference", this.conclusions.conference(commune, id));
		model.addAttribute("conclusion", this.conclusions.conclusion(commune, id).orElse(null));
		model.addAttribute("due", this.conclusions.due(id, DeadlinePurpose.CONCLUSION).map(Deadline::due).orElse(null));
		model.addAttribute("directives",
				this.conclusions.directives(commune, null).stream().filter((d) -> d.conferenceId() == id).toList());
		model.addAttribute("departments", this.conclusions.departments(commune));
		model.addAttribute("drafts", this.conclusions.conclusion(commune, id).isPresent()
				? this.conclusions.directiveDrafts(commune, id) : List.of());
		return "conclusion/conclusion";
	}

	@PostMapping("/staff/{commune}/conferences/{id}/conclusion/draft")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String draft(CommuneInfo commune, @PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, () -> this.conclusions.draftConclusion(commune, id), "conclusion.draftedNow");
	}

	@PostMapping("/staff/{commune}/conferences/{id}/conclusion")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String edit(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String summary, RedirectAttributes redirect) {
		redirect.addFlashAttribute("summary", summary);
		return step(redirect, () -> this.conclusions.editConclusion(commune, id, summary, version),
				"conclusion.savedNow");
	}

	@PostMapping("/staff/{commune}/conferences/{id}/conclusion/deadlines/{petitionId}")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String deadline(CommuneInfo commune, @PathVariable long id, @PathVariable long petitionId,
			@RequestParam(defaultValue = "") String due, RedirectAttributes redirect) {
		return step(redirect, () -> this.conclusions.setDeadline(commune, id, petitionId, VietnameseDates.parse(due)),
				"conclusion.deadlineSetNow");
	}

	@PostMapping("/staff/{commune}/conferences/{id}/conclusion/submit")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String submit(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		return step(redirect, () -> this.conclusions.submit(commune, id, version), "conclusion.submittedNow");
	}

	@PostMapping("/staff/{commune}/conferences/{id}/conclusion/return")
	@PreAuthorize(StaffRoles.CHAIRS)
	String giveBack(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		return step(redirect, () -> this.conclusions.giveBack(commune, id, comment, version), "conclusion.returnedNow");
	}

	@PostMapping("/staff/{commune}/conferences/{id}/conclusion/approve")
	@PreAuthorize(StaffRoles.CHAIRS)
	String approve(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		return step(redirect, () -> this.conclusions.approve(commune, id, version), "conclusion.issuedNow");
	}

	@GetMapping("/staff/{commune}/conferences/{id}/conclusion/ket-luan.pdf")
	ResponseEntity<byte[]> staffPdf(CommuneInfo commune, @PathVariable long id) {
		return MinutesController.file(this.conclusions.conclusionPdf(commune, id), MediaType.APPLICATION_PDF,
				"ket-luan-" + id + ".pdf");
	}

	/** The issued notice on the portal: it carries no personal data. */
	@GetMapping("/xa/{code}/hoi-nghi/{id}/ket-luan.pdf")
	ResponseEntity<byte[]> publicPdf(@PathVariable String code, @PathVariable long id) {
		CommuneInfo commune = this.communes.findByCode(code).orElseThrow(NotFoundException::new);
		return MinutesController.file(this.conclusions.conclusionPdf(commune, id), MediaType.APPLICATION_PDF,
				"ket-luan-" + id + ".pdf");
	}

	/** The directives given to departments: an official sees their own department's. */
	@GetMapping("/staff/{commune}/directives")
	String directives(CommuneInfo commune, @AuthenticationPrincipal StaffUser user,
			@RequestParam(name = "department", required = false) Long department, Model model) {
		Long shown = (user.role() == Role.OFFICIAL) ? user.departmentId() : department;
		List<ConclusionRepository.DirectiveRow> rows = (user.role() == Role.OFFICIAL && shown == null) ? List.of()
				: this.conclusions.directives(commune, shown);
		model.addAttribute("commune", commune);
		model.addAttribute("directives", rows);
		model.addAttribute("departments", this.conclusions.departments(commune));
		model.addAttribute("department", shown);
		model.addAttribute("official", user.role() == Role.OFFICIAL);
		model.addAttribute("today", this.conclusions.today());
		return "conclusion/directives";
	}

	private static String step(RedirectAttributes redirect, Runnable action, String done) {
		return PageSteps.run(redirect, action, done, "/staff/{commune}/conferences/{id}/conclusion");
	}

}
