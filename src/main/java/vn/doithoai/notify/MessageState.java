package vn.doithoai.notify;

/** Where an outgoing message stands. */
enum MessageState {

	/** Waiting to be sent, for the first time or again after a failed attempt. */
	PENDING,

	/**
	 * Taken by a sender that is sending it now; if that sender stops before saying how it
	 * went, another takes the message again once the claim's lease ends.
	 */
	SENDING,

	/** Handed to the mail server or the gateway; its body has been erased. */
	SENT,

	/**
	 * A dead letter: every attempt failed, or the gateway refused it; it is sent again
	 * only when an administrator asks.
	 */
	DEAD

}
