package vn.doithoai.petition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.calendar.DeadlinePurpose;
import vn.doithoai.calendar.Deadlines;
import vn.doithoai.notify.Outbox;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.plan.ConferenceState;
import vn.doithoai.plan.PublicConferences;
import vn.doithoai.plan.PublicConferences.PublicConference;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.NotFoundException;
import vn.doithoai.system.StaleEditException;

/**
 * The use cases of a petition: each loads it within its commune, asks it to change,
 * stores it, audits and announces the change, all in one transaction.
 */
@Service
class Petitions {

	static final String SUBJECT = "petition";

	private final PetitionRepository petitions;

	private final TrackingCodes codes;

	private final Attachments attachments;

	private final CommuneDirectory communes;

	private final PublicConferences conferences;

	private final Deadlines deadlines;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Outbox outbox;

	private final PublicLinks links;

	private final MessageSource messages;

	Petitions(PetitionRepository petitions, TrackingCodes codes, Attachments attachments, CommuneDirectory communes,
			PublicConferences conferences, Deadlines deadlines, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock, Outbox outbox, PublicLinks links, MessageSource messages) {
		this.outbox = outbox;
		this.links = links;
		this.messages = messages;
		this.petitions = petitions;
		this.codes = codes;
		this.attachments = attachments;
		this.communes = communes;
		this.conferences = conferences;
		this.deadlines = deadlines;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers a petition. A request key seen before gives the petition it made (a
	 * double submit, a retry), provided the request is the same; otherwise it is a
	 * conflict.
	 */
	@Transactional
	Registered register(CommuneInfo commune, Registration input, Channel channel, String proxyAuthor,
			String requestKey) {
		return register(commune, input, channel, proxyAuthor, requestKey, () -> {
		});
	}

	/**
	 * Registers a petition from the public: {@code admission} (the abuse checks) runs in
	 * this transaction once the request is known to be new, so a retry of a registered
	 * petition is not asked again and a refused one leaves nothing behind.
	 */
	@Transactional
	Registered register(CommuneInfo commune, Registration input, Channel channel, String proxyAuthor, String requestKey,
			Runnable admission) {
		String hash = sha256(input.fingerprint(commune.code()) + "\u001f" + channel);
		if (requestKey != null) {
			Optional<PetitionRepository.Keyed> earlier = this.petitions.findByRequestKey(requestKey);
			if (earlier.isPresent()) {
				if (!earlier.get().requestHash().equals(hash)) {
					throw new IdempotencyConflictException();
				}
				return new Registered(earlier.get().id(), earlier.get().trackingCode(),
						this.codes.pin(earlier.get().trackingCode()), earlier.get().state(), true);
			}
		}
		check(commune, input, channel);
		admission.run();
		Petition.Author author = new Petition.Author(input.fullName(), input.phoneDigits(), input.emailOrNull(),
				input.address(), Registration.blankToNull(input.areaCode()));
		String code;
		Optional<Long> inserted;
		do {
			// A code already given out (about one chance in 10^10 per petition) just
			// draws another.
			code = this.codes.next();
			Petition petition = Petition.receive(commune.id(), input.conferenceId(), code, channel, author,
					Registration.blankToNull(input.fieldCode()), input.content(), proxyAuthor, this.clock.instant());
			inserted = this.petitions.insert(petition, requestKey, hash);
		}
		while (inserted.isEmpty());
		long id = inserted.get();
		PetitionEvents.PetitionReceived event = new PetitionEvents.PetitionReceived(id, commune.id(),
				input.conferenceId(), channel);
		this.audit.record("petition.received", SUBJECT, id, commune.code(), null, event);
		this.events.publishEvent(event);
		String pin = this.codes.pin(code);
		if (input.emailOrNull() != null) {
			sendReceipt(commune, input, code, pin);
		}
		return new Registered(id, code, pin, PetitionState.RECEIVED, false);
	}

	/**
	 * Registers a petition typed in from a paper form with its scanned original, both or
	 * neither.
	 */
	@Transactional
	Registered registerWithScan(CommuneInfo commune, Registration input, Channel channel, String proxyAuthor,
			String requestKey, String fileName, byte[] scan) {
		String mediaType = (scan != null && scan.length > 0) ? Attachments.mediaTypeOf(scan, "scan") : null;
		Registered registered = register(commune, input, channel, proxyAuthor, requestKey);
		if (mediaType != null && !registered.repeated()) {
			String name = (fileName == null || fileName.isBlank()) ? "scan" : fileName;
			this.attachments.add(registered.id(), name.substring(0, Math.min(name.length(), 255)), mediaType, scan);
			this.audit.record("petition.scanAttached", SUBJECT, registered.id(), commune.code(), null, name);
		}
		return registered;
	}

	/**
	 * Registers the questions an area head or the Front collected, all or none: one bad
	 * row keeps them all from being saved.
	 */
	@Transactional
	List<Registered> registerBatch(CommuneInfo commune, List<Registration> rows, Channel channel, String proxyAuthor,
			String requestKey) {
		List<Registered> registered = new java.util.ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			try {
				registered.add(register(commune, rows.get(i), channel, proxyAuthor,
						(requestKey != null) ? requestKey + ":" + i : null));
			}
			catch (InvalidInputException ex) {
				throw new InvalidInputException("rows[" + i + "]." + RegistrationForm.field(ex.field()), ex.key());
			}
		}
		return registered;
	}

