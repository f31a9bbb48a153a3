package vn.doithoai.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.petition.WalkIn;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.LiveUpdates;
import vn.doithoai.system.PageSteps;
import vn.doithoai.system.StaffRoles;
import vn.doithoai.system.StaleEditException;
import vn.doithoai.system.VietnameseDates;

/**
 * The secretary's console: the agenda, the speaking queue and the record of each turn.
 * The record is saved through JSON entries that the page queues while the network is down
 * and sends once it is back; each entry is saved once.
 */
@Controller
@RequestMapping("/staff/{commune}/conferences/{id}/live")
@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
class LiveController {

	private final LiveConferences live;

	private final LiveRecord record;

	private final LiveUpdates updates;

	private final Screens screens;

	private final MessageSource messages;

	LiveController(LiveConferences live, LiveRecord record, LiveUpdates updates, Screens screens,
			MessageSource messages) {
		this.screens = screens;
		this.live = live;
		this.record = record;
		this.updates = updates;
		this.messages = messages;
	}

	@GetMapping
	String console(CommuneInfo commune, @PathVariable long id, @RequestParam(name = "luot", required = false) Long turn,
			Model model) {
		LiveRecord.View view = this.record.view(commune, id);
		model.addAttribute("commune", commune);
		model.addAttribute("live", view);
		model.addAttribute("selected", view.selected(turn));
		return "meeting/console";
	}

	@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARY', 'CHAIR')")
	SseEmitter events(CommuneInfo commune, @PathVariable long id) {
		this.live.conference(commune, id);
		return this.updates.subscribe(Screens.consoleTopic(id), this.screens::consoleState);
	}

