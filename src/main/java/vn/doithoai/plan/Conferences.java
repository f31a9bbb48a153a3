package vn.doithoai.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.calendar.Deadline;
import vn.doithoai.calendar.DeadlinePurpose;
import vn.doithoai.calendar.DeadlineRules;
import vn.doithoai.calendar.Deadlines;
import vn.doithoai.calendar.WorkingCalendar;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.NotFoundException;

/**
 * The use cases of a conference: each loads it within its commune, asks it to change,
 * stores it, sets its deadlines, audits and announces the change, all in one transaction.
 */
@Service
class Conferences {

	static final String SUBJECT = "conference";

	/** The deadlines a conference carries, counted from its date. */
	static final List<DeadlinePurpose> PURPOSES = List.of(DeadlinePurpose.NOTICE, DeadlinePurpose.REGISTRATION_CLOSE,
			DeadlinePurpose.AREA_QUESTIONS, DeadlinePurpose.PREPARED_ANSWERS, DeadlinePurpose.MINUTES,
			DeadlinePurpose.CONCLUSION, DeadlinePurpose.RESULTS_PUBLISHED, DeadlinePurpose.PROMISED_ANSWERS);

	private final ConferenceRepository conferences;

	private final PlanRepository plans;

	private final Deadlines deadlines;

	private final DeadlineRules rules;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PlanNumbering numbering;