	/**
	 * Tells the citizen, by e-mail, the code and the PIN; sent by the outbox once this
	 * transaction commits.
	 */
	private void sendReceipt(CommuneInfo commune, Registration input, String code, String pin) {
		Locale vi = Locale.forLanguageTag("vi");
		String unit = this.messages.getMessage("commune.kind.title." + commune.kind().name(), null, vi) + " "
				+ commune.name();
		String link = this.links.tracking(code)
			.map(java.net.URI::toString)
			.orElseGet(() -> this.messages.getMessage("petition.mail.noLink", null, vi));
		this.outbox.email(commune.code(), input.emailOrNull(),
				this.messages.getMessage("petition.mail.subject", new Object[] { code }, vi), this.messages
					.getMessage("petition.mail.body", new Object[] { input.fullName(), unit, code, pin, link }, vi),
				"petition-receipt:" + code);
	}

	/** The checks a registration needs beyond its shape: the commune's own lists. */
	private void check(CommuneInfo commune, Registration input, Channel channel) {
		String area = Registration.blankToNull(input.areaCode());
		if (area != null && this.communes.areas(commune.id()).stream().noneMatch((a) -> a.code().equals(area))) {
			throw new InvalidInputException("areaCode", "petition.error.unknownArea");
		}
		String field = Registration.blankToNull(input.fieldCode());
		if (field != null && this.communes.fields().stream().noneMatch((f) -> f.active() && f.code().equals(field))) {
			throw new InvalidInputException("fieldCode", "petition.error.unknownField");
		}
		if (input.conferenceId() != null) {
			PublicConference conference = this.conferences.find(commune.id(), input.conferenceId())
				.orElseThrow(() -> new InvalidInputException("conferenceId", "petition.error.unknownConference"));
			LocalDate today = LocalDate.now(this.clock);
			if (channel == Channel.AT_CONFERENCE) {
				// Raised while it is held, or written down from the record afterwards;
				// the meeting decides when it is being held. Other channels stop once it
				// has started: its queue is made then.
				if (conference.state() == ConferenceState.CANCELLED
						|| conference.state() == ConferenceState.POSTPONED) {
					throw new InvalidInputException("conferenceId", "petition.error.conferenceNotHeld");
				}
				return;
			}
			boolean open = (channel == Channel.ONLINE) ? PublicConferences.takesQuestions(conference, today)
					: !conference.date().isBefore(today) && (conference.state() == ConferenceState.ANNOUNCED
							|| conference.state() == ConferenceState.REGISTRATION_CLOSED);
			if (!open) {
				throw new InvalidInputException("conferenceId", "petition.error.registrationClosed");
			}
		}
	}

	@Transactional
	void accept(CommuneInfo commune, long id, String fieldCode, int version) {
		checkField(fieldCode);
		Petition petition = load(commune, id, version);
		done(commune, petition, "petition.accepted", petition.accept(fieldCode));
	}

	@Transactional
	void reject(CommuneInfo commune, long id, String reason, int version) {
		Petition petition = load(commune, id, version);
		done(commune, petition, "petition.rejected", petition.reject(reason));
	}

	/** Merges into the petition with the given tracking code, in the same commune. */
	@Transactional
	void merge(CommuneInfo commune, long id, String targetCode, int version) {
		Petition petition = load(commune, id, version);
		String code = TrackingCodes.normalize(targetCode);
		Petition target = Optional.ofNullable(code)
			.flatMap(this.petitions::findByTrackingCode)
			.filter((found) -> found.communeId() == commune.id())
			.orElseThrow(() -> new InvalidInputException("target", "petition.error.mergeTarget"));
		done(commune, petition, "petition.merged", petition.mergeInto(target));
	}

	@Transactional
	void forward(CommuneInfo commune, long id, String agency, String reason, int version) {
		Petition petition = load(commune, id, version);
		PetitionEvents.PetitionForwarded event = petition.forwardTo(agency, reason);
		forwardingDone(commune, petition);
		done(commune, petition, "petition.forwarded", event);
	}

	/**
	 * Records that a petition was forwarded: the commune's forwarding deadline, counted
	 * from its receipt, is met now (or late, as the deadline shows).
	 */
	void forwardingDone(CommuneInfo commune, Petition petition) {
		String id = String.valueOf(petition.id());
		LocalDate received = petition.receivedAt().atZone(this.clock.getZone()).toLocalDate();
		this.deadlines.schedule(commune.id(), commune.code(), SUBJECT, id, DeadlinePurpose.FORWARDING, received);
		this.deadlines.close(SUBJECT, id, DeadlinePurpose.FORWARDING);
	}

