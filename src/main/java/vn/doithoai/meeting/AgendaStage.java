package vn.doithoai.meeting;

import java.time.Duration;

/**
 * The parts of a dialogue conference in the order the seeds' programmes give them, each
 * with its usual share of the time.
 */
public enum AgendaStage {

	/** Khai mạc: the reason for the conference, the delegates, the rules. */
	OPENING(Duration.ofMinutes(10)),

	/** The chair reports on the conference's subject. */
	CHAIR_REPORT(Duration.ofMinutes(20)),

	/** Citizens speak in turn and are answered. */
	TURNS(null),

	/** Further exchange after the answers. */
	EXCHANGE(Duration.ofMinutes(20)),

	/** The chair concludes. */
	CONCLUSION(Duration.ofMinutes(15));

	private final Duration usual;

	AgendaStage(Duration usual) {
		this.usual = usual;
	}

	/** Its usual length; null for the citizens' turns, which take the rest. */
	Duration usual() {
		return this.usual;
	}

}
