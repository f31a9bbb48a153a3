package vn.doithoai.plan;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.doithoai.organization.CommuneInfo;

/**
 * The short plain-language text read on the commune loudspeaker when a conference is
 * announced.
 */
final class LoudspeakerText {

	private LoudspeakerText() {
	}

	static String of(CommuneInfo commune, ConferenceView conference, MessageSource messages, Locale locale) {
		Conference.Details d = conference.details();
		String unit = messages.getMessage("commune.kind." + commune.kind().name(), null, locale) + " " + commune.name();
		String day = messages.getMessage("weekday." + d.date().getDayOfWeek().getValue(), null, locale);
		String when = messages.getMessage("loudspeaker.when",
				new Object[] { d.start().format(DateTimeFormatter.ofPattern("H")),
						d.start().format(DateTimeFormatter.ofPattern("mm")), day,
						String.valueOf(d.date().getDayOfMonth()), String.valueOf(d.date().getMonthValue()),
						String.valueOf(d.date().getYear()) },
				locale);
		String topics = d.topics().isEmpty() ? ""
				: messages.getMessage("loudspeaker.topics", new Object[] { String.join("; ", d.topics()) }, locale);
		java.time.LocalDate closes = conference.registrationCloses();
		return messages
			.getMessage("loudspeaker.text",
					new Object[] { unit, d.title(), when, d.venue(),
							(d.chair() == null || d.chair().isBlank()) ? ""
									: messages.getMessage("loudspeaker.chair", new Object[] { d.chair() }, locale),
							topics, closes.format(DateTimeFormatter.ofPattern("dd/MM/uuuu")) },
					locale)
			.replaceAll("\\s+", " ")
			.strip();
	}

}