	@Transactional
	void markOffTopic(CommuneInfo commune, long id, String note, int version) {
		Petition petition = load(commune, id, version);
		done(commune, petition, "petition.offTopic", petition.markOffTopic(note));
	}

	@Transactional
	void routeAsComplaint(CommuneInfo commune, long id, String note, int version) {
		Petition petition = load(commune, id, version);
		done(commune, petition, "petition.complaint", petition.routeAsComplaint(note));
	}

	/**
	 * Assigns to a department. For a conference whose commune has a rule for prepared
	 * answers, the due date is the rule's (and follows the calendar when it changes);
	 * otherwise the secretary's date.
	 */
	@Transactional
	void assign(CommuneInfo commune, long id, Long departmentId, String fieldCode, LocalDate chosenDue, int version) {
		Petition petition = load(commune, id, version);
		checkField(fieldCode);
		if (departmentId == null) {
			throw new InvalidInputException("departmentId", "validation.required");
		}
		if (this.communes.departments(commune.id()).stream().noneMatch((d) -> d.id() == departmentId)) {
			throw new InvalidInputException("departmentId", "petition.error.unknownDepartment");
		}
		LocalDate due = chosenDue;
		Optional<LocalDate> conferenceDate = conferenceDate(commune, petition);
		if (conferenceDate.isPresent()) {
			Optional<vn.doithoai.calendar.Deadline> ruled = this.deadlines.schedule(commune.id(), commune.code(),
					SUBJECT, String.valueOf(id), DeadlinePurpose.PREPARED_ANSWERS, conferenceDate.get());
			if (ruled.isPresent()) {
				due = ruled.get().due();
			}
		}
		done(commune, petition, "petition.assigned",
				petition.assign(departmentId, fieldCode, due, LocalDate.now(this.clock)));
	}

	@Transactional
	void draftAnswer(CommuneInfo commune, long id, String text, int version) {
		Petition petition = load(commune, id, version);
		Petition.Answer before = petition.answer();
		petition.draftAnswer(text);
		this.petitions.update(petition);
		this.audit.record("petition.answerDrafted", SUBJECT, id, commune.code(), before, petition.answer());
	}

	@Transactional
	void submitAnswer(CommuneInfo commune, long id, String text, int version) {
		Petition petition = load(commune, id, version);
		petition.draftAnswer(text);
		done(commune, petition, "petition.answerSubmitted", petition.submitAnswer());
	}

	@Transactional
	void returnAnswer(CommuneInfo commune, long id, String comment, int version) {
		Petition petition = load(commune, id, version);
		done(commune, petition, "petition.answerReturned", petition.returnAnswer(comment));
	}

	@Transactional
	void approveAnswer(CommuneInfo commune, long id, boolean publish, String publicQuestion, int version) {
		Petition petition = load(commune, id, version);
		PetitionEvents.AnswerApproved event = petition.approveAnswer(publish, publicQuestion, this.clock.instant());
		this.deadlines.close(SUBJECT, String.valueOf(id), DeadlinePurpose.PREPARED_ANSWERS);
		done(commune, petition, "petition.answerApproved", event);
	}

	@Transactional
	void addNote(CommuneInfo commune, long id, String author, String text) {
		Petition petition = this.petitions.find(commune.id(), id).orElseThrow(NotFoundException::new);
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("note", "petition.error.noteRequired");
		}
		if (text.length() > Petition.MAX_CONTENT) {
			throw new InvalidInputException("note", "petition.error.contentTooLong");
		}
		this.petitions.addNote(petition.id(), author, text);
		this.audit.record("petition.noteAdded", SUBJECT, id, commune.code(), null, null);
	}

	@Transactional(readOnly = true)
	Petition get(CommuneInfo commune, long id) {
		return this.petitions.find(commune.id(), id).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	List<Petition> triageQueue(CommuneInfo commune) {
		return this.petitions.inState(commune.id(), PetitionState.RECEIVED, 200);
	}

	private Optional<LocalDate> conferenceDate(CommuneInfo commune, Petition petition) {
		return Optional.ofNullable(petition.conferenceId())
			.flatMap((conferenceId) -> this.conferences.find(commune.id(), conferenceId))
			.map(PublicConference::date);
	}

	private void checkField(String fieldCode) {
		if (fieldCode != null && this.communes.fields().stream().noneMatch((f) -> f.code().equals(fieldCode))) {
			throw new InvalidInputException("fieldCode", "petition.error.unknownField");
		}
	}

	/** Stores a step the petition took, with its audit record and its event. */
	void done(CommuneInfo commune, Petition petition, String action, Object event) {
		this.petitions.update(petition);
		this.audit.record(action, SUBJECT, petition.id(), commune.code(), null, event);
		this.events.publishEvent(event);
	}

	private Petition load(CommuneInfo commune, long id, int version) {
		Petition petition = this.petitions.find(commune.id(), id).orElseThrow(NotFoundException::new);
		if (petition.version() != version) {
			throw new StaleEditException();
		}
		return petition;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A registered petition as its author learns it: the code and the PIN. */
	record Registered(long id, String trackingCode, String pin, PetitionState state, boolean repeated) {
	}

}
