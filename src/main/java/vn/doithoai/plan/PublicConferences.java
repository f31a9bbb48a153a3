package vn.doithoai.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.calendar.Deadline;
import vn.doithoai.calendar.DeadlinePurpose;
import vn.doithoai.calendar.Deadlines;

/**
 * What the public may see of a commune's plans and conferences: no drafts, no personal
 * data.
 */
@Service
public class PublicConferences {

	private final ConferenceRepository conferences;

	private final PlanRepository plans;

	private final Deadlines deadlines;

	PublicConferences(ConferenceRepository conferences, PlanRepository plans, Deadlines deadlines) {
		this.conferences = conferences;
		this.plans = plans;
		this.deadlines = deadlines;
	}

	/**
	 * The commune's public conferences, newest first, with their deadlines (two queries
	 * in all).
	 */
	@Transactional(readOnly = true)
	public List<PublicConference> conferences(long communeId) {
		List<Conference> found = this.conferences.publicOf(communeId);
		Map<String, List<Deadline>> deadlines = this.deadlines.forSubjects(Conferences.SUBJECT,
				found.stream().map((c) -> String.valueOf(c.id())).toList());
		return found.stream()
			.map((c) -> toPublic(c, deadlines.getOrDefault(String.valueOf(c.id()), List.of())))
			.toList();
	}

	/** One public conference of the commune, with its deadlines. */
	@Transactional(readOnly = true)
	public java.util.Optional<PublicConference> find(long communeId, long id) {
		return this.conferences.find(communeId, id)
			.filter((conference) -> conference.state().isPublic())
			.map((conference) -> toPublic(conference,
					this.deadlines.forSubject(Conferences.SUBJECT, String.valueOf(conference.id()))));
	}

	/** Whether citizens may still register questions for it on the given day. */
	public static boolean takesQuestions(PublicConference conference, LocalDate today) {
		return conference.state() == ConferenceState.ANNOUNCED && !today.isAfter(conference.registrationCloses());
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

	private PublicConference toPublic(Conference conference, List<Deadline> deadlines) {
		Conference.Details d = conference.details();
		LocalDate registrationCloses = deadlines.stream()
			.filter((deadline) -> deadline.purpose() == DeadlinePurpose.REGISTRATION_CLOSE)
			.map(Deadline::due)
			.findFirst()
			.orElse(d.date().minusDays(1));
		return new PublicConference(conference.id(), d.kind(), d.title(), d.date(), d.start(), d.end(), d.venue(),
				conference.state(), conference.lateNoticeReason() != null, registrationCloses,
				deadlines.stream()
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
