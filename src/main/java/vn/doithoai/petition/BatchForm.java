package vn.doithoai.petition;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The questions an area head or the Front collected, typed in at once: one row per
 * question; empty rows are left out.
 */
record BatchForm(Long conferenceId, String areaCode,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String proxyAuthor,
		@Valid List<Row> rows, @NotNull(message = "{petition.error.consentRecorded}") @AssertTrue(
				message = "{petition.error.consentRecorded}") Boolean consent,
		String submissionKey) {

	static final int ROWS = 5;

	static BatchForm empty(Long conferenceId, String areaCode, String proxyAuthor, String submissionKey) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add(Row.blank());
		}
		return new BatchForm(conferenceId, areaCode, proxyAuthor, rows, false, submissionKey);
	}

	/** The rows something was typed in. */
	List<Row> filled() {
		return (this.rows != null) ? this.rows.stream().filter((row) -> !row.isBlank()).toList() : List.of();
	}

	/** One collected question; the address defaults to the area. */
	record Row(@Size(max = 150, message = "{validation.tooLong}") String fullName,
			@Size(max = 300, message = "{validation.tooLong}") String address, String fieldCode,
			@Size(max = 5000, message = "{validation.tooLong}") String question) {

		static Row blank() {
			return new Row("", "", "", "");
		}

		boolean isBlank() {
			return blank(this.fullName) && blank(this.address) && blank(this.question);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

	}

}
