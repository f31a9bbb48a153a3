package vn.doithoai.meeting;

import java.time.Instant;

/**
 * One person at the door: a registered citizen (with their petition), a citizen who came
 * to speak without registering, or a person refused entry, of whom only the ground is
 * kept.
 */
record Attendee(Kind kind, Long petitionId, String fullName, String areaCode, boolean showName,
		RefusalGround refusalGround, Instant recordedAt) {

	static Attendee registered(long petitionId, String fullName, String areaCode, boolean showName) {
		return new Attendee(Kind.REGISTERED, petitionId, fullName, areaCode, showName, null, null);
	}

	static Attendee walkIn(Long petitionId, String fullName, String areaCode, boolean showName) {
		return new Attendee(Kind.WALK_IN, petitionId, fullName, areaCode, showName, null, null);
	}

	static Attendee refused(RefusalGround ground) {
		return new Attendee(Kind.REFUSED, null, null, null, false, ground, null);
	}

	/** How the person came in (or did not). */
	enum Kind {

		/** Registered a question beforehand. */
		REGISTERED,

		/** Came to speak without registering. */
		WALK_IN,

		/** Refused entry on a ground of Luật Tiếp công dân, Điều 9. */
		REFUSED

	}

}
