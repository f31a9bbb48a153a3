package vn.doithoai.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.calendar.DeadlinePurpose;
import vn.doithoai.calendar.Deadlines;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.organization.DepartmentView;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.NotFoundException;
import vn.doithoai.text.VietnameseText;

/**
 * What the live conference and its conclusion need of petitions: the conference's
 * petitions, the questions raised there, and what the conference decided for each.
 */
@Service
public class ConferencePetitions {

	static final int MAX_KEY = 80;

	private final PetitionRepository petitions;

	private final Petitions useCases;

	private final CommuneDirectory communes;

	private final Deadlines deadlines;

	private final Clock clock;

	ConferencePetitions(PetitionRepository petitions, Petitions useCases, CommuneDirectory communes,
			Deadlines deadlines, Clock clock) {
		this.petitions = petitions;
		this.useCases = useCases;
		this.communes = communes;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/**
	 * The conference's petitions still to be dealt with (received, accepted, assigned,
	 * answer prepared), in registration order.
	 */
	@Transactional(readOnly = true)
	public List<ConferencePetition> open(long communeId, long conferenceId) {
		return views(this.petitions.ofConference(communeId, conferenceId, PetitionState.SETTLEABLE));
	}

	/** All the conference's petitions, in any state, in registration order. */
	@Transactional(readOnly = true)
	public List<ConferencePetition> all(long communeId, long conferenceId) {
		return views(this.petitions.ofConference(communeId, conferenceId, Set.of()));
	}

	/** One of the commune's petitions; empty when unknown or another commune's. */
	@Transactional(readOnly = true)
	public Optional<ConferencePetition> find(long communeId, long petitionId) {
		return this.petitions.find(communeId, petitionId).map(ConferencePetition::of);
	}

	/**
	 * One of the commune's petitions by its tracking code as a citizen shows it (any
	 * case, with or without the dash); empty when unknown or another commune's.
	 */
	@Transactional(readOnly = true)
	public Optional<ConferencePetition> findByCode(long communeId, String trackingCode) {
		return Optional.ofNullable(TrackingCodes.normalize(trackingCode))
			.flatMap(this.petitions::findByTrackingCode)
			.filter((petition) -> petition.communeId() == communeId)
			.map(ConferencePetition::of);
	}

	/**
	 * A question raised at the conference by someone who had not registered: a new
	 * petition of the conference, channel {@link Channel#AT_CONFERENCE}, accepted in its
	 * field when one is given. No address, phone or e-mail is asked; calling this is the
	 * secretary's record that the person agreed orally to their name being processed. The
	 * same key gives the same petition (a retry, a queue sent again); the same key with
	 * another question is refused on {@code idempotencyKey}.
	 * @throws InvalidInputException for a blank name or question, a question over 5,000
	 * characters, an unknown area or field, a conference not of the commune or not held
	 */
	@Transactional
	public ConferencePetition raise(CommuneInfo commune, long conferenceId, WalkIn walkIn, String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
			throw new InvalidInputException("idempotencyKey", "petition.error.idempotencyKey");
		}
		String name = required(walkIn.fullName(), "fullName", Petition.MAX_NAME, "petition.error.nameTooLong");
		String question = required(walkIn.question(), "question", Petition.MAX_CONTENT,
				"petition.error.contentTooLong");
		String field = Registration.blankToNull(VietnameseText.normalizeInput(walkIn.fieldCode()));
		String area = Registration.blankToNull(VietnameseText.normalizeInput(walkIn.areaCode()));
		String requestKey = "walk-in:" + idempotencyKey;
		this.petitions.lockRequestKey(requestKey);
		Petitions.Registered registered;
		try {
			registered = this.useCases.register(commune,
					new Registration(conferenceId, name, null, null, null, area, field, question),
					Channel.AT_CONFERENCE, null, requestKey);
		}
		catch (IdempotencyConflictException ex) {
			throw new InvalidInputException("idempotencyKey", "petition.error.idempotencyConflict");
		}
		if (!registered.repeated() && field != null) {
			this.useCases.accept(commune, registered.id(), field, 0);
		}
		return find(commune.id(), registered.id()).orElseThrow(IllegalStateException::new);
	}

