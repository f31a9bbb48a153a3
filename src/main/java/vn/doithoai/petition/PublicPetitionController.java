package vn.doithoai.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.plan.PublicConferences;
import vn.doithoai.plan.PublicConferences.PublicConference;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.NotFoundException;
import vn.doithoai.system.PublicWriteGuard;
import vn.doithoai.system.TooManyRequestsException;

/**
 * The citizen's pages: the registration form (for a conference or a general petition),
 * and following a petition by its code.
 */
@Controller
class PublicPetitionController {

	/** The guard's fields: not on the form, so their errors go above it. */
	private static final java.util.Set<String> GUARDED = java.util.Set.of("challenge", "website");

	private final Petitions petitions;

	private final PublicPetitions publicPetitions;

	private final CommuneDirectory communes;

	private final PublicConferences conferences;

	private final Clock clock;

	private final PublicWriteGuard guard;

	PublicPetitionController(Petitions petitions, PublicPetitions publicPetitions, CommuneDirectory communes,
			PublicConferences conferences, Clock clock, PublicWriteGuard guard) {
		this.guard = guard;
		this.petitions = petitions;
		this.publicPetitions = publicPetitions;
		this.communes = communes;
		this.conferences = conferences;
		this.clock = clock;
	}

	@GetMapping("/xa/{code}/gui-y-kien")
	String form(@PathVariable String code, @RequestParam(name = "hoiNghi", required = false) Long conferenceId,
			Model model) {
		CommuneInfo commune = commune(code);
		model.addAttribute("form", RegistrationForm.empty(conferenceId, UUID.randomUUID().toString()));
		return page(commune, conferenceId, model);
	}

	@PostMapping("/xa/{code}/gui-y-kien")
	String register(@PathVariable String code, @Valid @ModelAttribute("form") RegistrationForm form,
			BindingResult result, @RequestParam(name = "altcha", required = false) String altcha,
			@RequestParam(name = "website", required = false) String website, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		CommuneInfo commune = commune(code);
		if (result.hasErrors()) {
			return page(commune, form.conferenceId(), model);
		}
		try {
			this.guard.admit(request);
		}
		catch (TooManyRequestsException ex) {
			result.reject("guard.error.tooMany", new Object[] { ex.retryAfterMinutes() }, null);
			return page(commune, form.conferenceId(), model);
		}
		Runnable admission = () -> this.guard.verify(altcha, website);
		String key = (form.submissionKey() != null && !form.submissionKey().isBlank()) ? "form:" + form.submissionKey()
				: null;
		Petitions.Registered registered;
		try {
			try {
				registered = register(commune, form, key, admission);
			}
			catch (IdempotencyConflictException ex) {
				// The same form sent again after a change: a new petition of its own.
				registered = register(commune, form, null, admission);
			}
		}
		catch (InvalidInputException ex) {
			if (GUARDED.contains(ex.field())) {
				result.reject(ex.key());
			}
			else {
				result.rejectValue(RegistrationForm.field(ex.field()), ex.key());
			}
			return page(commune, form.conferenceId(), model);
		}
		redirect.addFlashAttribute("pin", registered.pin());
		redirect.addFlashAttribute("justRegistered", true);
		return "redirect:/tra-cuu/" + registered.trackingCode();
	}

	private Petitions.Registered register(CommuneInfo commune, RegistrationForm form, String key, Runnable admission) {
		try {
			return this.petitions.register(commune, form.registration(), Channel.ONLINE, null, key, admission);
		}
		catch (DuplicateKeyException ex) {
			// A double click raced itself: the other request made the petition.
			return this.petitions.register(commune, form.registration(), Channel.ONLINE, null, key, admission);
		}
	}

	@GetMapping("/tra-cuu")
	String lookup(@RequestParam(name = "ma", required = false) String typed, Model model) {
		if (typed == null || typed.isBlank()) {
			return "petition/lookup";
		}
		String normalized = TrackingCodes.normalize(typed);
		if (normalized == null) {
			model.addAttribute("typed", typed);
			model.addAttribute("notFound", true);
			return "petition/lookup";
		}
		return "redirect:/tra-cuu/" + normalized;
	}

	@GetMapping("/tra-cuu/{trackingCode}")
	String track(@PathVariable String trackingCode, Model model, Locale locale) {
		PublicPetitions.Tracked tracked = this.publicPetitions.track(trackingCode, locale)
			.orElseThrow(NotFoundException::new);
		CommuneInfo commune = this.communes.findById(tracked.communeId()).orElseThrow(NotFoundException::new);
		model.addAttribute("commune", commune);
		model.addAttribute("petition", tracked);
		model.addAttribute("conference",
				Optional.ofNullable(tracked.conferenceId())
					.flatMap((id) -> this.conferences.find(commune.id(), id))
					.orElse(null));
		// Shown at the door of the conference, the code checks its author in (a scanner
		// types it).
		model.addAttribute("checkInCode", vn.doithoai.document.QrCode.pngDataUri(tracked.trackingCode()));
		return "petition/track";
	}

	private String page(CommuneInfo commune, Long conferenceId, Model model) {
		PublicConference conference = null;
		if (conferenceId != null) {
			conference = this.conferences.find(commune.id(), conferenceId).orElseThrow(NotFoundException::new);
			model.addAttribute("closed", !PublicConferences.takesQuestions(conference, LocalDate.now(this.clock)));
		}
		model.addAttribute("commune", commune);
		model.addAttribute("conference", conference);
		model.addAttribute("areas", this.communes.areas(commune.id()));
		model.addAttribute("fields", this.communes.fields().stream().filter((f) -> f.active()).toList());
		return "petition/register";
	}

	private CommuneInfo commune(String code) {
		return this.communes.findByCode(code).orElseThrow(NotFoundException::new);
	}

}
