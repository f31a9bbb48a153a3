package vn.doithoai.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the official year schedules from CSV: a header {@code date,kind,name}, then one
 * row per weekday off ({@code DAY_OFF}, with its Vietnamese name) or per Saturday worked
 * ({@code WORKING_SATURDAY}); blank lines and lines starting with {@code #} are ignored.
 */
public final class OfficialSchedules {

	/** The schedules announced so far, shipped with the application. */
	static final String BUNDLED_RESOURCE = "/calendar/official-schedules.csv";

	private static final String HEADER = "date,kind,name";

	private OfficialSchedules() {
	}

	/** The official schedules shipped with the application (2024–2026 so far). */
	public static List<YearSchedule> bundled() {
		try (InputStream csv = OfficialSchedules.class.getResourceAsStream(BUNDLED_RESOURCE)) {
			if (csv == null) {
				throw new IllegalStateException("Missing resource " + BUNDLED_RESOURCE);
			}
			return load(csv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The official schedules in a UTF-8 CSV, one per year that has rows, in year order.
	 * @throws IllegalArgumentException naming the line, for a malformed row, a working
	 * Saturday that is not a Saturday, a day off on a weekend, a date listed twice, or
	 * one listed both as a day off and as a working Saturday
	 */
	public static List<YearSchedule> load(InputStream csv) {
		Map<LocalDate, Row> rows = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (header == null || !stripByteOrderMark(header).strip().equals(HEADER)) {
				throw new IllegalArgumentException("The first line must be the header '" + HEADER + "'");
			}
			int lineNumber = 1;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (line.isBlank() || line.strip().startsWith("#")) {
					continue;
				}
				Row row = Row.parse(line, lineNumber);
				Row earlier = rows.putIfAbsent(row.date(), row);
				if (earlier != null) {
					throw new IllegalArgumentException(duplicateMessage(earlier, row));
				}
				row.requireFittingDayOfWeek();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return schedulesByYear(rows.values());
	}

	private static List<YearSchedule> schedulesByYear(Iterable<Row> rows) {
		Map<Integer, List<DayOff>> daysOff = new TreeMap<>();
		Map<Integer, List<LocalDate>> workingSaturdays = new TreeMap<>();
		for (Row row : rows) {
			int year = row.date().getYear();
			daysOff.computeIfAbsent(year, y -> new ArrayList<>());
			workingSaturdays.computeIfAbsent(year, y -> new ArrayList<>());
			if (row.kind() == Kind.DAY_OFF) {
				daysOff.get(year).add(new DayOff(row.date(), row.name()));
			}
			else {
				workingSaturdays.get(year).add(row.date());
			}
		}
		return daysOff.keySet()
			.stream()
			.map(year -> YearSchedule.official(year, daysOff.get(year), workingSaturdays.get(year)))
			.toList();
	}

	private static String duplicateMessage(Row earlier, Row later) {
		if (earlier.kind() != later.kind()) {
			return "Line " + later.line() + ": " + later.date() + " is listed both as a day off and as a working"
					+ " Saturday (line " + earlier.line() + ")";
		}
		return "Line " + later.line() + ": " + later.date() + " is listed twice (line " + earlier.line() + ")";
	}

	private static String stripByteOrderMark(String line) {
		return line.startsWith("\uFEFF") ? line.substring(1) : line;
	}

	/** What a row says about its day. */
	private enum Kind {

		/** A weekday on which offices are closed. */
		DAY_OFF,

		/** A Saturday on which offices work. */
		WORKING_SATURDAY

	}

	/** One line of the file. */
	private record Row(int line, LocalDate date, Kind kind, String name) {

		static Row parse(String text, int line) {
			String[] fields = text.split(",", 3);
			if (fields.length < 3) {
				throw new IllegalArgumentException("Line " + line + ": expected date,kind,name but got '" + text + "'");
			}
			LocalDate date = parseDate(fields[0].strip(), line);
			Kind kind = parseKind(fields[1].strip(), line);
			// Keyboards produce both composed and decomposed Vietnamese: store one form.
			String name = Normalizer.normalize(fields[2].strip(), Normalizer.Form.NFC);
			if (kind == Kind.DAY_OFF && name.isEmpty()) {
				throw new IllegalArgumentException("Line " + line + ": day off " + date + " needs a name");
			}
			return new Row(line, date, kind, name);
		}

		void requireFittingDayOfWeek() {
			if (this.kind == Kind.DAY_OFF && YearSchedule.isWeekend(this.date)) {
				throw new IllegalArgumentException("Line " + this.line + ": day off " + this.date + " is a "
						+ YearSchedule.dayOfWeek(this.date) + ", a rest day already: list only weekdays off");
			}
			if (this.kind == Kind.WORKING_SATURDAY && this.date.getDayOfWeek() != DayOfWeek.SATURDAY) {
				throw new IllegalArgumentException("Line " + this.line + ": working Saturday " + this.date + " is a "
						+ YearSchedule.dayOfWeek(this.date) + ", not a Saturday");
			}
		}

		private static LocalDate parseDate(String text, int line) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("Line " + line + ": '" + text + "' is not a date (yyyy-mm-dd)", ex);
			}
		}

		private static Kind parseKind(String text, int line) {
			try {
				return Kind.valueOf(text);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"Line " + line + ": kind must be DAY_OFF or WORKING_SATURDAY, not '" + text + "'", ex);
			}
		}

	}

}
