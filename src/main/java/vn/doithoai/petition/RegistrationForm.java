package vn.doithoai.petition;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The registration form a citizen fills on the portal (and staff fill from a paper form).
 * The question is named {@code question}: {@code content} is the page's main region.
 */
record RegistrationForm(Long conferenceId,
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String fullName,
		@Pattern(regexp = PHONE, message = "{petition.error.phone}") String phone,
		@Email(message = "{petition.error.email}") @Size(max = 254, message = "{validation.tooLong}") String email,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String address,
		String areaCode, String fieldCode,
		@NotBlank(message = "{validation.required}") @Size(max = 5000,
				message = "{validation.tooLong}") String question,
		@NotNull(message = "{petition.error.consent}") @AssertTrue(
				message = "{petition.error.consent}") Boolean consent,
		String submissionKey) {

	/**
	 * A Vietnamese phone number: 0 or +84, then 9 or 10 digits, spaces, dots or dashes
	 * between them allowed; empty is allowed (the phone is optional).
	 */
	static final String PHONE = "^$|^(\\+84|0)([\\s.-]?\\d){9,10}$";

	static RegistrationForm empty(Long conferenceId, String submissionKey) {
		return new RegistrationForm(conferenceId, "", "", "", "", "", "", "", false, submissionKey);
	}

	/** The forms' name for a field the use case names after the domain. */
	static String field(String domainField) {
		return "content".equals(domainField) ? "question" : domainField;
	}

	Registration registration() {
		return new Registration(this.conferenceId, this.fullName, this.phone, this.email, this.address, this.areaCode,
				this.fieldCode, this.question);
	}

}
