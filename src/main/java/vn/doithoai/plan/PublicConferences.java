package vn.doithoai.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may see of a commune's plans and conferences: no drafts, no personal
 * data.
 */
@Service
public class PublicConferences {

	private final ConferenceRepository conferences;

	private final PlanRepository plans;

	private final Conferences useCases;

	PublicConferences(ConferenceRepository conferences, PlanRepository plans, Conferences useCases) {
		this.conferences = conferences;
		this.plans = plans;
		this.useCases = useCases;
	}

	/** The commune's public conferences, newest first. */
	@Transactional(readOnly = true)
	public List<PublicConference> conferences(long communeId) {
		return this.conferences.publicOf(communeId).stream().map(this::toPublic).toList();
	}

	/** The commune's published plans, newest first. */
	@Transactional(readOnly = true)
	public List<PublicPlan> plans(long communeId) {
		return this.plans.published(communeId)
			.stream()
			.map((plan) -> new PublicPlan(plan.id(), plan.year(), plan.content().summary(), plan.numberSymbol(),
					plan.issuedDate()))
			.toList();
	}

	PublicConference toPublic(Conference conference) {
		ConferenceView view = this.useCases.toView(conference);
		Conference.Details d = conference.details();
		return new PublicConference(conference.id(), d.kind(), d.title(), d.date(), d.start(), d.end(), d.venue(),
				conference.state(), view.announcedLate(), view.registrationCloses(),
				view.deadlines()
					.stream()
					.map((deadline) -> new PublicDeadline(deadline.purpose().name(), deadline.ruleName(),
							deadline.due(), deadline.legalSource()))
					.toList(),
				conference.noticeSymbol());
	}

	/** A conference as the portal and the public API show it. */
	public record PublicConference(long id, ConferenceKind kind, String title, LocalDate date, LocalTime start,
			LocalTime end, String venue, ConferenceState state, boolean announcedLate, LocalDate registrationCloses,
			List<PublicDeadline> deadlines, String noticeNumber) {
	}

	/** A deadline as the public sees it. */
	public record PublicDeadline(String purpose, String name, LocalDate due, String source) {
	}

	/** A published plan. */
	public record PublicPlan(long id, int year, String summary, String number, LocalDate issuedDate) {
	}

}
