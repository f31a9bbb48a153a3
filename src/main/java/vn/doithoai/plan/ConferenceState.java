package vn.doithoai.plan;

import java.util.EnumSet;
import java.util.Set;

/** Where a conference is in its life (DESIGN §4). */
public enum ConferenceState {

	/** Being prepared by the office; not public. */
	DRAFT,

	/** Its date, time and place are fixed; not public yet. */
	SCHEDULED,

	/** The notice is out: the public page is up and questions are taken. */
	ANNOUNCED,

	/** Questions are no longer taken; the conference is being prepared. */
	REGISTRATION_CLOSED,

	/** The conference is being held now. */
	IN_PROGRESS,

	/** The conference took place. */
	HELD,

	/** Its minutes are final. */
	MINUTES_FINAL,

	/** The chair's conclusion is issued. */
	CONCLUDED,

	/** Every follow-up is done. */
	CLOSED,

	/** Moved to a new date, with the reason; to be announced again. */
	POSTPONED,

	/** Will not take place, with the reason. */
	CANCELLED;

	/** States in which the conference can still be postponed or cancelled. */
	static final Set<ConferenceState> BEFORE_IT_STARTS = EnumSet.of(DRAFT, SCHEDULED, ANNOUNCED, REGISTRATION_CLOSED,
			POSTPONED);

	/** States the public sees. */
	static final Set<ConferenceState> PUBLIC = EnumSet.of(ANNOUNCED, REGISTRATION_CLOSED, IN_PROGRESS, HELD,
			MINUTES_FINAL, CONCLUDED, CLOSED, POSTPONED, CANCELLED);

	public boolean isPublic() {
		return PUBLIC.contains(this);
	}

}
