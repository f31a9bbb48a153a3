package vn.doithoai.notify;

/** Where an outgoing message stands. */
enum MessageState {

	/** Waiting to be sent, for the first time or again after a failed attempt. */
	PENDING,

	/** Handed to the mail server; its body has been erased. */
	SENT,

	/** Every attempt failed; it is sent again only when an administrator asks. */
	FAILED

}
