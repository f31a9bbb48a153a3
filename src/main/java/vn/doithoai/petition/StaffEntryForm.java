package vn.doithoai.petition;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A petition staff type in: from a paper form (with its scan), a phone call or an e-mail.
 * The consent is the one the citizen ticked on paper or gave on the phone.
 */
record StaffEntryForm(@NotNull(message = "{validation.required}") Channel channel, Long conferenceId,
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String fullName,
		@Pattern(regexp = RegistrationForm.PHONE, message = "{petition.error.phone}") String phone,
		@Email(message = "{petition.error.email}") @Size(max = 254, message = "{validation.tooLong}") String email,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String address,
		String areaCode, String fieldCode,
		@NotBlank(message = "{validation.required}") @Size(max = 5000,
				message = "{validation.tooLong}") String question,
		@NotNull(message = "{petition.error.consentRecorded}") @AssertTrue(
				message = "{petition.error.consentRecorded}") Boolean consent,
		String submissionKey) {

	static StaffEntryForm empty(Long conferenceId, String submissionKey) {
		return new StaffEntryForm(Channel.PAPER, conferenceId, "", "", "", "", "", "", "", false, submissionKey);
	}

	Registration registration() {
		return new Registration(this.conferenceId, this.fullName, this.phone, this.email, this.address, this.areaCode,
				this.fieldCode, this.question);
	}

}
