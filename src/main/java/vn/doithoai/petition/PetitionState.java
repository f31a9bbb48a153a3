package vn.doithoai.petition;

import java.util.EnumSet;
import java.util.Set;

/** Where a petition is in its life (DESIGN §4). */
public enum PetitionState {

	/** Registered; the secretary has not looked at it yet. */
	RECEIVED,

	/** Taken up for the dialogue, with its field. */
	ACCEPTED,

	/** Given to a department, which prepares the answer by a due date. */
	ASSIGNED,

	/** The chair approved the prepared answer; it is ready for the conference. */
	ANSWER_PREPARED,

	/** Answered at the conference. */
	ANSWERED,

	/** The conclusion gave a department a directive to resolve it. */
	DIRECTED,

	/** The citizen was sent a written reply. */
	REPLIED,

	/** Nothing more is to be done. */
	CLOSED,

	/** Not taken up, for the reason given. */
	REJECTED,

	/** The same question as another petition, followed there. */
	MERGED,

	/** Outside the commune's competence: sent to the agency that decides it. */
	FORWARDED,

	/** Outside the conference's topics: answered separately in writing. */
	OFF_TOPIC,

	/** A complaint or denunciation: it goes to its own legal procedure. */
	COMPLAINT,

	/** Withdrawn by the citizen. */
	WITHDRAWN,

	/** The citizen contested the reply; it is looked at again. */
	REOPENED;

	/** The states the secretary may still triage from. */
	static final Set<PetitionState> TRIAGEABLE = EnumSet.of(RECEIVED, ACCEPTED);

	/**
	 * The states in which the conference may still settle it: answer it, direct a
	 * department, forward it, or record it as off-topic or a complaint.
	 */
	static final Set<PetitionState> SETTLEABLE = EnumSet.of(RECEIVED, ACCEPTED, ASSIGNED, ANSWER_PREPARED);

	/** Whether a conference may still decide what becomes of the petition. */
	public boolean settleable() {
		return SETTLEABLE.contains(this);
	}

	/** The states another petition may be merged into. */
	static final Set<PetitionState> OPEN = EnumSet.of(RECEIVED, ACCEPTED, ASSIGNED, ANSWER_PREPARED, REOPENED);

}
