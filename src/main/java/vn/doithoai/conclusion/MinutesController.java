package vn.doithoai.conclusion;

import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doithoai.access.StaffUser;
import vn.doithoai.calendar.Deadline;
import vn.doithoai.calendar.DeadlinePurpose;
import vn.doithoai.document.DocumentRenderer;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.NotFoundException;
import vn.doithoai.system.StaffRoles;
import vn.doithoai.system.PageSteps;

/**
 * The minutes of a conference: the draft in four parts, regenerated from the record or
 * edited; finalised (numbered, locked, fingerprinted); corrected by numbered addenda.
 */
@Controller
@RequestMapping("/staff/{commune}/conferences/{id}/minutes")
class MinutesController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final Conclusions conclusions;

	private final ConferenceDocuments documents;

	private final DocumentRenderer renderer;

	MinutesController(Conclusions conclusions, ConferenceDocuments documents, DocumentRenderer renderer) {
		this.conclusions = conclusions;
		this.documents = documents;
		this.renderer = renderer;
	}

	@GetMapping
	String page(CommuneInfo commune, @PathVariable long id, Model model) {
		model.addAttribute("commune", commune);
		model.addAttribute("conference", this.conclusions.conference(commune, id));
		model.addAttribute("minutes", this.conclusions.minutes(commune, id).orElse(null));
		model.addAttribute("addenda", this.conclusions.addenda(id));
		model.addAttribute("due", this.conclusions.due(id, DeadlinePurpose.MINUTES).map(Deadline::due).orElse(null));
		return "conclusion/minutes";
	}

	@PostMapping("/draft")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String draft(CommuneInfo commune, @PathVariable long id, @AuthenticationPrincipal StaffUser user,
			RedirectAttributes redirect) {
		return step(redirect, () -> this.conclusions.draftMinutes(commune, id, user.displayName()),
				"minutes.draftedNow");
	}

	@PostMapping("/regenerate")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String regenerate(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		return step(redirect, () -> this.conclusions.regenerate(commune, id, version), "minutes.regeneratedNow");
	}

	@PostMapping
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String edit(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		this.conclusions.conference(commune, id);
		redirect.addFlashAttribute("form", form);
		return step(redirect,
				() -> this.conclusions.editMinutes(commune, id,
						new Minutes.Parts(form.get("secretaryName"), form.get("chairName"), form.get("timeAndPlace"),
								form.get("composition"), form.get("proceedings"), form.get("conclusions")),
						version),
				"minutes.savedNow");
	}

	@PostMapping("/finalise")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String finalise(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		try {
			return step(redirect, () -> this.conclusions.finalise(commune, id, version), "minutes.finalisedNow");
		}
		catch (IncompleteRecordException ex) {
			redirect.addFlashAttribute("incomplete", ex.turns());
			return "redirect:/staff/{commune}/conferences/{id}/minutes";
		}
	}

	@PostMapping("/addenda")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String addendum(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("addendumText", text);
		return step(redirect, () -> this.conclusions.addendum(commune, id, text), "minutes.addendumNow");
	}

	@GetMapping("/bien-ban.pdf")
	ResponseEntity<byte[]> pdf(CommuneInfo commune, @PathVariable long id) {
		Minutes minutes = this.conclusions.minutes(commune, id).orElseThrow(NotFoundException::new);
		byte[] pdf = minutes.isFinal() ? this.conclusions.minutesPdf(commune, id) : this.renderer
			.pdf(this.documents.minutes(this.conclusions.conference(commune, id), minutes.parts(), null, null));
		return file(pdf, MediaType.APPLICATION_PDF, "bien-ban-" + id + ".pdf");
	}

	@GetMapping("/bien-ban.docx")
	ResponseEntity<byte[]> docx(CommuneInfo commune, @PathVariable long id) {
		Minutes minutes = this.conclusions.minutes(commune, id).orElseThrow(NotFoundException::new);
		return file(
				this.renderer.docx(this.documents.minutes(this.conclusions.conference(commune, id), minutes.parts(),
						this.conclusions.minutesNumber(commune, id, minutes), minutes.finalisedOn())),
				DOCX, "bien-ban-" + id + ".docx");
	}

	@GetMapping("/addenda/{number}.pdf")
	ResponseEntity<byte[]> addendumPdf(CommuneInfo commune, @PathVariable long id, @PathVariable int number) {
		return file(this.conclusions.addendumPdf(commune, id, number), MediaType.APPLICATION_PDF,
				"bien-ban-" + id + "-phu-luc-" + number + ".pdf");
	}

	static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(bytes);
	}

	private static String step(RedirectAttributes redirect, Runnable action, String done) {
		return PageSteps.run(redirect, action, done, "/staff/{commune}/conferences/{id}/minutes");
	}

}
