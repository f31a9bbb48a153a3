package vn.doithoai.conclusion;

import java.util.List;

/** The minutes cannot be final while some turns lack their outcome. */
class IncompleteRecordException extends RuntimeException {

	private final List<Integer> turns;

	IncompleteRecordException(List<Integer> turns) {
		super("turns without a complete outcome: " + turns);
		this.turns = List.copyOf(turns);
	}

	List<Integer> turns() {
		return this.turns;
	}

}
