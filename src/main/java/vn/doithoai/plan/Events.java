package vn.doithoai.plan;

import java.time.LocalDate;

/** The past-tense events of plans and conferences, for the modules that react to them. */
public final class Events {

	private Events() {
	}

	/** A conference's date, time and place were fixed. */
	public record ConferenceScheduled(long conferenceId, long communeId, LocalDate date) {
	}

	/** A conference was announced; its public page is up. */
	public record ConferenceAnnounced(long conferenceId, long communeId, LocalDate date, boolean late) {
	}

	/** Questions for a conference are no longer taken. */
	public record RegistrationClosed(long conferenceId, long communeId) {
	}

	/** A conference moved to a new date; those who registered are to be told. */
	public record ConferencePostponed(long conferenceId, long communeId, LocalDate from, LocalDate to, String reason) {
	}

	/** A conference will not take place; those who registered are to be told. */
	public record ConferenceCancelled(long conferenceId, long communeId, String reason) {
	}

	/** The live record of a conference was opened on its day. */
	public record ConferenceStarted(long conferenceId, long communeId, LocalDate date) {
	}

	/** A conference took place; its record is closed and its minutes are due. */
	public record ConferenceHeld(long conferenceId, long communeId, LocalDate date) {
	}

	/** A conference's minutes were finalised under a number. */
	public record ConferenceMinutesFinal(long conferenceId, long communeId, String minutesSymbol) {
	}

	/** A conference's conclusion notice was issued. */
	public record ConferenceConcluded(long conferenceId, long communeId, String conclusionSymbol, LocalDate issuedOn) {
	}

	/** A plan was approved by the chair and numbered. */
	public record PlanApproved(long planId, long communeId, String number) {
	}

	/** A plan was published on the commune's portal. */
	public record PlanPublished(long planId, long communeId) {
	}

}
