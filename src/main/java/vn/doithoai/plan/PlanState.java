package vn.doithoai.plan;

/** Where a yearly plan is: drafted by the office, approved by the chair, published. */
public enum PlanState {

	/** Being written; can be edited. */
	DRAFT,

	/** Signed off by the chair and numbered; no longer edited. */
	APPROVED,

	/** On the commune's public page. */
	PUBLISHED

}
