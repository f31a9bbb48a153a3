package vn.doithoai.system;

import java.time.Instant;

/**
 * The solved challenges already spent on a write, so that a solution counts once.
 */
@FunctionalInterface
interface UsedChallenges {

	/**
	 * Records the solution named by {@code signature} as used until it expires; false
	 * when it was already used.
	 */
	boolean markUsed(String signature, Instant expires);

}
