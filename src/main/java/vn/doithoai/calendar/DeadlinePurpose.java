package vn.doithoai.calendar;

/** What a deadline is for; a commune has at most one rule for each. */
public enum DeadlinePurpose {

	/** The public notice of a conference must be out. */
	NOTICE(DeadlineAnchor.CONFERENCE),

	/** Citizens' questions for a conference are no longer taken. */
	REGISTRATION_CLOSE(DeadlineAnchor.CONFERENCE),

	/** Area heads hand in the questions they collected. */
	AREA_QUESTIONS(DeadlineAnchor.CONFERENCE),

	/** Departments hand in their prepared answers. */
	PREPARED_ANSWERS(DeadlineAnchor.CONFERENCE),

	/** The minutes (and the report) are finished. */
	MINUTES(DeadlineAnchor.CONFERENCE),

	/** The chair's conclusion notice is issued. */
	CONCLUSION(DeadlineAnchor.CONFERENCE),

	/** The results are made public. */
	RESULTS_PUBLISHED(DeadlineAnchor.CONFERENCE),

	/** Questions promised an answer at the conference are resolved. */
	PROMISED_ANSWERS(DeadlineAnchor.CONFERENCE),

	/** A department answers in writing after receiving the conclusion. */
	WRITTEN_ANSWER(DeadlineAnchor.CONCLUSION_ISSUED),

	/** A matter outside the commune's competence is forwarded. */
	FORWARDING(DeadlineAnchor.PETITION_RECEIVED);

	private final DeadlineAnchor anchor;

	DeadlinePurpose(DeadlineAnchor anchor) {
		this.anchor = anchor;
	}

	/** The event this kind of deadline is always counted from. */
	public DeadlineAnchor anchor() {
		return this.anchor;
	}

	/**
	 * Whether the deadline lies before its event (preparations) rather than after
	 * (follow-up).
	 */
	public boolean comesBeforeItsEvent() {
		return this == NOTICE || this == REGISTRATION_CLOSE || this == AREA_QUESTIONS || this == PREPARED_ANSWERS;
	}

}
