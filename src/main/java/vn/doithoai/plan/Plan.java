package vn.doithoai.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A yearly plan: its content as the secretary writes it, its state and, once approved,
 * its number.
 */
record Plan(Long id, long communeId, int year, Content content, PlanState state, String numberSymbol,
		LocalDate issuedDate, int version) {

	/** The content section as headings and the lines under them, for the plan's page. */
	public List<Lines.Group> contentGroups() {
		return Lines.groups(this.content.content());
	}

	/** The units and their duties, for the plan's page. */
	public List<Lines.Group> dutyGroups() {
		return Lines.groups(this.content.duties());
	}

	/** Approves a draft: it gets its number and date and is no longer edited. */
	Plan approve(String symbol, LocalDate today) {
		if (this.state != PlanState.DRAFT) {
			throw new TransitionNotAllowedException(this.state.name());
		}
		return new Plan(this.id, this.communeId, this.year, this.content, PlanState.APPROVED, symbol, today,
				this.version);
	}

	Plan publish() {
		if (this.state != PlanState.APPROVED) {
			throw new TransitionNotAllowedException(this.state.name());
		}
		return new Plan(this.id, this.communeId, this.year, this.content, PlanState.PUBLISHED, this.numberSymbol,
				this.issuedDate, this.version);
	}

	Plan edit(int year, Content content) {
		if (this.state != PlanState.DRAFT) {
			throw new TransitionNotAllowedException(this.state.name());
		}
		return new Plan(this.id, this.communeId, year, content, this.state, this.numberSymbol, this.issuedDate,
				this.version);
	}

	/**
	 * Everything a KẾ HOẠCH says. Lists are one item a line; {@code content} and
	 * {@code duties} are headings with "- " items under them (sections and their
	 * paragraphs, units and their duties).
	 */
	record Content(Issuer issuer, List<String> parentIssuer, String issuerName, String place, String summary,
			List<String> introduction, List<String> legalBases, List<String> purposes, List<String> requirements,
			String content, String scope, String form, List<String> participants, String budget,
			List<String> fieldCodes, String duties, String closing, List<String> recipients,
			List<String> signerAuthority, String signerTitle, String signerName) {
	}

	/** Who issues the plan: the commune's People's Committee, or its Party committee. */
	enum Issuer {

		/** Ủy ban nhân dân: a state body (Nghị định 30/2020). */
		UBND,

		/** Đảng ủy: a Party committee (Hướng dẫn 36-HD/VPTW). */
		DANG_UY

	}

}
