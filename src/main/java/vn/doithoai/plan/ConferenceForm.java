package vn.doithoai.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import vn.doithoai.system.VietnameseDates;

/** What the conference form posts; dates as Vietnamese users write them (dd/mm/yyyy). */
record ConferenceForm(@NotNull(message = "{validation.required}") ConferenceKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@NotBlank(message = "{validation.required}") String date,
		@NotBlank(message = "{validation.required}") String start,
		@NotBlank(message = "{validation.required}") String end,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String venue,
		boolean allAreas, List<String> areaCodes, @Size(max = 5000, message = "{validation.tooLong}") String topics,
		List<String> fieldCodes, @Size(max = 200, message = "{validation.tooLong}") String chair,
		@Size(max = 2000, message = "{validation.tooLong}") String coChairs,
		@Size(max = 5000, message = "{validation.tooLong}") String participants,
		@Size(max = 5000, message = "{validation.tooLong}") String invitees,
		@Size(max = 2000, message = "{validation.tooLong}") String audience, Long planId, Integer version,
		String requestKey) {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	ConferenceForm {
		areaCodes = (areaCodes != null) ? areaCodes : List.of();
		fieldCodes = (fieldCodes != null) ? fieldCodes : List.of();
		topics = orEmpty(topics);
		chair = orEmpty(chair);
		coChairs = orEmpty(coChairs);
		participants = orEmpty(participants);
		invitees = orEmpty(invitees);
		audience = orEmpty(audience);
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	static ConferenceForm empty(Long planId, String requestKey) {
		return new ConferenceForm(null, "", "", "07:30", "11:00", "", true, List.of(), "", List.of(), "", "", "", "",
				"Nhân dân", planId, null, requestKey);
	}

	static ConferenceForm of(ConferenceView view) {
		Conference.Details d = view.details();
		return new ConferenceForm(d.kind(), d.title(), VietnameseDates.SHOWN.format(d.date()), TIME.format(d.start()),
				TIME.format(d.end()), d.venue(), d.allAreas(), d.areaCodes(), Lines.join(d.topics()), d.fieldCodes(),
				d.chair(), Lines.join(d.coChairs()), Lines.join(d.participants()), Lines.join(d.invitees()),
				Lines.join(d.audience()), view.planId(), view.version(), null);
	}

	/** The details, or null with the errors beside the date and time fields. */
	Conference.Details details(BindingResult result) {
		LocalDate day = parseDate(this.date, "date", result);
		LocalTime from = parseTime(this.start, "start", result);
		LocalTime to = parseTime(this.end, "end", result);
		if (!this.allAreas && this.areaCodes.isEmpty()) {
			result.rejectValue("areaCodes", "conference.error.noAreas");
		}
		if (result.hasErrors()) {
			return null;
		}
		return new Conference.Details(this.kind, this.title, day, from, to, this.venue, this.allAreas,
				this.allAreas ? List.of() : this.areaCodes, Lines.split(this.topics), this.fieldCodes, this.chair,
				Lines.split(this.coChairs), Lines.split(this.participants), Lines.split(this.invitees),
				Lines.split(this.audience));
	}

	static LocalDate parseDate(String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date = VietnameseDates.parse(text);
		if (date == null) {
			result.rejectValue(field, "conference.error.date");
		}
		else if (date.getYear() < 2000 || date.getYear() > 2100) {
			result.rejectValue(field, "conference.error.dateRange");
			return null;
		}
		return date;
	}

	private static LocalTime parseTime(String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(text.strip(), TIME);
		}
		catch (DateTimeParseException ex) {
			result.rejectValue(field, "conference.error.time");
			return null;
		}
	}

}
