package vn.doithoai.plan;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.doithoai.organization.CommuneInfo;

/** What the plan form posts: one item per line in the list boxes. */
record PlanForm(
		@NotNull(message = "{validation.required}") @Min(value = 2000, message = "{plan.year.range}") @Max(value = 2100,
				message = "{plan.year.range}") Integer year,
		@NotNull(message = "{validation.required}") Plan.Issuer issuer,
		@Size(max = 500, message = "{validation.tooLong}") String parentIssuer,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.tooLong}") String issuerName,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String place,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String summary,
		@Size(max = 10000, message = "{validation.tooLong}") String introduction,
		@Size(max = 10000, message = "{validation.tooLong}") String legalBases,
		@Size(max = 10000, message = "{validation.tooLong}") String purposes,
		@Size(max = 10000, message = "{validation.tooLong}") String requirements,
		@Size(max = 30000, message = "{validation.tooLong}") String sections,
		@Size(max = 2000, message = "{validation.tooLong}") String scope,
		@Size(max = 2000, message = "{validation.tooLong}") String form,
		@Size(max = 5000, message = "{validation.tooLong}") String participants,
		@Size(max = 2000, message = "{validation.tooLong}") String budget, List<String> fieldCodes,
		@Size(max = 30000, message = "{validation.tooLong}") String duties,
		@Size(max = 2000, message = "{validation.tooLong}") String closing,
		@Size(max = 5000, message = "{validation.tooLong}") String recipients,
		@NotBlank(message = "{validation.required}") @Size(max = 300,
				message = "{validation.tooLong}") String signerAuthority,
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") String signerTitle,
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") String signerName,
		Integer version, String requestKey) {

	PlanForm {
		fieldCodes = (fieldCodes != null) ? fieldCodes : List.of();
	}

	/**
	 * A new plan of the commune's People's Committee, with what can be known beforehand.
	 */
	static PlanForm start(CommuneInfo commune, String kindTitle, int year, String requestKey) {
		return new PlanForm(year, Plan.Issuer.UBND, "",
				"ỦY BAN NHÂN DÂN " + kindTitle.toUpperCase(java.util.Locale.ROOT) + " "
						+ commune.name().toUpperCase(java.util.Locale.ROOT),
				commune.name(), "", "", "", "", "", "", "", "", "", "", List.of(), "", "", "Lưu: VT.",
				"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", null, requestKey);
	}

	static PlanForm of(Plan plan) {
		Plan.Content c = plan.content();
		return new PlanForm(plan.year(), c.issuer(), Lines.join(c.parentIssuer()), c.issuerName(), c.place(),
				c.summary(), Lines.join(c.introduction()), Lines.join(c.legalBases()), Lines.join(c.purposes()),
				Lines.join(c.requirements()), c.content(), c.scope(), c.form(), Lines.join(c.participants()),
				c.budget(), c.fieldCodes(), c.duties(), c.closing(), Lines.join(c.recipients()),
				Lines.join(c.signerAuthority()), c.signerTitle(), c.signerName(), plan.version(), null);
	}

	Plan.Content toContent() {
		return new Plan.Content(this.issuer, Lines.split(this.parentIssuer), this.issuerName, this.place, this.summary,
				Lines.split(this.introduction), Lines.split(this.legalBases), Lines.split(this.purposes),
				Lines.split(this.requirements), orEmpty(this.sections), orEmpty(this.scope), orEmpty(this.form),
				Lines.split(this.participants), orEmpty(this.budget), this.fieldCodes, orEmpty(this.duties),
				orEmpty(this.closing), Lines.split(this.recipients), Lines.split(this.signerAuthority),
				this.signerTitle, this.signerName);
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
