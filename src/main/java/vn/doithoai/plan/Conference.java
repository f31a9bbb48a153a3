package vn.doithoai.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import vn.doithoai.system.InvalidInputException;

/**
 * A dialogue conference. Its transitions are guarded: each checks the state it may leave
 * and returns the event that records it.
 */
class Conference {

	private final Long id;

	private final long communeId;

	private Long planId;

	private Details details;

	private ConferenceState state;

	private String lateNoticeReason;

	private String noticeSymbol;

	private LocalDate announcedOn;

	private final int version;

	private final List<HistoryEntry> newHistory = new ArrayList<>();

	Conference(Long id, long communeId, Long planId, Details details, ConferenceState state, String lateNoticeReason,
			String noticeSymbol, LocalDate announcedOn, int version) {
		this.id = id;
		this.communeId = communeId;
		this.planId = planId;
		this.details = details;
		this.state = state;
		this.lateNoticeReason = lateNoticeReason;
		this.noticeSymbol = noticeSymbol;
		this.announcedOn = announcedOn;
		this.version = version;
	}

	static Conference draft(long communeId, Long planId, Details details) {
		Conference conference = new Conference(null, communeId, planId, details, ConferenceState.DRAFT, null, null,
				null, 0);
		conference.newHistory.add(new HistoryEntry(ConferenceState.DRAFT, details.date(), null, null));
		return conference;
	}

	/** Fixes the date, time and place. */
	Events.ConferenceScheduled schedule() {
		require(this.state == ConferenceState.DRAFT);
		this.state = ConferenceState.SCHEDULED;
		this.newHistory.add(new HistoryEntry(this.state, this.details.date(), null, null));
		return new Events.ConferenceScheduled(this.id, this.communeId, this.details.date());
	}

	/**
	 * Publishes the conference. Later than the notice rule allows ({@code latestNotice}),
	 * a written reason is required and kept.
	 */
	Events.ConferenceAnnounced announce(LocalDate today, LocalDate latestNotice, String lateReason) {
		require(this.state == ConferenceState.SCHEDULED || this.state == ConferenceState.POSTPONED);
		if (!this.details.date().isAfter(today)) {
			throw new InvalidInputException("date", "conference.error.announcePast");
		}
		boolean late = latestNotice != null && today.isAfter(latestNotice);
		if (late && (lateReason == null || lateReason.isBlank())) {
			throw new InvalidInputException("lateReason", "conference.error.lateReasonRequired");
		}
		this.lateNoticeReason = late ? lateReason : null;
		this.announcedOn = today;
		this.state = ConferenceState.ANNOUNCED;
		this.newHistory.add(new HistoryEntry(this.state, this.details.date(), this.lateNoticeReason, null));
		return new Events.ConferenceAnnounced(this.id, this.communeId, this.details.date(), late);
	}

	Events.RegistrationClosed closeRegistration() {
		require(this.state == ConferenceState.ANNOUNCED);
		this.state = ConferenceState.REGISTRATION_CLOSED;
		this.newHistory.add(new HistoryEntry(this.state, this.details.date(), null, null));
		return new Events.RegistrationClosed(this.id, this.communeId);
	}

	/** Moves the conference to a new date; it must be announced again. */
	Events.ConferencePostponed postpone(LocalDate newDate, String reason, LocalDate today) {
		require(ConferenceState.BEFORE_IT_STARTS.contains(this.state) && this.state != ConferenceState.DRAFT);
		if (newDate == null || !newDate.isAfter(today)) {
			throw new InvalidInputException("newDate", "conference.error.postponeDate");
		}
		if (newDate.equals(this.details.date())) {
			throw new InvalidInputException("newDate", "conference.error.sameDate");
		}
		requireReason(reason);
		LocalDate from = this.details.date();
		this.details = this.details.on(newDate);
		this.state = ConferenceState.POSTPONED;
		this.newHistory.add(new HistoryEntry(this.state, newDate, reason, null));
		return new Events.ConferencePostponed(this.id, this.communeId, from, newDate, reason);
	}

