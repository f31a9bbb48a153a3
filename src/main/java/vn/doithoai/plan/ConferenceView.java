package vn.doithoai.plan;

import java.time.LocalDate;
import java.util.List;

/** A conference as its pages show it, with its deadlines and public history. */
record ConferenceView(long id, long communeId, Long planId, Conference.Details details, ConferenceState state,
		String lateNoticeReason, String noticeSymbol, LocalDate announcedOn, int version,
		List<DeadlineStatus> deadlines, List<Conference.HistoryEntry> history) {

	static ConferenceView of(Conference conference, List<DeadlineStatus> deadlines,
			List<Conference.HistoryEntry> history) {
		return new ConferenceView(conference.id(), conference.communeId(), conference.planId(), conference.details(),
				conference.state(), conference.lateNoticeReason(), conference.noticeSymbol(), conference.announcedOn(),
				conference.version(), deadlines, history);
	}

	/**
	 * Announced later than the commune's notice rule allowed: flagged wherever it is
	 * listed.
	 */
	public boolean announcedLate() {
		return this.lateNoticeReason != null;
	}

	public boolean editable() {
		return this.state == ConferenceState.DRAFT || this.state == ConferenceState.SCHEDULED;
	}

	public boolean canPostpone() {
		return ConferenceState.BEFORE_IT_STARTS.contains(this.state) && this.state != ConferenceState.DRAFT;
	}

	public boolean canCancel() {
		return ConferenceState.BEFORE_IT_STARTS.contains(this.state);
	}

	/** A late deadline of this conference, if any: flagged in lists. */
	public boolean hasLateDeadline() {
		return this.deadlines.stream().anyMatch((d) -> d.standing() == DeadlineStatus.Standing.LATE);
	}

	/**
	 * The day registration of questions closes: its rule's due date, else the day before.
	 */
	public LocalDate registrationCloses() {
		return this.deadlines.stream()
			.filter((d) -> d.purpose() == vn.doithoai.calendar.DeadlinePurpose.REGISTRATION_CLOSE)
			.map(DeadlineStatus::due)
			.findFirst()
			.orElse(this.details.date().minusDays(1));
	}

}
