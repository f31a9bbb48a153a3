package vn.doithoai.conclusion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.doithoai.document.Block;
import vn.doithoai.document.DocumentFamily;
import vn.doithoai.document.DocumentNumber;
import vn.doithoai.document.DocumentType;
import vn.doithoai.document.OfficialDocument;
import vn.doithoai.document.Signer;
import vn.doithoai.meeting.AgendaStage;
import vn.doithoai.meeting.MeetingRecord;
import vn.doithoai.meeting.TurnOutcome;
import vn.doithoai.plan.ConferenceSessions.SessionConference;

/**
 * Writes a conference's minutes and conclusion notice. The minutes' draft is text the
 * secretary edits, generated from the live record; the documents are built from it. A
 * line that begins "- " is printed as a list item, any other line as a paragraph.
 * Documents are always in Vietnamese.
 */
@Component
class ConferenceDocuments {

	static final String ISSUER_CODE = "UBND";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private final MessageSource messages;

	private final ZoneId zone;

	ConferenceDocuments(MessageSource messages, ZoneId zone) {
		this.messages = messages;
		this.zone = zone;
	}

	/** The first draft of the minutes, from the live record. */
	Minutes.Parts draft(SessionConference conference, MeetingRecord record, Map<Long, String> departments,
			Map<String, String> areas, String secretaryName, LocalDate conclusionDue) {
		String started = record.stages()
			.stream()
			.filter((s) -> s.startedAt() != null)
			.map((s) -> s.startedAt().atZone(this.zone).toLocalTime())
			.findFirst()
			.map(this::clock)
			.orElse(clock(conference.start()));
		String timeAndPlace = text("doc.minutes.timeAndPlace", started,
				text("weekday." + conference.date().getDayOfWeek().getValue()), conference.date().format(DAY),
				conference.venue(), conference.title());
		List<String> composition = new ArrayList<>();
		composition.add("- " + text("doc.minutes.chair", chairs(conference)));
		composition.add("- " + text("doc.minutes.secretary", secretaryName));
		List<String> who = new ArrayList<>(conference.participants());
		who.addAll(conference.invitees());
		who.addAll(conference.audience());
		if (!who.isEmpty()) {
			composition.add("- " + text("doc.minutes.composition", String.join("; ", who)));
		}
		Map<String, Integer> counts = record.attendance();
		composition.add("- " + text("doc.minutes.attendance", record.present(), counts.get("DELEGATES"),
				counts.get("OFFICIALS"), counts.get("ORGANISATIONS"), counts.get("REGISTERED"), counts.get("WALK_IN"),
				counts.get("CITIZENS")));
		if (record.refused() > 0) {
			composition.add("- " + text("doc.minutes.refused", record.refused()));
		}
		List<String> proceedings = new ArrayList<>();
		for (MeetingRecord.StageRecord stage : record.stages()) {
			if (stage.stage() == AgendaStage.CONCLUSION || stage.startedAt() == null) {
				continue;
			}
			String lead = text("meeting.stage." + stage.stage().name()) + " ("
					+ span(stage.startedAt(), stage.endedAt()) + ")";
			if (stage.stage() == AgendaStage.TURNS) {
				proceedings.add(lead + ":");
				exchanges(record, departments, areas, true, proceedings);
			}
			else {
				proceedings.add(lead + (stage.notes().isBlank() ? "." : ": " + oneLine(stage.notes())));
			}
		}
		if (record.exchanges().stream().anyMatch((e) -> !e.spoken())) {
			proceedings.add(text("doc.minutes.notSpoken"));
			exchanges(record, departments, areas, false, proceedings);
		}
		List<String> conclusions = new ArrayList<>();
		record.stages()
			.stream()
			.filter((s) -> s.stage() == AgendaStage.CONCLUSION && !s.notes().isBlank())
			.forEach((s) -> conclusions.add(oneLine(s.notes())));
		List<String> tasks = directives(record, departments);
		if (!tasks.isEmpty()) {
			conclusions.add(text("doc.minutes.directives"));
			conclusions.addAll(tasks);
		}
		String ended = record.stages()
			.stream()
			.map(MeetingRecord.StageRecord::endedAt)
			.filter(java.util.Objects::nonNull)
			.max(Instant::compareTo)
			.map((at) -> clock(at.atZone(this.zone).toLocalTime()))
			.orElse(clock(conference.end()));
		conclusions.add(text("doc.minutes.ended", ended));
		if (conclusionDue != null) {
			conclusions.add(text("doc.minutes.conclusionDue", conclusionDue.format(DAY)));
		}
		return new Minutes.Parts(secretaryName, conference.chair().isBlank() ? secretaryName : conference.chair(),
				timeAndPlace, String.join("\n", composition), String.join("\n", proceedings),
				String.join("\n", conclusions));
	}

