package vn.doithoai.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.calendar.DeadlineMoved;
import vn.doithoai.calendar.Deadlines;

/**
 * What anyone holding a tracking code may see: the state, the timeline (with due dates
 * that moved), and the answer once published. Never personal data.
 */
@Service
class PublicPetitions {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final PetitionRepository petitions;

	private final Deadlines deadlines;

	private final MessageSource messages;

	PublicPetitions(PetitionRepository petitions, Deadlines deadlines, MessageSource messages) {
		this.petitions = petitions;
		this.deadlines = deadlines;
		this.messages = messages;
	}

	/** The petition with this code, as typed by a citizen; empty when there is none. */
	@Transactional(readOnly = true)
	Optional<Tracked> track(String typedCode, Locale locale) {
		return Optional.ofNullable(TrackingCodes.normalize(typedCode))
			.flatMap(this.petitions::findByTrackingCode)
			.map((petition) -> tracked(petition, locale));
	}

	private Tracked tracked(Petition petition, Locale locale) {
		List<Step> steps = new ArrayList<>();
		for (Petition.HistoryEntry entry : this.petitions.history(petition.id(), true)) {
			steps.add(new Step(entry.state(), entry.at(), entry.worded(this.messages, locale).note()));
		}
		this.deadlines.forSubject(Petitions.SUBJECT, String.valueOf(petition.id()))
			.forEach((deadline) -> this.deadlines.moves(deadline.id())
				.forEach((move) -> steps.add(new Step(petition.state(), move.at(),
						this.messages.getMessage("petition.track.dueMoved", new Object[] {
								SHOWN.format(move.previousDue()), SHOWN.format(move.newDue()), move.reason() },
								locale)))));
		steps.sort(Comparator.comparing(Step::at));
		boolean published = petition.answerPublishedAt() != null;
		String mergedInto = (petition.mergedInto() != null)
				? this.petitions.find(petition.communeId(), petition.mergedInto())
					.map(Petition::trackingCode)
					.orElse(null)
				: null;
		return new Tracked(petition.trackingCode(), petition.state(), petition.receivedAt(), petition.conferenceId(),
				petition.dueDate(), steps, published ? petition.answer().text() : null,
				published ? petition.publicQuestion() : null, published ? petition.answerPublishedAt() : null,
				mergedInto, petition.communeId());
	}

	/**
	 * A petition's due date follows its deadline when the calendar changes; the citizen's
	 * timeline shows the move.
	 */
	@EventListener
	void onDeadlineMoved(DeadlineMoved moved) {
		if (Petitions.SUBJECT.equals(moved.subjectType())) {
			this.petitions.followDue(Long.parseLong(moved.subjectId()), moved.previousDue(), moved.newDue());
		}
	}

	/** A petition as the public sees it. */
	record Tracked(String trackingCode, PetitionState state, Instant submittedAt, Long conferenceId, LocalDate due,
			List<Step> history, String answer, String question, Instant answeredAt, String mergedInto, long communeId) {
	}

	/** One line of the public timeline. */
	record Step(PetitionState state, Instant at, String note) {
	}

}
