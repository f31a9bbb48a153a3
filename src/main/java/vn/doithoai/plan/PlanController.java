package vn.doithoai.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
import vn.doithoai.system.StaleEditException;

/** A commune's yearly plans: draft, edit, approve, publish, with their conferences. */
@Controller
@RequestMapping("/staff/{commune}/plans")
class PlanController {

	private final Plans plans;

	private final Conferences conferences;

	private final ConferenceRepository conferenceRepository;

	private final CommuneDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	PlanController(Plans plans, Conferences conferences, ConferenceRepository conferenceRepository,
			CommuneDirectory directory, MessageSource messages, Clock clock) {
		this.plans = plans;
		this.conferences = conferences;
		this.conferenceRepository = conferenceRepository;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("commune")
	CommuneInfo commune(CommuneInfo commune) {
		return commune;
	}

	@GetMapping
	String list(CommuneInfo commune, Model model) {
		model.addAttribute("plans", this.plans.list(commune));
		return "plan/plans";
	}

	@GetMapping("/new")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String newPlan(CommuneInfo commune, Model model) {
		String kind = this.messages.getMessage("commune.kind.title." + commune.kind().name(), null,
				Locale.forLanguageTag("vi"));
		model.addAttribute("form",
				PlanForm.start(commune, kind, LocalDate.now(this.clock).getYear() + 1, UUID.randomUUID().toString()));
		return form(model, null);
	}

	@PostMapping("/new")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String create(CommuneInfo commune, @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
			Model model) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		long id = this.plans.create(commune, form.year(), form.toContent(), form.requestKey());
		return "redirect:/staff/{commune}/plans/" + id;
	}

	@GetMapping("/{id}")
	String view(CommuneInfo commune, @PathVariable long id, Model model) {
		model.addAttribute("plan", this.plans.plan(commune, id));
		model.addAttribute("conferences",
				this.conferenceRepository.ofPlan(commune.id(), id).stream().map(this.conferences::toView).toList());
		model.addAttribute("fields", this.directory.fields());
		return "plan/plan";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String edit(CommuneInfo commune, @PathVariable long id, Model model) {
		model.addAttribute("form", PlanForm.of(this.plans.plan(commune, id)));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String change(CommuneInfo commune, @PathVariable long id, @Valid @ModelAttribute("form") PlanForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.plans.plan(commune, id);
		if (!result.hasErrors()) {
			try {
				this.plans.edit(commune, id, form.year(), form.toContent(),
						(form.version() != null) ? form.version() : -1);
				redirect.addFlashAttribute("message", "plan.saved");
				return "redirect:/staff/{commune}/plans/" + id;
			}
			catch (StaleEditException ex) {
				result.reject("validation.staleEdit");
			}
			catch (TransitionNotAllowedException ex) {
				result.reject("plan.error.notDraft");
			}
		}
		return form(model, id);
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize(StaffRoles.CHAIRS)
	String approve(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		return step(redirect, () -> this.plans.approve(commune, id, version), "plan.approvedNow", id);
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String publish(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		return step(redirect, () -> this.plans.publish(commune, id, version), "plan.publishedNow", id);
	}

	private String step(RedirectAttributes redirect, Runnable action, String done, long id) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("error", "validation.staleEdit");
		}
		catch (TransitionNotAllowedException ex) {
			redirect.addFlashAttribute("error", "plan.error.transition");
		}
		return "redirect:/staff/{commune}/plans/" + id;
	}

	private String form(Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("issuers", Plan.Issuer.values());
		model.addAttribute("fields", this.directory.fields());
		return "plan/planForm";
	}

}
