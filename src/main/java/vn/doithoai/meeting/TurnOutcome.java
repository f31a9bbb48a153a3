package vn.doithoai.meeting;

/** What the conference decided for one turn's question. */
public enum TurnOutcome {

	/** Answered at the conference; nothing more to do. */
	ANSWERED,

	/** The chair gives a department a task with a deadline (a directive). */
	DIRECTIVE,

	/** Outside the commune's competence: forwarded to the competent agency. */
	FORWARDED,

	/** Outside the conference's subject: to be answered in writing. */
	OFF_TOPIC,

	/** A complaint or denunciation: routed to its own legal procedure. */
	COMPLAINT

}
