package vn.doithoai.document;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The blank registration form (phiếu đăng ký ý kiến, kiến nghị) that area heads print,
 * citizens fill in by hand and the office types in later: one A4 page with a QR code to
 * the same form online.
 *
 * @param parentIssuer the body above the issuer, one line each; may be empty
 * @param issuer the commune's People's Committee, its line breaks kept ("ỦY BAN NHÂN
 * DÂN\nPHƯỜNG TRƯƠNG QUANG TRỌNG")
 * @param conference the conference the questions are for; null for a petition not tied to
 * one
 * @param registrationCloses the last day to hand the form in; null when there is none
 * @param areas the commune's areas (thôn, tổ dân phố), ticked on the form; a line to
 * write on when there are none or too many for one page ({@link #areasTicked()})
 * @param fields the fields (lĩnh vực) to tick
 * @param onlineFormUrl the absolute address of the online form: printed, and in the QR
 * code
 * @param consentNotice the personal-data notice the citizen agrees to by ticking its box
 */
public record RegistrationSheet(List<String> parentIssuer, String issuer, ConferenceDetails conference,
		LocalDate registrationCloses, List<String> areas, List<String> fields, URI onlineFormUrl,
		String consentNotice) {

	/**
	 * How much area text is ticked on the sheet: about three lines, a character for each
	 * letter of a name and six for its box and the space after it. More, and the citizen
	 * writes the area on a line, which keeps the sheet on one page.
	 */
	static final int AREA_TEXT_BUDGET = 220;

	public RegistrationSheet {
		parentIssuer = List.copyOf(parentIssuer);
		Objects.requireNonNull(issuer, "issuer");
		areas = List.copyOf(areas);
		fields = List.copyOf(fields);
		Objects.requireNonNull(onlineFormUrl, "onlineFormUrl");
		if (!onlineFormUrl.isAbsolute() || !List.of("http", "https").contains(onlineFormUrl.getScheme())) {
			throw new IllegalArgumentException("The online form needs an absolute http(s) address: " + onlineFormUrl);
		}
		Objects.requireNonNull(consentNotice, "consentNotice");
	}

	/** Whether the areas are printed as tick boxes rather than a line to write on. */
	public boolean areasTicked() {
		return !this.areas.isEmpty()
				&& this.areas.stream().mapToInt((area) -> area.length() + 6).sum() <= AREA_TEXT_BUDGET;
	}

	/**
	 * The conference a sheet is for, as printed under its title.
	 *
	 * @param title the conference's title ("Hội nghị đối thoại quý I năm 2026")
	 * @param date its day
	 * @param start when it starts; null when not fixed yet
	 * @param venue where it is held; may be blank
	 */
	public record ConferenceDetails(String title, LocalDate date, LocalTime start, String venue) {

		public ConferenceDetails {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(date, "date");
			venue = (venue != null) ? venue : "";
		}

	}

}
