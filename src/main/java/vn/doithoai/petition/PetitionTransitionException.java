package vn.doithoai.petition;

/**
 * A step the petition cannot take in its present state (for example, a second triage).
 */
class PetitionTransitionException extends RuntimeException {

	private final PetitionState state;

	PetitionTransitionException(PetitionState state) {
		super("Not allowed in state " + state);
		this.state = state;
	}

	PetitionState state() {
		return this.state;
	}

}
