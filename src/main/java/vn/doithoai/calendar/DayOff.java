package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A weekday on which offices are closed, with the name the schedule gives it ("Tết Nguyên
 * đán", "Nghỉ bù", …).
 *
 * @param date the day off
 * @param name its name, in Vietnamese
 */
public record DayOff(LocalDate date, String name) {

	public DayOff {
		Objects.requireNonNull(date, "date");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("The day off " + date + " needs a name");
		}
	}

}
