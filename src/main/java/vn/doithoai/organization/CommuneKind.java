package vn.doithoai.organization;

/**
 * The kind of a commune-level unit; since 1 July 2025 only xã, phường and đặc khu exist.
 */
public enum CommuneKind {

	/** Xã: a rural commune. */
	XA,

	/** Phường: an urban ward. */
	PHUONG,

	/** Đặc khu: a special zone (islands). */
	DAC_KHU,

	/**
	 * Thị trấn: a township; abolished in 2025, kept for the issuers of older documents.
	 */
	THI_TRAN

}