	private void exchanges(MeetingRecord record, Map<Long, String> departments, Map<String, String> areas,
			boolean spoken, List<String> lines) {
		for (MeetingRecord.Exchange e : record.exchanges()) {
			if (e.spoken() != spoken) {
				continue;
			}
			String area = areas.getOrDefault(e.areaCode(), "");
			lines.add(text(spoken ? "doc.minutes.speaker" : "doc.minutes.registrant", e.number(), e.speakerName(),
					area.isEmpty() ? "" : " (" + area + ")", oneLine(e.question())));
			if (!e.answer().isBlank()) {
				lines.add("- " + text("doc.minutes.answer",
						e.answeredBy().isBlank() ? text("doc.minutes.chairRole") : e.answeredBy(),
						oneLine(e.answer())));
			}
			if (!e.exchange().isBlank()) {
				lines.add("- " + text("doc.minutes.exchange", oneLine(e.exchange())));
			}
			if (e.outcome() != null) {
				lines.add("- " + text("doc.minutes.outcome", outcome(e, departments)));
			}
		}
	}

	private String outcome(MeetingRecord.Exchange e, Map<Long, String> departments) {
		String label = text("meeting.outcome." + e.outcome().name());
		return switch (e.outcome()) {
			case DIRECTIVE -> label + ": " + departments.getOrDefault(e.departmentId(), "…") + " — " + e.task()
					+ ((e.dueDate() != null) ? " (" + text("doc.minutes.due", e.dueDate().format(DAY)) + ")" : "");
			case FORWARDED -> label + ": " + e.agency();
			default -> label + (e.note().isBlank() ? "" : " (" + e.note() + ")");
		};
	}

	private List<String> directives(MeetingRecord record, Map<Long, String> departments) {
		List<String> lines = new ArrayList<>();
		for (MeetingRecord.Exchange e : record.exchanges()) {
			if (e.outcome() == TurnOutcome.DIRECTIVE) {
				lines.add("- " + departments.getOrDefault(e.departmentId(), "…") + ": " + e.task()
						+ ((e.dueDate() != null) ? " (" + text("doc.minutes.due", e.dueDate().format(DAY)) + ")" : ""));
			}
		}
		return lines;
	}

	/**
	 * The minutes as an official BIÊN BẢN: numbered and dated once final, blanks while a
	 * draft.
	 */
	OfficialDocument minutes(SessionConference conference, Minutes.Parts p, DocumentNumber number, LocalDate date) {
		List<Block> body = new ArrayList<>();
		body.add(new Block.Heading(1, text("doc.minutes.part1")));
		blocks(p.timeAndPlace(), body);
		body.add(new Block.Heading(1, text("doc.minutes.part2")));
		blocks(p.composition(), body);
		body.add(new Block.Heading(1, text("doc.minutes.part3")));
		blocks(p.proceedings(), body);
		body.add(new Block.Heading(1, text("doc.minutes.part4")));
		blocks(p.conclusions(), body);
		return new OfficialDocument(DocumentFamily.STATE, conference.parentIssuer(), conference.issuer(), ISSUER_CODE,
				number, conference.place(), date, DocumentType.BIEN_BAN,
				text("doc.minutes.summary", conference.title()), body,
				new Signer(List.of(), text("doc.minutes.chairTitle"), p.chairName()),
				new Signer(List.of(), text("doc.minutes.secretaryTitle"), p.secretaryName()), List.of());
	}

	/** A numbered addendum correcting final minutes. */
	OfficialDocument addendum(SessionConference conference, Minutes minutes, int addendumNumber, String correction,
			DocumentNumber number, LocalDate on) {
		List<Block> body = new ArrayList<>();
		body.add(new Block.Paragraph(text("doc.addendum.opening", addendumNumber, minutes.symbol(),
				minutes.finalisedOn().format(DAY), conference.title())));
		blocks(correction, body);
		body.add(new Block.Paragraph(text("doc.addendum.closing", minutes.symbol())));
		return new OfficialDocument(DocumentFamily.STATE, conference.parentIssuer(), conference.issuer(), ISSUER_CODE,
				number, conference.place(), on, DocumentType.BIEN_BAN,
				text("doc.addendum.summary", addendumNumber, minutes.symbol()), body,
				new Signer(List.of(), text("doc.minutes.chairTitle"), minutes.parts().chairName()),
				new Signer(List.of(), text("doc.minutes.secretaryTitle"), minutes.parts().secretaryName()), List.of());
	}