	Conferences(ConferenceRepository conferences, PlanRepository plans, Deadlines deadlines, DeadlineRules rules,
			WorkingCalendar calendar, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			PlanNumbering numbering) {
		this.numbering = numbering;
		this.conferences = conferences;
		this.plans = plans;
		this.deadlines = deadlines;
		this.rules = rules;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a draft; the same request key twice (a double click) gives the same
	 * conference.
	 */
	@Transactional
	long create(CommuneInfo commune, Long planId, Conference.Details details, String requestKey) {
		Optional<Long> existing = (requestKey != null) ? this.conferences.findByRequestKey(requestKey)
				: Optional.empty();
		if (existing.isPresent()) {
			return existing.get();
		}
		validate(commune, planId, details);
		Conference conference = Conference.draft(commune.id(), planId, details);
		long id = this.conferences.insert(conference, requestKey);
		this.audit.record("conference.created", SUBJECT, id, commune.code(), null, details);
		return id;
	}

	@Transactional
	void change(CommuneInfo commune, long id, Conference.Details details, int version) {
		Conference conference = load(commune, id, version);
		validate(commune, conference.planId(), details);
		Conference.Details before = conference.details();
		conference.change(details);
		this.conferences.update(conference);
		if (conference.state() == ConferenceState.SCHEDULED) {
			setDeadlines(commune, conference);
		}
		this.audit.record("conference.changed", SUBJECT, id, commune.code(), before, details);
	}

	@Transactional
	void schedule(CommuneInfo commune, long id, int version) {
		Conference conference = load(commune, id, version);
		Events.ConferenceScheduled event = conference.schedule();
		this.conferences.update(conference);
		setDeadlines(commune, conference);
		done(commune, conference, "conference.scheduled", event);
	}

	/**
	 * Announces it; the notice's deadline is met (late, with the reason, if it is past).
	 */
	@Transactional
	void announce(CommuneInfo commune, long id, String lateReason, int version) {
		Conference conference = load(commune, id, version);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate latestNotice = this.rules.rule(commune.id(), DeadlinePurpose.NOTICE)
			.map((rule) -> rule.dueDate(this.calendar.current(), conference.details().date()))
			.orElse(null);
		Events.ConferenceAnnounced event = conference.announce(today, latestNotice, lateReason);
		conference.attachNotice(this.numbering.noticeNumber(commune, id, today).symbol());
		this.conferences.update(conference);
		setDeadlines(commune, conference);
		this.deadlines.close(SUBJECT, String.valueOf(id), DeadlinePurpose.NOTICE);
		done(commune, conference, "conference.announced", event);
	}

	@Transactional
	void closeRegistration(CommuneInfo commune, long id, int version) {
		Conference conference = load(commune, id, version);
		Events.RegistrationClosed event = conference.closeRegistration();
		this.conferences.update(conference);
		this.deadlines.close(SUBJECT, String.valueOf(id), DeadlinePurpose.REGISTRATION_CLOSE);
		done(commune, conference, "conference.registrationClosed", event);
	}

	@Transactional
	void postpone(CommuneInfo commune, long id, LocalDate newDate, String reason, int version) {
		Conference conference = load(commune, id, version);
		if (newDate != null && conference.planId() != null) {
			checkPlanYear(commune, conference.planId(), newDate);
		}
		Events.ConferencePostponed event = conference.postpone(newDate, reason, LocalDate.now(this.clock));
		this.conferences.update(conference);
		setDeadlines(commune, conference);
		done(commune, conference, "conference.postponed", event);
	}

	@Transactional
	void cancel(CommuneInfo commune, long id, String reason, int version) {
		Conference conference = load(commune, id, version);
		Events.ConferenceCancelled event = conference.cancel(reason);
		this.conferences.update(conference);
		PURPOSES.forEach((purpose) -> this.deadlines.close(SUBJECT, String.valueOf(id), purpose));
		done(commune, conference, "conference.cancelled", event);
	}

	@Transactional(readOnly = true)
	ConferenceView view(CommuneInfo commune, long id) {
		Conference conference = this.conferences.find(commune.id(), id).orElseThrow(NotFoundException::new);
		return toView(conference);
	}

	@Transactional(readOnly = true)
	List<ConferenceView> list(CommuneInfo commune, int year) {
		return this.conferences.inCommune(commune.id(), year).stream().map(this::toView).toList();
	}

	ConferenceView toView(Conference conference) {
		LocalDate today = LocalDate.now(this.clock);
		WorkingDayCalendar current = this.calendar.current();
		List<DeadlineStatus> statuses = this.deadlines.forSubject(SUBJECT, String.valueOf(conference.id()))
			.stream()
			.map((deadline) -> DeadlineStatus.of(deadline, today, current))
			.toList();
		return ConferenceView.of(conference, statuses, this.conferences.history(conference.id()));
	}

	void setDeadlines(CommuneInfo commune, Conference conference) {
		for (DeadlinePurpose purpose : PURPOSES) {
			Optional<Deadline> set = this.deadlines.schedule(commune.id(), commune.code(), SUBJECT,
					String.valueOf(conference.id()), purpose, conference.details().date());
			if (set.isPresent() && purpose == DeadlinePurpose.NOTICE && conference.announcedOn() != null) {
				this.deadlines.close(SUBJECT, String.valueOf(conference.id()), purpose);
			}
		}
	}

	private void done(CommuneInfo commune, Conference conference, String action, Object event) {
		this.audit.record(action, SUBJECT, conference.id(), commune.code(), null, event);
		this.events.publishEvent(event);
	}

	private Conference load(CommuneInfo commune, long id, int version) {
		Conference conference = this.conferences.find(commune.id(), id).orElseThrow(NotFoundException::new);
		if (conference.version() != version) {
			throw new vn.doithoai.system.StaleEditException();
		}
		return conference;
	}

	private void validate(CommuneInfo commune, Long planId, Conference.Details details) {
		if (details.date().isBefore(LocalDate.now(this.clock))) {
			throw new InvalidInputException("date", "conference.error.past");
		}
		if (!details.end().isAfter(details.start())) {
			throw new InvalidInputException("end", "conference.error.endBeforeStart");
		}
		if (planId != null) {
			checkPlanYear(commune, planId, details.date());
		}
	}

	private void checkPlanYear(CommuneInfo commune, long planId, LocalDate date) {
		int year = this.plans.find(commune.id(), planId).orElseThrow(NotFoundException::new).year();
		if (date.getYear() != year) {
			throw new InvalidInputException("date", "conference.error.outsidePlanYear");
		}
	}

}
