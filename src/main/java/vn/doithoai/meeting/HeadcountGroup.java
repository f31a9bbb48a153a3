package vn.doithoai.meeting;

/** Those counted at the door rather than named. */
public enum HeadcountGroup {

	/** Invited delegates (the Party committee, the People's Council, the Front). */
	DELEGATES,

	/** The commune's officials and civil servants. */
	OFFICIALS,

	/** Representatives of mass organisations and area heads. */
	ORGANISATIONS,

	/** Citizens who came to listen without a question. */
	CITIZENS

}
