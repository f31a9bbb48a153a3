package vn.doithoai.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.StaffRoles;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.StaleEditException;
import vn.doithoai.system.VietnameseDates;

/** A commune's conferences: list, create, edit, and each step of their life. */
@Controller
@RequestMapping("/staff/{commune}/conferences")
class ConferenceController {

	private final Conferences conferences;

	private final CommuneDirectory directory;

	private final Clock clock;

	ConferenceController(Conferences conferences, CommuneDirectory directory, Clock clock) {
		this.conferences = conferences;
		this.directory = directory;
		this.clock = clock;
	}

	@ModelAttribute("commune")
	CommuneInfo commune(CommuneInfo commune) {
		return commune;
	}

	@GetMapping
	String list(CommuneInfo commune, @RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null && year >= 2000 && year <= 2100) ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("conferences", this.conferences.list(commune, shown));
		return "plan/conferences";
	}

	@GetMapping("/new")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String newConference(CommuneInfo commune, @RequestParam(required = false) Long plan, Model model) {
		model.addAttribute("form", ConferenceForm.empty(plan, UUID.randomUUID().toString()));
		return form(commune, model, null);
	}

	@PostMapping("/new")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String create(CommuneInfo commune, @Valid @ModelAttribute("form") ConferenceForm form, BindingResult result,
			Model model) {
		Conference.Details details = form.details(result);
		if (details != null) {
			try {
				long id = this.conferences.create(commune, form.planId(), details, form.requestKey());
				return "redirect:/staff/{commune}/conferences/" + id;
			}
			catch (InvalidInputException ex) {
				result.rejectValue(ex.field(), ex.key());
			}
		}
		return form(commune, model, null);
	}

	@GetMapping("/{id}")
	String view(CommuneInfo commune, @PathVariable long id, Model model) {
		model.addAttribute("conference", this.conferences.view(commune, id));
		model.addAttribute("areas", this.directory.areas(commune.id()));
		model.addAttribute("fields", this.directory.fields());
		return "plan/conference";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String edit(CommuneInfo commune, @PathVariable long id, Model model) {
		model.addAttribute("form", ConferenceForm.of(this.conferences.view(commune, id)));
		return form(commune, model, id);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String change(CommuneInfo commune, @PathVariable long id, @Valid @ModelAttribute("form") ConferenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.conferences.view(commune, id);
		Conference.Details details = form.details(result);
		if (details != null) {
			try {
				this.conferences.change(commune, id, details, (form.version() != null) ? form.version() : -1);
				redirect.addFlashAttribute("message", "conference.saved");
				return "redirect:/staff/{commune}/conferences/" + id;
			}
			catch (InvalidInputException ex) {
				result.rejectValue(ex.field(), ex.key());
			}
			catch (StaleEditException ex) {
				result.reject("validation.staleEdit");
			}
			catch (TransitionNotAllowedException ex) {
				result.reject("conference.error.transition");
			}
		}
		return form(commune, model, id);
	}

	@PostMapping("/{id}/schedule")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String schedule(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		return step(id, redirect, Map.of(), () -> this.conferences.schedule(commune, id, version),
				"conference.scheduledNow");
	}

	@PostMapping("/{id}/announce")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String announce(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String lateReason, RedirectAttributes redirect) {
		return step(id, redirect, Map.of("lateReason", lateReason),
				() -> this.conferences.announce(commune, id, lateReason, version), "conference.announcedNow");
	}

	@PostMapping("/{id}/close-registration")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String closeRegistration(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		return step(id, redirect, Map.of(), () -> this.conferences.closeRegistration(commune, id, version),
				"conference.registrationClosedNow");
	}

	@PostMapping("/{id}/postpone")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String postpone(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String newDate, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		LocalDate date = VietnameseDates.parse(newDate);
		if (date == null) {
			this.conferences.view(commune, id);
			redirect.addFlashAttribute("actionError",
					new ActionError("newDate", newDate.isBlank() ? "validation.required" : "conference.error.date"));
			redirect.addFlashAttribute("actionValues", Map.of("newDate", newDate, "reason", reason));
			return "redirect:/staff/{commune}/conferences/" + id;
		}
		return step(id, redirect, Map.of("newDate", newDate, "reason", reason),
				() -> this.conferences.postpone(commune, id, date, reason, version), "conference.postponedNow");
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String cancel(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return step(id, redirect, Map.of("cancelReason", reason),
				() -> this.conferences.cancel(commune, id, reason, version), "conference.cancelledNow");
	}

	/**
	 * Runs one step; bad input goes back beside its field, a stale page gets a clear
	 * message.
	 */
	private String step(long id, RedirectAttributes redirect, Map<String, String> values, Runnable action,
			String done) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionError", new ActionError(ex.field(), ex.key()));
			redirect.addFlashAttribute("actionValues", values);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("error", "validation.staleEdit");
		}
		catch (TransitionNotAllowedException ex) {
			redirect.addFlashAttribute("error", "conference.error.transition");
		}
		return "redirect:/staff/{commune}/conferences/" + id;
	}

	private String form(CommuneInfo commune, Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("kinds", ConferenceKind.values());
		model.addAttribute("areas", this.directory.areas(commune.id()));
		model.addAttribute("fields", this.directory.fields());
		return "plan/conferenceForm";
	}

	/** A step refused for bad input: which field and why. */
	record ActionError(String field, String key) {
	}

}
