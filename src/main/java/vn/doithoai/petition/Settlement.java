package vn.doithoai.petition;

import java.time.LocalDate;

/** What the conference decided for one petition. */
public sealed interface Settlement {

	/** Answered at the conference (by the chair or an official): it becomes ANSWERED. */
	record Answered(String answer, String answeredBy) implements Settlement {
	}

	/**
	 * A department is to resolve it by {@code due}, under the conclusion notice
	 * {@code conclusionSymbol} (may be empty while the notice is not numbered): DIRECTED.
	 */
	record Directed(long departmentId, String task, LocalDate due, String conclusionSymbol) implements Settlement {
	}

	/** Outside the commune's competence, sent to {@code agency}: FORWARDED. */
	record Forwarded(String agency, String reason) implements Settlement {
	}

	/** Outside the conference's topics, to be answered in writing: OFF_TOPIC. */
	record OffTopic(String note) implements Settlement {
	}

	/** A complaint or denunciation, routed to its own procedure: COMPLAINT. */
	record Complaint(String note) implements Settlement {
	}

}