	/** The conclusion notice with its directives: no citizen's name or address in it. */
	OfficialDocument conclusion(SessionConference conference, MeetingRecord record, Conclusion conclusion,
			List<DirectiveLine> directives, DocumentNumber number) {
		List<Block> body = new ArrayList<>();
		body.add(new Block.Paragraph(text("doc.conclusion.opening", conference.date().format(DAY), conference.venue(),
				conference.title(), chairs(conference), record.present())));
		body.add(new Block.Paragraph(
				text("doc.conclusion.counts", record.exchanges().size(), count(record, TurnOutcome.ANSWERED),
						count(record, TurnOutcome.DIRECTIVE), count(record, TurnOutcome.FORWARDED),
						count(record, TurnOutcome.OFF_TOPIC), count(record, TurnOutcome.COMPLAINT))));
		body.add(new Block.Paragraph(text("doc.conclusion.lead")));
		blocks(conclusion.summary(), body);
		if (!directives.isEmpty()) {
			body.add(new Block.Heading(2, text("doc.conclusion.directives")));
			List<List<String>> rows = new ArrayList<>();
			for (DirectiveLine d : directives) {
				rows.add(List.of(String.valueOf(rows.size() + 1), d.department(), d.task(), d.due().format(DAY)));
			}
			body.add(new Block.Table(List.of(new Block.Table.Column(text("doc.conclusion.number"), 8, true),
					new Block.Table.Column(text("doc.conclusion.department"), 27, false),
					new Block.Table.Column(text("doc.conclusion.task"), 48, false),
					new Block.Table.Column(text("doc.conclusion.due"), 17, true)), rows));
		}
		body.add(new Block.Paragraph(text("doc.conclusion.closing")));
		return new OfficialDocument(DocumentFamily.STATE, conference.parentIssuer(), conference.issuer(), ISSUER_CODE,
				number, conference.place(), conclusion.issuedOn(), DocumentType.THONG_BAO,
				text("doc.conclusion.summary", conference.title()), body,
				new Signer(List.of(text("doc.notice.authority")), text("doc.notice.title"), conference.chair()),
				List.of(text("doc.conclusion.toDepartments"), text("doc.conclusion.toFront"),
						text("doc.notice.recipientAreas"), text("doc.conclusion.toPortal"),
						text("doc.notice.archive")));
	}

	private static long count(MeetingRecord record, TurnOutcome outcome) {
		return record.exchanges().stream().filter((e) -> e.outcome() == outcome).count();
	}

	/** Lines to blocks: "- " lines as list items, the rest as paragraphs. */
	static void blocks(String text, List<Block> body) {
		List<String> items = new ArrayList<>();
		for (String raw : text.split("\\R")) {
			String line = raw.strip();
			if (line.startsWith("- ")) {
				items.add(line.substring(2).strip());
				continue;
			}
			if (!items.isEmpty()) {
				body.add(new Block.Bullets(List.copyOf(items)));
				items.clear();
			}
			if (!line.isEmpty()) {
				body.add(new Block.Paragraph(line));
			}
		}
		if (!items.isEmpty()) {
			body.add(new Block.Bullets(List.copyOf(items)));
		}
	}

	private String chairs(SessionConference conference) {
		return conference.chair()
				+ (conference.coChairs().isEmpty() ? "" : "; " + String.join("; ", conference.coChairs()));
	}

	private String span(Instant from, Instant to) {
		return time(from) + "–" + ((to != null) ? time(to) : "…");
	}

	/** A time as documents write it: "7 giờ 30 phút". */
	private String clock(java.time.LocalTime time) {
		return text("doc.minutes.clock", time.getHour(), String.format("%02d", time.getMinute()));
	}

	private String time(Instant at) {
		return at.atZone(this.zone).toLocalTime().format(CLOCK);
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s*\\R\\s*", " ").strip();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, VIETNAMESE);
	}

	/** One directive as the notice lists it. */
	record DirectiveLine(String department, String task, LocalDate due) {
	}

}
