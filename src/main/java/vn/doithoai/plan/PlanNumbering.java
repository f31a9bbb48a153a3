package vn.doithoai.plan;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.doithoai.document.DocumentFamily;
import vn.doithoai.document.DocumentNumber;
import vn.doithoai.document.DocumentNumbers;
import vn.doithoai.document.DocumentType;
import vn.doithoai.organization.CommuneInfo;

/** The numbers of the plan's and the notices' documents, from the commune's register. */
@Component
class PlanNumbering {

	private final DocumentNumbers numbers;

	PlanNumbering(DocumentNumbers numbers) {
		this.numbers = numbers;
	}

	String planNumber(CommuneInfo commune, Plan plan, LocalDate day) {
		return number(commune, plan, day).symbol();
	}

	/**
	 * The plan's number: allocated once (an approved plan gets the same number again).
	 */
	DocumentNumber number(CommuneInfo commune, Plan plan, LocalDate day) {
		return this.numbers.allocate(commune.id(), commune.code(), day.getYear(), family(plan.content().issuer()),
				DocumentType.KE_HOACH, issuerCode(plan.content().issuer()), Plans.SUBJECT, String.valueOf(plan.id()));
	}

	/** The notice of a conference: always issued by the People's Committee. */
	DocumentNumber noticeNumber(CommuneInfo commune, long conferenceId, LocalDate day) {
		return this.numbers.allocate(commune.id(), commune.code(), day.getYear(), DocumentFamily.STATE,
				DocumentType.THONG_BAO, issuerCode(Plan.Issuer.UBND), Conferences.SUBJECT,
				String.valueOf(conferenceId));
	}

	static DocumentFamily family(Plan.Issuer issuer) {
		return (issuer == Plan.Issuer.DANG_UY) ? DocumentFamily.PARTY : DocumentFamily.STATE;
	}

	static String issuerCode(Plan.Issuer issuer) {
		return (issuer == Plan.Issuer.DANG_UY) ? "ĐU" : "UBND";
	}

}
