package vn.doithoai.petition;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doithoai.access.Role;
import vn.doithoai.access.StaffUser;
import vn.doithoai.calendar.DeadlinePurpose;
import vn.doithoai.calendar.DeadlineRules;
import vn.doithoai.calendar.Deadlines;
import vn.doithoai.calendar.WorkingCalendar;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.organization.FieldView;
import vn.doithoai.plan.PublicConferences;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.NotFoundException;
import vn.doithoai.system.StaleEditException;
import vn.doithoai.system.VietnameseDates;

/**
 * The staff side of petitions: entering them from paper, phone, e-mail and area heads'
 * lists; the secretary's triage; the official's answers; the chair's approval.
 */
@Controller
@RequestMapping("/staff/{commune}/petitions")
class PetitionController {

	/** Who triages and assigns: the office, the chair, the administrator. */
	static final String TRIAGERS = "hasAnyRole('ADMIN', 'SECRETARY', 'CHAIR')";

	/** Who types in a single petition (a paper form, a call, an e-mail). */
	static final String INTAKE = "hasAnyRole('ADMIN', 'SECRETARY', 'CHAIR', 'OFFICIAL')";

	/** Who enters a collected list of questions. */
	static final String COLLECTORS = "hasAnyRole('ADMIN', 'SECRETARY', 'AREA_HEAD', 'FATHERLAND_FRONT')";

	/** Who writes prepared answers (an official only for their own department's). */
	static final String ANSWERERS = "hasAnyRole('ADMIN', 'SECRETARY', 'OFFICIAL')";

	/**
	 * The channels of a petition typed in one by one; online ones come from the public,
	 * those raised at the conference from its record.
	 */
	private static final List<Channel> ENTERED_BY_STAFF = List.of(Channel.PAPER, Channel.PHONE, Channel.EMAIL);

	private final Petitions petitions;

	private final PetitionRepository repository;

	private final Attachments attachments;

	private final CommuneDirectory directory;

	private final PublicConferences conferences;

	private final DeadlineRules rules;

