package vn.doithoai.meeting;

/**
 * Why a person may be refused (Luật Tiếp công dân 2013, Điều 9): the only thing recorded
 * of a refused person.
 */
public enum RefusalGround {

	/** Khoản 1: drunk or under the influence of stimulants. */
	INTOXICATED,

	/** Khoản 2: a mental or other illness that takes away awareness or self-control. */
	NOT_IN_CONTROL,

	/** Khoản 3: threatens or insults, or breaks the rules of the place. */
	THREATENING,

	/** Khoản 4: keeps raising a matter already settled and explained in writing. */
	SETTLED_MATTER

}
