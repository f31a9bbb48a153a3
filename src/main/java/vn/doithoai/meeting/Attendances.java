package vn.doithoai.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.petition.ConferencePetition;
import vn.doithoai.petition.ConferencePetitions;
import vn.doithoai.plan.ConferenceSessions;
import vn.doithoai.plan.ConferenceSessions.SessionConference;
import vn.doithoai.plan.ConferenceState;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.NotFoundException;

/**
 * Check-in at the door on the conference's day: registered citizens by name or by the
 * code on their confirmation page, those refused entry (the legal ground only), and the
 * groups counted by head.
 */
@Service
class Attendances {

	/** The states in which people can be checked in: the day has come. */
	private static final Set<ConferenceState> DOORS_OPEN = EnumSet.of(ConferenceState.ANNOUNCED,
			ConferenceState.REGISTRATION_CLOSED, ConferenceState.IN_PROGRESS);

	private final ConferenceSessions sessions;

	private final ConferencePetitions petitions;

	private final MeetingRepository meeting;

	private final TurnRepository turns;

	private final AuditTrail audit;

	private final Screens screens;

	private final Clock clock;

	Attendances(ConferenceSessions sessions, ConferencePetitions petitions, MeetingRepository meeting,
			TurnRepository turns, AuditTrail audit, Screens screens, Clock clock) {
		this.sessions = sessions;
		this.petitions = petitions;
		this.meeting = meeting;
		this.turns = turns;
		this.audit = audit;
		this.screens = screens;
		this.clock = clock;
	}

	/**
	 * Checks in the author of a petition of this conference, found by its tracking code.
	 */
	@Transactional
	ConferencePetition checkInByCode(CommuneInfo commune, long id, String code, boolean showName) {
		requireDoorsOpen(commune, id);
		ConferencePetition petition = this.petitions.findByCode(commune.id(), (code != null) ? code : "")
			.filter((p) -> p.conferenceId() != null && p.conferenceId() == id)
			.orElseThrow(() -> new InvalidInputException("code", "meeting.error.notRegisteredHere"));
		return checkIn(commune, id, petition, showName);
	}

	/** Checks in the author of a petition of this conference, picked from the list. */
	@Transactional
	ConferencePetition checkIn(CommuneInfo commune, long id, long petitionId, boolean showName) {
		requireDoorsOpen(commune, id);
		ConferencePetition petition = this.petitions.find(commune.id(), petitionId)
			.filter((p) -> p.conferenceId() != null && p.conferenceId() == id)
			.orElseThrow(NotFoundException::new);
		return checkIn(commune, id, petition, showName);
	}

	private ConferencePetition checkIn(CommuneInfo commune, long id, ConferencePetition petition, boolean showName) {
		boolean added = this.meeting.attend(commune.id(), id, "petition-" + petition.id(),
				Attendee.registered(petition.id(), petition.fullName(), petition.areaCode(), showName),
				LiveConferences.actor());
		if (added) {
			this.turns.showName(id, petition.id(), showName);
			this.audit.record("meeting.checkedIn", LiveConferences.SUBJECT, id, commune.code(), null,
					Map.of("petition", petition.trackingCode(), "showName", showName));
			this.screens.changed(id);
		}
		return petition;
	}

	/** Records a refusal with its ground and nothing else about the person. */
	@Transactional
	void refuse(CommuneInfo commune, long id, RefusalGround ground, String requestKey) {
		requireDoorsOpen(commune, id);
		if (ground == null) {
			throw new InvalidInputException("ground", "meeting.error.groundRequired");
		}
		if (this.meeting.attend(commune.id(), id, "refused-" + requestKey, Attendee.refused(ground),
				LiveConferences.actor())) {
			this.audit.record("meeting.refused", LiveConferences.SUBJECT, id, commune.code(), null,
					Map.of("ground", ground));
		}
	}

	/** Sets how many of a group are in the hall. */
	@Transactional
	void count(CommuneInfo commune, long id, HeadcountGroup group, Integer count) {
		requireDoorsOpen(commune, id);
		if (group == null || count == null || count < 0 || count > 100_000) {
			throw new InvalidInputException("count", "meeting.error.count");
		}
		this.meeting.headcount(id, group, count);
		this.audit.record("meeting.counted", LiveConferences.SUBJECT, id, commune.code(), null,
				Map.of("group", group, "count", count));
	}

	/** Who is in, who is expected, and the counts by group. */
	@Transactional(readOnly = true)
	Summary summary(CommuneInfo commune, long id) {
		List<Attendee> attendees = this.meeting.attendees(commune.id(), id);
		List<ConferencePetition> registered = this.petitions.all(commune.id(), id)
			.stream()
			.filter((p) -> p.channel() != vn.doithoai.petition.Channel.AT_CONFERENCE)
			.toList();
		return new Summary(registered, attendees, this.meeting.headcounts(id));
	}

	private SessionConference requireDoorsOpen(CommuneInfo commune, long id) {
		SessionConference conference = this.sessions.find(commune.id(), id).orElseThrow(NotFoundException::new);
		if (!DOORS_OPEN.contains(conference.state()) || !conference.date().equals(LocalDate.now(this.clock))) {
			throw new InvalidInputException("state", "meeting.error.doorsClosed");
		}
		return conference;
	}

	/** The check-in page's numbers and lists. */
	record Summary(List<ConferencePetition> registered, List<Attendee> attendees,
			Map<HeadcountGroup, Integer> headcounts) {

		public long count(Attendee.Kind kind) {
			return this.attendees.stream().filter((a) -> a.kind() == kind).count();
		}

		public long registeredIn() {
			return count(Attendee.Kind.REGISTERED);
		}

		public long walkIns() {
			return count(Attendee.Kind.WALK_IN);
		}

		public long refused() {
			return count(Attendee.Kind.REFUSED);
		}

		public boolean checkedIn(long petitionId) {
			return this.attendees.stream().anyMatch((a) -> a.petitionId() != null && a.petitionId() == petitionId);
		}

		/** Everyone in the hall: citizens checked in and the groups counted. */
		public long total() {
			return registeredIn() + walkIns() + this.headcounts.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}
