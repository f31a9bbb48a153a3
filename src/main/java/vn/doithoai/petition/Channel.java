package vn.doithoai.petition;

/** How a petition reached the commune. */
public enum Channel {

	/** The citizen registered it on the portal or through the public API. */
	ONLINE,

	/** A paper form handed in at the office, typed in by staff. */
	PAPER,

	/**
	 * Collected by an area head (trưởng thôn, tổ trưởng) and entered on the citizen's
	 * behalf.
	 */
	AREA_HEAD,

	/** Gathered by the Fatherland Front (MTTQ) and entered on the citizens' behalf. */
	FRONT,

	/** Told to the office by phone. */
	PHONE,

	/** Sent to the office by e-mail. */
	EMAIL,

	/**
	 * Raised at the conference by someone who had not registered, and written down by the
	 * secretary; no address, phone or e-mail is asked.
	 */
	AT_CONFERENCE

}
