package vn.doithoai.petition;

/**
 * A step the petition cannot take in its present state (for example, a second triage, or
 * a conference outcome for a petition already settled otherwise).
 */
public class PetitionTransitionException extends RuntimeException {

	private final PetitionState state;

	PetitionTransitionException(PetitionState state) {
		super("Not allowed in state " + state);
		this.state = state;
	}

	/** The state the petition is in. */
	public PetitionState state() {
		return this.state;
	}

}
