package vn.doithoai.meeting;

/** Where a turn is in the speaking queue. */
public enum TurnStatus {

	/** Waiting to be called. */
	WAITING,

	/** The speaker has the floor (the current turn). */
	SPEAKING,

	/** The turn is over. */
	DONE

}