	@PostMapping("/start")
	String start(CommuneInfo commune, @PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, () -> this.live.start(commune, id), "meeting.startedNow", "");
	}

	@PostMapping("/end")
	String end(CommuneInfo commune, @PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, () -> this.live.end(commune, id), "meeting.endedNow", "");
	}

	@PostMapping("/stages/{stage}/start")
	String startStage(CommuneInfo commune, @PathVariable long id, @PathVariable AgendaStage stage,
			RedirectAttributes redirect) {
		return step(redirect, () -> this.live.startStage(commune, id, stage), "meeting.stageStartedNow", "");
	}

	@PostMapping("/turns/{turnId}/call")
	String call(CommuneInfo commune, @PathVariable long id, @PathVariable long turnId, RedirectAttributes redirect) {
		return step(redirect, () -> this.live.call(commune, id, turnId), "meeting.calledNow", "?luot=" + turnId);
	}

	@PostMapping("/turns/{turnId}/finish")
	String finish(CommuneInfo commune, @PathVariable long id, @PathVariable long turnId, RedirectAttributes redirect) {
		return step(redirect, () -> this.live.finish(commune, id, turnId), "meeting.finishedNow", "?luot=" + turnId);
	}

	@PostMapping("/turns/{turnId}/move")
	String move(CommuneInfo commune, @PathVariable long id, @PathVariable long turnId,
			@RequestParam(defaultValue = "true") boolean up, RedirectAttributes redirect) {
		return step(redirect, () -> this.live.move(commune, id, turnId, up), "meeting.movedNow", "");
	}

	/** What is stored for a turn, for a console that follows another one's saves. */
	@GetMapping(path = "/turns/{turnId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> turn(CommuneInfo commune, @PathVariable long id, @PathVariable long turnId) {
		return this.record.stored(commune, id, "turn:" + turnId);
	}

	/** What is stored for a stage's notes. */
	@GetMapping(path = "/stages/{stage}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> stage(CommuneInfo commune, @PathVariable long id, @PathVariable AgendaStage stage) {
		return this.record.stored(commune, id, "stage:" + stage.name());
	}

	@PutMapping("/turns/{turnId}")
	@ResponseBody
	ResponseEntity<Map<String, Object>> saveTurn(CommuneInfo commune, @PathVariable long id, @PathVariable long turnId,
			@RequestBody(required = false) TurnEntry entry) {
		this.live.conference(commune, id);
		if (entry == null) {
			throw new InvalidInputException("entryId", "meeting.error.entryId");
		}
		try {
			return ResponseEntity.ok(answer(
					this.live.saveTurn(commune, id, turnId, entry.requiredId(), entry.baseVersion(), entry.content())));
		}
		catch (RecordConflictException ex) {
			return conflict(commune, id, ex);
		}
	}

	@PutMapping("/stages/{stage}")
	@ResponseBody
	ResponseEntity<Map<String, Object>> saveStage(CommuneInfo commune, @PathVariable long id,
			@PathVariable AgendaStage stage, @RequestBody(required = false) StageEntry entry) {
		this.live.conference(commune, id);
		if (entry == null) {
			throw new InvalidInputException("entryId", "meeting.error.entryId");
		}
		try {
			return ResponseEntity.ok(answer(this.live.saveStageNotes(commune, id, stage,
					TurnEntry.required(entry.entryId()), entry.baseVersion(), entry.notes())));
		}
		catch (RecordConflictException ex) {
			return conflict(commune, id, ex);
		}
	}

	@PostMapping("/walk-ins")
	@ResponseBody
	ResponseEntity<Map<String, Object>> walkIn(CommuneInfo commune, @PathVariable long id,
			@RequestBody(required = false) WalkInEntry entry) {
		this.live.conference(commune, id);
		if (entry == null) {
			throw new InvalidInputException("entryId", "meeting.error.entryId");
		}
		long petition = this.live.addWalkIn(
				commune, id, TurnEntry.required(entry.entryId()), new WalkIn(entry.fullName(),
						blankToNull(entry.areaCode()), blankToNull(entry.fieldCode()), entry.question()),
				Boolean.TRUE.equals(entry.showName()));
		return ResponseEntity.ok(Map.of("petition", petition, "reload", true));
	}

	/**
	 * A save from an older version: nothing was written; the page gets what is stored.
	 */
	private ResponseEntity<Map<String, Object>> conflict(CommuneInfo commune, long id, RecordConflictException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("conflict", true);
		body.put("message", text("meeting.conflict"));
		body.put("current", this.record.stored(commune, id, ex.target()));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
	}

	/** Bad input: each message beside its field. */
	@ExceptionHandler(InvalidInputException.class)
	@ResponseBody
	ResponseEntity<Map<String, Object>> invalid(InvalidInputException ex) {
		return ResponseEntity.badRequest()
			.body(Map.of("errors", List.of(Map.of("field", ex.field(), "message", text(ex.key())))));
	}

	private Map<String, Object> answer(LiveConferences.Saved saved) {
		List<Map<String, String>> missing = new ArrayList<>();
		for (String field : saved.missing()) {
			missing.add(Map.of("field", field, "message", text("meeting.missing." + field)));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", saved.version());
		body.put("missing", missing);
		body.put("replay", saved.replay());
		return body;
	}

	/** A step of the console's buttons; a save that lost a race is a stale page. */
	private static String step(RedirectAttributes redirect, Runnable action, String done, String query) {
		return PageSteps.run(redirect, () -> {
			try {
				action.run();
			}
			catch (RecordConflictException ex) {
				throw new StaleEditException();
			}
		}, done, "/staff/{commune}/conferences/{id}/live" + query);
	}

	private String text(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, null, key, locale);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/** One save of a turn's record from the console. */
	record TurnEntry(String entryId, int baseVersion, String question, String answeredBy, String answer, String outcome,
			Long departmentId, String task, String dueDate, String agency, String note, String exchange) {

		UUID requiredId() {
			return required(this.entryId);
		}

		Turn.Content content() {
			TurnOutcome chosen = null;
			if (this.outcome != null && !this.outcome.isBlank()) {
				try {
					chosen = TurnOutcome.valueOf(this.outcome);
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidInputException("outcome", "meeting.error.outcome");
				}
			}
			LocalDate due = null;
			if (this.dueDate != null && !this.dueDate.isBlank()) {
				due = VietnameseDates.parse(this.dueDate);
				if (due == null) {
					throw new InvalidInputException("dueDate", "meeting.error.dueFormat");
				}
			}
			return new Turn.Content(this.question, this.answeredBy, this.answer, chosen, this.departmentId, this.task,
					due, this.agency, this.note, this.exchange);
		}

		static UUID required(String entryId) {
			try {
				return UUID.fromString(entryId);
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				throw new InvalidInputException("entryId", "meeting.error.entryId");
			}
		}

	}

	/** One save of a stage's notes. */
	record StageEntry(String entryId, int baseVersion, String notes) {
	}

	/** A walk-in speaker added from the console. */
	record WalkInEntry(String entryId, String fullName, String areaCode, String fieldCode, String question,
			Boolean showName) {
	}

}
