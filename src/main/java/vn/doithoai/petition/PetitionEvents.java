package vn.doithoai.petition;

import java.time.LocalDate;

/** The past-tense events of petitions, for the modules that react to them. */
public final class PetitionEvents {

	private PetitionEvents() {
	}

	/** A petition was registered, from any channel. */
	public record PetitionReceived(long petitionId, long communeId, Long conferenceId, Channel channel) {
	}

	/** The secretary took it up for the dialogue. */
	public record PetitionAccepted(long petitionId, long communeId, String fieldCode) {
	}

	/** The secretary did not take it up. */
	public record PetitionRejected(long petitionId, long communeId, String reason) {
	}

	/** It asks what another petition asks; it is followed there. */
	public record PetitionMerged(long petitionId, long communeId, long intoPetitionId) {
	}

	/** It was sent to the competent agency. */
	public record PetitionForwarded(long petitionId, long communeId, String agency, String reason) {
	}

	/** It is outside the topics and will be answered separately in writing. */
	public record PetitionMarkedOffTopic(long petitionId, long communeId, String note) {
	}

	/** It is a complaint or a denunciation and goes to its own procedure. */
	public record PetitionRoutedAsComplaint(long petitionId, long communeId, String note) {
	}

	/** A department was given it to prepare the answer by a date. */
	public record PetitionAssigned(long petitionId, long communeId, long departmentId, LocalDate due) {
	}

	/** The official sent the prepared answer to the chair. */
	public record AnswerSubmitted(long petitionId, long communeId) {
	}

	/** The chair sent the prepared answer back. */
	public record AnswerReturned(long petitionId, long communeId, String comment) {
	}

	/** The chair approved the prepared answer (and perhaps published it). */
	public record AnswerApproved(long petitionId, long communeId, boolean published) {
	}

	/**
	 * It was answered at the conference; {@code answer} is the answer in brief as the
	 * secretary recorded it, {@code answeredBy} who gave it.
	 */
	public record PetitionAnsweredAtConference(long petitionId, long communeId, Long conferenceId, String answer,
			String answeredBy) {
	}

	/**
	 * The conclusion gave a department the task of resolving it by a date, under the
	 * conclusion notice {@code conclusionSymbol} (null while the notice is not numbered).
	 */
	public record PetitionDirected(long petitionId, long communeId, Long conferenceId, long departmentId, String task,
			LocalDate due, String conclusionSymbol) {
	}

}