	private final Deadlines deadlines;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	PetitionController(Petitions petitions, PetitionRepository repository, Attachments attachments,
			CommuneDirectory directory, PublicConferences conferences, DeadlineRules rules, Deadlines deadlines,
			WorkingCalendar calendar, MessageSource messages, Clock clock) {
		this.petitions = petitions;
		this.repository = repository;
		this.attachments = attachments;
		this.directory = directory;
		this.conferences = conferences;
		this.rules = rules;
		this.deadlines = deadlines;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("commune")
	CommuneInfo commune(CommuneInfo commune) {
		return commune;
	}

	@GetMapping("/triage")
	@PreAuthorize(TRIAGERS)
	String triage(CommuneInfo commune, Model model) {
		model.addAttribute("petitions", PetitionView.of(this.petitions.triageQueue(commune)));
		lists(commune, model);
		return "petition/triage";
	}

	@GetMapping("/mine")
	String mine(CommuneInfo commune, @AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("department", Optional.ofNullable(user.departmentId())
			.flatMap((id) -> this.directory.departments(commune.id()).stream().filter((d) -> d.id() == id).findFirst())
			.orElse(null));
		model.addAttribute("petitions", (user.departmentId() != null)
				? PetitionView.of(this.repository.ofDepartment(commune.id(), user.departmentId())) : List.of());
		model.addAttribute("today", LocalDate.now(this.clock));
		lists(commune, model);
		return "petition/mine";
	}

	@GetMapping("/approvals")
	@PreAuthorize(TRIAGERS)
	String approvals(CommuneInfo commune, Model model) {
		model.addAttribute("petitions", PetitionView.of(this.repository.awaitingApproval(commune.id())));
		model.addAttribute("today", LocalDate.now(this.clock));
		lists(commune, model);
		return "petition/approvals";
	}

	@GetMapping("/new")
	@PreAuthorize(INTAKE)
	String newPetition(CommuneInfo commune, @RequestParam(name = "conference", required = false) Long conferenceId,
			Model model) {
		model.addAttribute("form", StaffEntryForm.empty(conferenceId, UUID.randomUUID().toString()));
		return entryPage(commune, model);
	}

	@PostMapping("/new")
	@PreAuthorize(INTAKE)
	String enter(CommuneInfo commune, @Valid @ModelAttribute("form") StaffEntryForm form, BindingResult result,
			@RequestParam(name = "scan", required = false) MultipartFile scan, @AuthenticationPrincipal StaffUser user,
			Model model, RedirectAttributes redirect) throws IOException {
		if (form.channel() != null && !ENTERED_BY_STAFF.contains(form.channel())) {
			result.rejectValue("channel", "petition.error.channel");
		}
		if (result.hasErrors()) {
			return entryPage(commune, model);
		}
		byte[] bytes = (scan != null && !scan.isEmpty()) ? scan.getBytes() : null;
		String key = "staff:" + form.submissionKey();
		try {
			Petitions.Registered registered;
			try {
				registered = this.petitions.registerWithScan(commune, form.registration(), form.channel(),
						user.displayName(), key, (scan != null) ? scan.getOriginalFilename() : null, bytes);
			}
			catch (DuplicateKeyException ex) {
				registered = this.petitions.registerWithScan(commune, form.registration(), form.channel(),
						user.displayName(), key, null, null);
			}
			redirect.addFlashAttribute("registeredCode", registered.trackingCode());
			redirect.addFlashAttribute("registeredPin", registered.pin());
			return "redirect:/staff/{commune}/petitions/" + registered.id();
		}
		catch (InvalidInputException ex) {
			if ("scan".equals(ex.field())) {
				model.addAttribute("scanError", ex.key());
			}
			else {
				result.rejectValue(RegistrationForm.field(ex.field()), ex.key());
			}
		}
		catch (IdempotencyConflictException ex) {
			result.reject("petition.error.alreadySent");
		}
		return entryPage(commune, model);
	}

	@GetMapping("/batch")
	@PreAuthorize(COLLECTORS)
	String batch(CommuneInfo commune, @RequestParam(name = "conference", required = false) Long conferenceId,
			@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("form", BatchForm.empty(conferenceId, "", user.displayName(), UUID.randomUUID().toString()));
		return batchPage(commune, model);
	}

	@PostMapping("/batch")
	@PreAuthorize(COLLECTORS)
	String enterBatch(CommuneInfo commune, @Valid @ModelAttribute("form") BatchForm form, BindingResult result,
			@AuthenticationPrincipal StaffUser user, Model model, RedirectAttributes redirect) {
		List<BatchForm.Row> filled = form.filled();
		if (filled.isEmpty()) {
			result.reject("petition.error.batchEmpty");
		}
		for (int i = 0; i < form.rows().size(); i++) {
			BatchForm.Row row = form.rows().get(i);
			if (!row.isBlank()) {
				requireText(result, "rows[" + i + "].fullName", row.fullName());
				requireText(result, "rows[" + i + "].question", row.question());
			}
		}
		if (result.hasErrors()) {
			return batchPage(commune, model);
		}
		String areaName = this.directory.areas(commune.id())
			.stream()
			.filter((a) -> a.code().equals(form.areaCode()))
			.map((a) -> a.name())
			.findFirst()
			.orElse(commune.name());
		List<Registration> rows = filled.stream()
			.map((row) -> new Registration(form.conferenceId(), row.fullName(), null, null,
					(row.address() == null || row.address().isBlank()) ? areaName : row.address(), form.areaCode(),
					row.fieldCode(), row.question()))
			.toList();
		Channel channel = user.is(Role.FATHERLAND_FRONT) ? Channel.FRONT : Channel.AREA_HEAD;
		try {
			List<Petitions.Registered> registered = this.petitions.registerBatch(commune, rows, channel,
					form.proxyAuthor(), "batch:" + form.submissionKey());
			redirect.addFlashAttribute("batchCodes",
					registered.stream().map(Petitions.Registered::trackingCode).toList());
			return "redirect:/staff/{commune}/petitions/batch";
		}
		catch (InvalidInputException ex) {
			result.reject(ex.key());
		}
		catch (IdempotencyConflictException ex) {
			result.reject("petition.error.alreadySent");
		}
		return batchPage(commune, model);
	}

	@GetMapping("/{id}")
	String view(CommuneInfo commune, @PathVariable long id, Model model, Locale locale) {
		Petition petition = this.petitions.get(commune, id);
		model.addAttribute("petition", PetitionView.of(petition));
		model.addAttribute("history",
				this.repository.history(id, false).stream().map((h) -> h.worded(this.messages, locale)).toList());
		model.addAttribute("notes", this.repository.notes(id));
		model.addAttribute("attachments", this.attachments.of(id));
		model.addAttribute("merged", PetitionView.of(this.repository.merged(commune.id(), id)));
		model.addAttribute("mergedIntoCode",
				Optional.ofNullable(petition.mergedInto())
					.flatMap((target) -> this.repository.find(commune.id(), target))
					.map(Petition::trackingCode)
					.orElse(null));
		model.addAttribute("deadlines", this.deadlines.forSubject(Petitions.SUBJECT, String.valueOf(id)));
		model.addAttribute("conference",
				Optional.ofNullable(petition.conferenceId())
					.flatMap((conferenceId) -> this.conferences.find(commune.id(), conferenceId))
					.orElse(null));
		model.addAttribute("ruledDue", ruledDue(commune, petition));
		model.addAttribute("template", template(petition, locale));
		lists(commune, model);
		return "petition/petition";
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(CommuneInfo commune, @PathVariable long id, @PathVariable long attachmentId) {
		this.petitions.get(commune, id);
		Attachments.Stored stored = this.attachments.find(id, attachmentId).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(stored.bytes());
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize(TRIAGERS)
	String accept(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String fieldCode, RedirectAttributes redirect) {
		return step(id, redirect, Map.of("fieldCode", fieldCode),
				() -> this.petitions.accept(commune, id, fieldCode.isBlank() ? null : fieldCode, version),
				"petition.acceptedNow");
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(TRIAGERS)
	String reject(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return step(id, redirect, Map.of("reason", reason), () -> this.petitions.reject(commune, id, reason, version),
				"petition.rejectedNow");
	}

	@PostMapping("/{id}/merge")
	@PreAuthorize(TRIAGERS)
	String merge(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String target, RedirectAttributes redirect) {
		return step(id, redirect, Map.of("target", target), () -> this.petitions.merge(commune, id, target, version),
				"petition.mergedNow");
	}

	@PostMapping("/{id}/forward")
	@PreAuthorize(TRIAGERS)
	String forward(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String agency, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return step(id, redirect, Map.of("agency", agency, "forwardReason", reason),
				() -> this.petitions.forward(commune, id, agency, reason, version), "petition.forwardedNow");
	}

	@PostMapping("/{id}/off-topic")
	@PreAuthorize(TRIAGERS)
	String offTopic(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return step(id, redirect, Map.of("offTopicNote", note),
				() -> this.petitions.markOffTopic(commune, id, note, version), "petition.offTopicNow");
	}

	@PostMapping("/{id}/complaint")
	@PreAuthorize(TRIAGERS)
	String complaint(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return step(id, redirect, Map.of("complaintNote", note),
				() -> this.petitions.routeAsComplaint(commune, id, note, version), "petition.complaintNow");
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize(TRIAGERS)
	String assign(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String departmentId, @RequestParam(defaultValue = "") String fieldCode,
			@RequestParam(defaultValue = "") String due, RedirectAttributes redirect) {
		Map<String, String> values = Map.of("departmentId", departmentId, "due", due, "fieldCode", fieldCode);
		Long department = departmentId.matches("\\d{1,18}") ? Long.valueOf(departmentId) : null;
		LocalDate dueDate = VietnameseDates.parse(due);
		return step(id, redirect, values, () -> this.petitions.assign(commune, id, department,
				fieldCode.isBlank() ? null : fieldCode, dueDate, version), "petition.assignedNow");
	}

	@PostMapping("/{id}/answer")
	@PreAuthorize(ANSWERERS)
	String answer(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String answer, @RequestParam(defaultValue = "save") String action,
			@AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
		Petition petition = this.petitions.get(commune, id);
		if (user.is(Role.OFFICIAL)
				&& (user.departmentId() == null || !user.departmentId().equals(petition.departmentId()))) {
			throw new AccessDeniedException("not this official's department");
		}
		boolean submit = "submit".equals(action);
		return step(id, redirect, Map.of("answer", answer), () -> {
			if (submit) {
				this.petitions.submitAnswer(commune, id, answer, version);
			}
			else {
				this.petitions.draftAnswer(commune, id, answer, version);
			}
		}, submit ? "petition.answerSubmittedNow" : "petition.answerSavedNow");
	}

	@PostMapping("/{id}/return")
	@PreAuthorize(vn.doithoai.system.StaffRoles.CHAIRS)
	String returnAnswer(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		return step(id, redirect, Map.of("comment", comment),
				() -> this.petitions.returnAnswer(commune, id, comment, version), "petition.answerReturnedNow");
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize(vn.doithoai.system.StaffRoles.CHAIRS)
	String approve(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
			@RequestParam(defaultValue = "false") boolean publish,
			@RequestParam(defaultValue = "") String publicQuestion, RedirectAttributes redirect) {
		return step(id, redirect, Map.of("publicQuestion", publicQuestion),
				() -> this.petitions.approveAnswer(commune, id, publish, publicQuestion, version),
				"petition.answerApprovedNow");
	}

	@PostMapping("/{id}/notes")
	String note(CommuneInfo commune, @PathVariable long id, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
		return step(id, redirect, Map.of("note", note),
				() -> this.petitions.addNote(commune, id, user.displayName(), note), "petition.noteAddedNow");
	}

	/**
	 * Runs one step; bad input goes back beside its field, a stale page or a step the
	 * petition cannot take gets a clear message.
	 */
	private String step(long id, RedirectAttributes redirect, Map<String, String> values, Runnable action,
			String done) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failedAction", done);
			redirect.addFlashAttribute("actionError", new ActionError(ex.field(), ex.key()));
			redirect.addFlashAttribute("actionValues", values);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("error", "validation.staleEdit");
		}
		catch (PetitionTransitionException ex) {
			redirect.addFlashAttribute("error", "petition.error.transition");
		}
		return "redirect:/staff/{commune}/petitions/" + id;
	}

	/** The due date the commune's rule sets for this petition's answer, if any. */
	private LocalDate ruledDue(CommuneInfo commune, Petition petition) {
		if (petition.conferenceId() == null) {
			return null;
		}
		return this.conferences.find(commune.id(), petition.conferenceId())
			.flatMap((conference) -> this.rules.rule(commune.id(), DeadlinePurpose.PREPARED_ANSWERS)
				.map((rule) -> rule.dueDate(this.calendar.current(), conference.date())))
			.orElse(null);
	}

	/** The opening of an answer in the petition's field, for the official to complete. */
	private String template(Petition petition, Locale locale) {
		String fieldName = this.directory.fields()
			.stream()
			.filter((f) -> f.code().equals(petition.fieldCode()))
			.map(FieldView::name)
			.findFirst()
			.orElse("");
		String received = VietnameseDates.SHOWN.format(petition.receivedAt().atZone(this.clock.getZone()));
		Object[] args = { petition.author().fullName(), received, fieldName };
		String key = "petition.answer.template." + petition.fieldCode();
		return this.messages.getMessage(key, args, this.messages.getMessage("petition.answer.template", args, locale),
				locale);
	}

	private static void requireText(BindingResult result, String field, String text) {
		if (text == null || text.isBlank()) {
			result.rejectValue(field, "validation.required");
		}
	}

	private String entryPage(CommuneInfo commune, Model model) {
		model.addAttribute("channels", ENTERED_BY_STAFF);
		lists(commune, model);
		return "petition/entry";
	}

	private String batchPage(CommuneInfo commune, Model model) {
		lists(commune, model);
		return "petition/batch";
	}

	private void lists(CommuneInfo commune, Model model) {
		model.addAttribute("areas", this.directory.areas(commune.id()));
		model.addAttribute("fields", this.directory.fields().stream().filter(FieldView::active).toList());
		model.addAttribute("departments", this.directory.departments(commune.id()));
		model.addAttribute("conferences",
				this.conferences.conferences(commune.id())
					.stream()
					.filter((c) -> !c.date().isBefore(LocalDate.now(this.clock)))
					.toList());
	}

	/** A step refused for bad input: which field and why. */
	record ActionError(String field, String key) {
	}

}