	Events.ConferenceCancelled cancel(String reason) {
		require(ConferenceState.BEFORE_IT_STARTS.contains(this.state));
		requireReason(reason);
		this.state = ConferenceState.CANCELLED;
		this.newHistory.add(new HistoryEntry(this.state, this.details.date(), reason, null));
		return new Events.ConferenceCancelled(this.id, this.communeId, reason);
	}

	/**
	 * Opens the live record: only on the conference's own day, once its notice is out.
	 */
	Events.ConferenceStarted start(LocalDate today) {
		require(this.state == ConferenceState.ANNOUNCED || this.state == ConferenceState.REGISTRATION_CLOSED);
		if (!this.details.date().equals(today)) {
			throw new InvalidInputException("date", "conference.error.startOtherDay");
		}
		this.state = ConferenceState.IN_PROGRESS;
		this.newHistory.add(new HistoryEntry(this.state, this.details.date(), null, null));
		return new Events.ConferenceStarted(this.id, this.communeId, this.details.date());
	}

	/** Closes the live record: the conference took place. */
	Events.ConferenceHeld end() {
		require(this.state == ConferenceState.IN_PROGRESS);
		this.state = ConferenceState.HELD;
		this.newHistory.add(new HistoryEntry(this.state, this.details.date(), null, null));
		return new Events.ConferenceHeld(this.id, this.communeId, this.details.date());
	}

	/** Its minutes were finalised and numbered. */
	Events.ConferenceMinutesFinal finaliseMinutes(String minutesSymbol) {
		require(this.state == ConferenceState.HELD);
		this.state = ConferenceState.MINUTES_FINAL;
		this.newHistory.add(new HistoryEntry(this.state, this.details.date(), minutesSymbol, null));
		return new Events.ConferenceMinutesFinal(this.id, this.communeId, minutesSymbol);
	}

	/** The chair's conclusion notice was issued. */
	Events.ConferenceConcluded conclude(String conclusionSymbol, LocalDate issuedOn) {
		require(this.state == ConferenceState.MINUTES_FINAL);
		this.state = ConferenceState.CONCLUDED;
		this.newHistory.add(new HistoryEntry(this.state, this.details.date(), conclusionSymbol, null));
		return new Events.ConferenceConcluded(this.id, this.communeId, conclusionSymbol, issuedOn);
	}

	/** Changes what the conference is; only while it is not public. */
	void change(Details details) {
		require(this.state == ConferenceState.DRAFT || this.state == ConferenceState.SCHEDULED);
		this.details = details;
	}

	void attachNotice(String symbol) {
		this.noticeSymbol = symbol;
	}

	private void require(boolean allowed) {
		if (!allowed) {
			throw new TransitionNotAllowedException(this.state.name());
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "conference.error.reasonRequired");
		}
		if (reason.length() > 1000) {
			throw new InvalidInputException("reason", "conference.error.reasonTooLong");
		}
	}

	Long id() {
		return this.id;
	}

	long communeId() {
		return this.communeId;
	}

	Long planId() {
		return this.planId;
	}

	Details details() {
		return this.details;
	}

	ConferenceState state() {
		return this.state;
	}

	String lateNoticeReason() {
		return this.lateNoticeReason;
	}

	String noticeSymbol() {
		return this.noticeSymbol;
	}

	LocalDate announcedOn() {
		return this.announcedOn;
	}

	int version() {
		return this.version;
	}

	List<HistoryEntry> newHistory() {
		return this.newHistory;
	}

	/** What a conference is: everything the secretary types. */
	record Details(ConferenceKind kind, String title, LocalDate date, LocalTime start, LocalTime end, String venue,
			boolean allAreas, List<String> areaCodes, List<String> topics, List<String> fieldCodes, String chair,
			List<String> coChairs, List<String> participants, List<String> invitees, List<String> audience) {

		Details on(LocalDate newDate) {
			return new Details(this.kind, this.title, newDate, this.start, this.end, this.venue, this.allAreas,
					this.areaCodes, this.topics, this.fieldCodes, this.chair, this.coChairs, this.participants,
					this.invitees, this.audience);
		}

	}

	/**
	 * One line of the conference's public history: the state it entered, the conference's
	 * date then, why (if said), and when it happened (set when stored).
	 */
	record HistoryEntry(ConferenceState state, LocalDate date, String note, java.time.Instant at) {
	}

}
