package vn.doithoai.organization;

/** The kind of a residential area inside a commune. */
public enum AreaKind {

	/** Thôn: a village of a rural commune. */
	THON,

	/** Tổ dân phố: a residential group of a ward. */
	TO_DAN_PHO,

	/** Khóm: a residential group in the south of the country. */
	KHOM,

	/** Ấp: a hamlet in the south of the country. */
	AP

}
