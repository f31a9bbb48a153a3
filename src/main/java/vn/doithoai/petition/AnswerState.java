package vn.doithoai.petition;

/** Where a prepared answer is between the official and the chair. */
public enum AnswerState {

	/** The official is writing it. */
	DRAFT,

	/** Waiting for the chair's approval. */
	SUBMITTED,

	/** The chair sent it back with a comment. */
	RETURNED,

	/** The chair approved it. */
	APPROVED

}
