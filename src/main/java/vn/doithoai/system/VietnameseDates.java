package vn.doithoai.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as Vietnamese users type and read them: day/month/year. */
public final class VietnameseDates {

	/** How dates are shown in forms: 05/01/2026. */
	public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	/** What is accepted: 5/1/2026 as well as 05/01/2026, and no 31/02. */
	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private VietnameseDates() {
	}

	/** The date typed, or null when it is not a real day/month/year date. */
	public static LocalDate parse(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip(), TYPED);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
