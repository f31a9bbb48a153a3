package vn.doithoai.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.NotFoundException;

/**
 * What the live conference and its documents need of a conference: what it is, and the
 * steps of its life from the day it is held to its conclusion. Each step runs in the
 * caller's transaction, with its audit record and event.
 */
@Service
public class ConferenceSessions {

	private final ConferenceRepository conferences;

	private final PlanRepository plans;

	private final PlanDocuments documents;

	private final CommuneDirectory directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConferenceSessions(ConferenceRepository conferences, PlanRepository plans, PlanDocuments documents,
			CommuneDirectory directory, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.directory = directory;
		this.conferences = conferences;
		this.plans = plans;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** One conference of the commune, any state; empty for another commune's. */
	public Optional<SessionConference> find(long communeId, long id) {
		return this.conferences.find(communeId, id).map(this::toSession);
	}

	/**
	 * Holds the conference until the caller's transaction ends: shared while its record
	 * is written ({@code alone} false), alone while its minutes or conclusion are issued,
	 * so that no save lands in between.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public SessionConference hold(CommuneInfo commune, long id, boolean alone) {
		return this.conferences.hold(commune.id(), id, alone).map(this::toSession).orElseThrow(NotFoundException::new);
	}

	/** Opens the live record on the conference's day. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void start(CommuneInfo commune, long id) {
		Conference conference = load(commune, id);
		LocalDate today = LocalDate.now(this.clock);
		done(commune, conference, "conference.started", allowed(() -> conference.start(today)));
	}

	/** Closes the live record. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void end(CommuneInfo commune, long id) {
		Conference conference = load(commune, id);
		done(commune, conference, "conference.held", allowed(conference::end));
	}

	/** The minutes were finalised under their number. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void minutesFinalised(CommuneInfo commune, long id, String minutesSymbol) {
		Conference conference = load(commune, id);
		done(commune, conference, "conference.minutesFinal", allowed(() -> conference.finaliseMinutes(minutesSymbol)));
	}

	/** The conclusion notice was issued. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void concluded(CommuneInfo commune, long id, String conclusionSymbol, LocalDate issuedOn) {
		Conference conference = load(commune, id);
		done(commune, conference, "conference.concluded",
				allowed(() -> conference.conclude(conclusionSymbol, issuedOn)));
	}

	/** A step the conference's state does not allow is bad input here, not a crash. */
	private static <T> T allowed(java.util.function.Supplier<T> step) {
		try {
			return step.get();
		}
		catch (TransitionNotAllowedException ex) {
			throw new vn.doithoai.system.InvalidInputException("state", "conference.error.notNow");
		}
	}

	private Conference load(CommuneInfo commune, long id) {
		return this.conferences.find(commune.id(), id).orElseThrow(NotFoundException::new);
	}

	private void done(CommuneInfo commune, Conference conference, String action, Object event) {
		this.conferences.update(conference);
		this.audit.record(action, Conferences.SUBJECT, conference.id(), commune.code(), null, event);
		this.events.publishEvent(event);
	}

	private SessionConference toSession(Conference conference) {
		Conference.Details d = conference.details();
		Plan plan = (conference.planId() != null)
				? this.plans.find(conference.communeId(), conference.planId()).orElse(null) : null;
		CommuneInfo commune = this.directory.findById(conference.communeId()).orElseThrow();
		PlanDocuments.StateIssuer issuer = this.documents.stateIssuer(commune, plan);
		String place = (plan != null) ? plan.content().place() : commune.name();
		return new SessionConference(conference.id(), conference.communeId(), d.kind(), d.title(), d.date(), d.start(),
				d.end(), d.venue(), place, issuer.parents(), issuer.name(), d.chair(), d.coChairs(), d.participants(),
				d.invitees(), d.audience(), conference.state(), conference.noticeSymbol());
	}

	/**
	 * A conference as the live record and its documents see it.
	 *
	 * @param place the place name documents are dated at ("Trương Quang Trọng"): its
	 * plan's, else the commune's name
	 * @param parentIssuer the bodies above the issuing committee, one line each
	 * @param issuer the People's Committee that issues its documents
	 */
	public record SessionConference(long id, long communeId, ConferenceKind kind, String title, LocalDate date,
			LocalTime start, LocalTime end, String venue, String place, List<String> parentIssuer, String issuer,
			String chair, List<String> coChairs, List<String> participants, List<String> invitees,
			List<String> audience, ConferenceState state, String noticeSymbol) {

		/** Whether the live record is open. */
		public boolean inProgress() {
			return this.state == ConferenceState.IN_PROGRESS;
		}

	}

}