	/**
	 * Records what the conference decided for one of the commune's petitions: one guarded
	 * step of the petition, its event, its audit record and a line of the citizen's
	 * timeline; the department's preparation of an answer, if any, is over. Settling it
	 * again exactly so changes nothing. Joins the caller's transaction (the meeting's
	 * record of the turn), or runs in its own.
	 * @throws NotFoundException when the petition is unknown or another commune's
	 * @throws PetitionTransitionException when it is no longer open to the conference
	 * (settled otherwise, rejected, merged)
	 * @throws InvalidInputException for a blank answer, task or agency, an unknown
	 * department, a due date missing or past
	 * @throws vn.doithoai.system.StaleEditException when someone changed it meanwhile
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void settle(CommuneInfo commune, long petitionId, Settlement settlement) {
		Objects.requireNonNull(settlement, "settlement");
		Petition petition = this.petitions.find(commune.id(), petitionId).orElseThrow(NotFoundException::new);
		Settlement settled = normalized(settlement);
		if (petition.isSettledAs(settled)) {
			return;
		}
		switch (settled) {
			case Settlement.Answered(String answer, String answeredBy) -> this.useCases.done(commune, petition,
					"petition.answeredAtConference", petition.answerAtConference(answer, answeredBy));
			case Settlement.Directed(long departmentId, String task, LocalDate due, String symbol) -> {
				DepartmentView department = this.communes.departments(commune.id())
					.stream()
					.filter((d) -> d.id() == departmentId)
					.findFirst()
					.orElseThrow(() -> new InvalidInputException("departmentId", "petition.error.unknownDepartment"));
				this.useCases.done(commune, petition, "petition.directed",
						petition.direct(departmentId, department.name(), task, due, symbol, LocalDate.now(this.clock)));
			}
			case Settlement.Forwarded(String agency, String reason) -> {
				PetitionEvents.PetitionForwarded event = petition.forwardFromConference(agency, reason);
				this.useCases.forwardingDone(commune, petition);
				this.useCases.done(commune, petition, "petition.forwarded", event);
			}
			case Settlement.OffTopic(String note) ->
				this.useCases.done(commune, petition, "petition.offTopic", petition.markOffTopicAtConference(note));
			case Settlement.Complaint(String note) -> this.useCases.done(commune, petition, "petition.complaint",
					petition.routeAsComplaintAtConference(note));
		}
		this.deadlines.close(Petitions.SUBJECT, String.valueOf(petitionId), DeadlinePurpose.PREPARED_ANSWERS);
	}

	/** The settlement with its texts as they are stored: NFC, trimmed. */
	private static Settlement normalized(Settlement settlement) {
		return switch (settlement) {
			case Settlement.Answered(String answer, String answeredBy) ->
				new Settlement.Answered(text(answer), text(answeredBy));
			case Settlement.Directed(long departmentId, String task, LocalDate due, String symbol) ->
				new Settlement.Directed(departmentId, text(task), due, text(symbol));
			case Settlement.Forwarded(String agency, String reason) ->
				new Settlement.Forwarded(text(agency), text(reason));
			case Settlement.OffTopic(String note) -> new Settlement.OffTopic(text(note));
			case Settlement.Complaint(String note) -> new Settlement.Complaint(text(note));
		};
	}

	private static String text(String typed) {
		return VietnameseText.normalizeInput(typed);
	}

	private static String required(String typed, String field, int max, String tooLongKey) {
		String text = text(typed);
		if (text == null || text.isEmpty()) {
			throw new InvalidInputException(field, "validation.required");
		}
		if (text.length() > max) {
			throw new InvalidInputException(field, tooLongKey);
		}
		return text;
	}

	private static List<ConferencePetition> views(List<Petition> found) {
		return found.stream().map(ConferencePetition::of).toList();
	}

}
