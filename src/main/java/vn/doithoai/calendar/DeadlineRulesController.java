package vn.doithoai.calendar;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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

import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.StaffRoles;
import vn.doithoai.system.VietnameseDates;
import vn.doithoai.system.DuplicateCodeException;
import vn.doithoai.system.StaleEditException;

/**
 * A commune's deadline rules: start from a preset, edit, see the warnings, and try them
 * on a conference date.
 */
@Controller
@RequestMapping("/staff/{commune}/deadline-rules")
class DeadlineRulesController {

	/** A try stays a year inside the calendar, so that every rule's due date exists. */
	private static final LocalDate TRY_FROM = WorkingDayCalendar.FIRST_DAY.plusYears(1);

	private static final LocalDate TRY_TO = WorkingDayCalendar.LAST_DAY.minusYears(1);

	private final DeadlineRules rules;

	private final Clock clock;

	DeadlineRulesController(DeadlineRules rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	@ModelAttribute("commune")
	CommuneInfo commune(CommuneInfo commune) {
		return commune;
	}

	@GetMapping
	String rules(CommuneInfo commune, @RequestParam(defaultValue = "") String conference, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("rules", this.rules.rules(commune.id()));
		model.addAttribute("warnings", this.rules.warnings(commune.id(), today));
		model.addAttribute("presets", DeadlinePreset.values());
		model.addAttribute("conference", conference);
		if (!conference.isBlank()) {
			LocalDate date = VietnameseDates.parse(conference);
			if (date == null || date.isBefore(TRY_FROM) || date.isAfter(TRY_TO)) {
				model.addAttribute("conferenceError", (date == null) ? "rules.try.invalid" : "rules.try.range");
			}
			else {
				model.addAttribute("dueDates", this.rules.dueDates(commune.id(), date));
			}
		}
		return "calendar/rules";
	}

	@PostMapping("/preset")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String applyPreset(CommuneInfo commune, @RequestParam DeadlinePreset preset, RedirectAttributes redirect) {
		this.rules.applyPreset(commune, preset);
		redirect.addFlashAttribute("message", "rules.presetApplied");
		return "redirect:/staff/{commune}/deadline-rules";
	}

	@GetMapping("/new")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String newRule(Model model) {
		model.addAttribute("form", RuleForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String add(CommuneInfo commune, @Valid @ModelAttribute("form") RuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.purpose() == null) {
			result.rejectValue("purpose", "validation.required");
		}
		if (!result.hasErrors()) {
			try {
				this.rules.add(commune, form.purpose(), form.name(), form.term(), form.legalSource());
				redirect.addFlashAttribute("message", "rules.saved");
				return "redirect:/staff/{commune}/deadline-rules";
			}
			catch (DuplicateCodeException ex) {
				result.rejectValue("purpose", "rules.purpose.taken");
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String edit(CommuneInfo commune, @PathVariable long id, Model model) {
		model.addAttribute("form", RuleForm.of(this.rules.rule(commune, id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String change(CommuneInfo commune, @PathVariable long id, @Valid @ModelAttribute("form") RuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.rules.rule(commune, id);
		if (!result.hasErrors()) {
			try {
				this.rules.change(commune, id, form.name(), form.term(), form.legalSource(),
						(form.version() != null) ? form.version() : -1);
				redirect.addFlashAttribute("message", "rules.saved");
				return "redirect:/staff/{commune}/deadline-rules";
			}
			catch (StaleEditException ex) {
				result.reject("validation.staleEdit");
			}
		}
		return form(model, id);
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String delete(CommuneInfo commune, @PathVariable long id, RedirectAttributes redirect) {
		this.rules.delete(commune, id);
		redirect.addFlashAttribute("message", "rules.deleted");
		return "redirect:/staff/{commune}/deadline-rules";
	}

	private String form(Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("purposes", DeadlinePurpose.values());
		model.addAttribute("units", DeadlineUnit.values());
		model.addAttribute("directions", DeadlineDirection.values());
		return "calendar/ruleForm";
	}

	record RuleForm(DeadlinePurpose purpose,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
			@NotNull(message = "{validation.required}") @Min(value = 0, message = "{rules.count.range}") @Max(
					value = DeadlineTerm.MAX_COUNT, message = "{rules.count.range}") Integer count,
			@NotNull(message = "{validation.required}") DeadlineUnit unit,
			@NotNull(message = "{validation.required}") DeadlineDirection direction,
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.tooLong}") String legalSource,
			Integer version) {

		static RuleForm empty() {
			return new RuleForm(null, "", null, null, null, "", null);
		}

		static RuleForm of(DeadlineRule rule) {
			return new RuleForm(rule.purpose(), rule.name(), rule.term().count(), rule.term().unit(),
					rule.term().direction(), rule.legalSource(), rule.version());
		}

		DeadlineTerm term() {
			return new DeadlineTerm(this.count, this.unit, this.direction);
		}

	}

}
