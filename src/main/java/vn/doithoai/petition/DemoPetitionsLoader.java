package vn.doithoai.petition;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.calendar.WorkingCalendar;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.plan.PublicConferences;
import vn.doithoai.plan.PublicConferences.PublicConference;
import vn.doithoai.system.DemoData;
import vn.doithoai.system.DemoMode;

/**
 * In demo mode, the petitions of {@code demo/demo-petitions.json}, once per commune: each
 * registered and moved through its life by the use cases (so its events, audit records
 * and timeline are the real ones), then its timeline set back to the days the file gives,
 * counted back from today. A petition goes to the commune's next conference that still
 * takes its questions when the file asks for it and there is one; otherwise it is a
 * general petition.
 */
@Component
@Order(DemoPetitionsLoader.ORDER)
class DemoPetitionsLoader implements ApplicationRunner {

	/**
	 * After the accounts ({@link DemoData#ACCESS_ORDER}) and the plans and conferences
	 * ({@code ACCESS_ORDER + 5}).
	 */
	static final int ORDER = DemoData.ACCESS_ORDER + 10;

	static final String KEY_PREFIX = "demo-petition-";

	private static final LocalTime OFFICE_OPENS = LocalTime.of(7, 30);

	private static final int OFFICE_MINUTES = 9 * 60;

	private static final LocalTime DAY_STARTS = LocalTime.of(6, 0);

	private static final int WAKING_MINUTES = 16 * 60;

	private final DemoMode demo;

	private final JsonMapper json;

	private final CommuneDirectory communes;

	private final PublicConferences conferences;

	private final Petitions petitions;

	private final PetitionRepository repository;

	private final WorkingCalendar calendar;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DemoPetitionsLoader(DemoMode demo, JsonMapper json, CommuneDirectory communes, PublicConferences conferences,
			Petitions petitions, PetitionRepository repository, WorkingCalendar calendar, JdbcTemplate jdbc,
			AuditTrail audit, Clock clock) {
		this.demo = demo;
		this.json = json;
		this.communes = communes;
		this.conferences = conferences;
		this.petitions = petitions;
		this.repository = repository;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (!this.demo.isEnabled()) {
			return;
		}
		DemoPetitions data;
		try (InputStream in = new ClassPathResource("demo/demo-petitions.json").getInputStream()) {
			data = this.json.readValue(in, DemoPetitions.class);
		}
		Map<String, DemoData.Commune> people = DemoData.load(this.json)
			.communes()
			.stream()
			.collect(Collectors.toMap(DemoData.Commune::code, (c) -> c));
		Map<String, List<DemoPetition>> byCommune = data.petitions()
			.stream()
			.collect(Collectors.groupingBy(DemoPetition::commune, LinkedHashMap::new, Collectors.toList()));
		for (Map.Entry<String, List<DemoPetition>> entry : byCommune.entrySet()) {
			CommuneInfo commune = this.communes.findByCode(entry.getKey()).orElseThrow();
			boolean loaded = entry.getValue()
				.stream()
				.anyMatch((p) -> this.repository.findByRequestKey(KEY_PREFIX + p.key()).isPresent());
			if (!loaded) {
				load(commune, people.get(entry.getKey()), entry.getValue());
			}
		}
	}

	private void load(CommuneInfo commune, DemoData.Commune people, List<DemoPetition> list) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		WorkingDayCalendar days = this.calendar.current();
		List<PublicConference> open = this.conferences.conferences(commune.id());
		Map<String, Long> departments = new HashMap<>();
		this.communes.departments(commune.id()).forEach((d) -> departments.put(d.code(), d.id()));
		Map<String, String> codes = new HashMap<>();
		for (DemoPetition p : list) {
			Channel channel = Channel.valueOf(p.channel());
			Long conferenceId = Boolean.TRUE.equals(p.nextConference())
					? nextOpenConference(open, channel, today).orElse(null) : null;
			Registration registration = new Registration(conferenceId, p.fullName(), p.phone(), p.email(), p.address(),
					p.area(), p.field(), p.content());
			Petitions.Registered registered = this.petitions.register(commune, registration, channel,
					proxyAuthor(people, channel, p.area()), KEY_PREFIX + p.key());
			long id = registered.id();
			codes.put(p.key(), registered.trackingCode());
			Instant at = clamp(received(p, channel, today, days), now, p.steps().size() + 1, null);
			this.jdbc.update("update petition set received_at = ? where id = ?", Timestamp.from(at), id);
			this.jdbc.update("update petition_history set at = ? where petition_id = ?", Timestamp.from(at), id);
			for (int i = 0; i < p.steps().size(); i++) {
				DemoStep step = p.steps().get(i);
				Instant previous = at;
				at = clamp(nextWorkingMoment(previous, step, p.key() + i, days), now, p.steps().size() - i, previous);
				apply(commune, id, step, departments, codes, today, days);
				backdate(id, previous, at);
			}
		}
		this.audit.record("demo.loaded", Petitions.SUBJECT, null, commune.code(), null, list.size());
	}

	private void apply(CommuneInfo commune, long id, DemoStep step, Map<String, Long> departments,
			Map<String, String> codes, LocalDate today, WorkingDayCalendar days) {
		int version = this.repository.find(commune.id(), id).orElseThrow().version();
		switch (step.action()) {
			case "accept" -> this.petitions.accept(commune, id, step.field(), version);
			case "assign" -> this.petitions.assign(commune, id, departments.get(step.department()), step.field(),
					days.addWorkingDays(today, step.dueInWorkingDays()), version);
			case "draft" -> this.petitions.draftAnswer(commune, id, step.text(), version);
			case "submit" -> this.petitions.submitAnswer(commune, id, step.text(), version);
			case "return" -> this.petitions.returnAnswer(commune, id, step.comment(), version);
			case "approve" -> this.petitions.approveAnswer(commune, id, Boolean.TRUE.equals(step.publish()),
					step.question(), version);
			case "reject" -> this.petitions.reject(commune, id, step.reason(), version);
			case "merge" -> this.petitions.merge(commune, id, codes.get(step.into()), version);
			case "forward" -> this.petitions.forward(commune, id, step.agency(), step.reason(), version);
			case "offTopic" -> this.petitions.markOffTopic(commune, id, step.note(), version);
			case "complaint" -> this.petitions.routeAsComplaint(commune, id, step.note(), version);
			case "note" -> this.petitions.addNote(commune, id, step.author(), step.text());
			default -> throw new IllegalStateException("Unknown demo step " + step.action());
		}
	}

	/**
	 * Sets what a step just wrote (stamped now) to the moment it stands for: the lines of
	 * the timeline, the notes and the publication of the answer.
	 */
	private void backdate(long id, Instant previous, Instant at) {
		Timestamp stamp = Timestamp.from(at);
		Timestamp after = Timestamp.from(previous);
		this.jdbc.update("update petition_history set at = ? where petition_id = ? and at > ?", stamp, id, after);
		this.jdbc.update("update petition_note set at = ? where petition_id = ? and at > ?", stamp, id, after);
		this.jdbc.update("update petition set answer_published_at = ? where id = ? and answer_published_at > ?", stamp,
				id, after);
	}

	/**
	 * When it arrived: citizens write online at any waking hour, staff enter the other
	 * channels in office hours on a working day.
	 */
	private Instant received(DemoPetition p, Channel channel, LocalDate today, WorkingDayCalendar days) {
		LocalDate day = today.minusDays(p.daysAgo());
		if (channel == Channel.ONLINE) {
			return at(day, DAY_STARTS, WAKING_MINUTES, p.key());
		}
		while (!days.isWorkingDay(day) && day.isAfter(today.minusYears(1))) {
			day = day.minusDays(1);
		}
		return at(day, OFFICE_OPENS, OFFICE_MINUTES, p.key());
	}

	/** A step is taken in office hours on a working day, a day or two after the last. */
	private Instant nextWorkingMoment(Instant previous, DemoStep step, String seed, WorkingDayCalendar days) {
		LocalDate day = LocalDate.ofInstant(previous, this.clock.getZone())
			.plusDays((step.afterDays() != null) ? step.afterDays() : 1 + Math.floorMod(seed.hashCode(), 2));
		while (!days.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return at(day, OFFICE_OPENS, OFFICE_MINUTES, seed);
	}

	private Instant at(LocalDate day, LocalTime from, int spanMinutes, String seed) {
		return day.atTime(from.plusMinutes(Math.floorMod(seed.hashCode() * 31L, spanMinutes)))
			.atZone(this.clock.getZone())
			.toInstant();
	}

	/**
	 * Keeps a moment in the past, with room for the steps still to come, and after the
	 * one before it.
	 */
	static Instant clamp(Instant wanted, Instant now, int stepsLeft, Instant previous) {
		Instant latest = now.minus(Duration.ofMinutes(stepsLeft));
		Instant at = wanted.isAfter(latest) ? latest : wanted;
		return (previous != null && !at.isAfter(previous)) ? previous.plus(Duration.ofMinutes(1)) : at;
	}

	/**
	 * The commune's next public conference that still takes a question from this channel:
	 * online until registration closes, from staff until its day.
	 */
	static Optional<Long> nextOpenConference(List<PublicConference> conferences, Channel channel, LocalDate today) {
		return conferences.stream()
			.filter((c) -> (channel == Channel.ONLINE) ? PublicConferences.takesQuestions(c, today)
					: c.state().isPublic() && !c.date().isBefore(today))
			.min(Comparator.comparing(PublicConference::date))
			.map(PublicConference::id);
	}

	/**
	 * Who entered it for the citizen: the area head of its area (or the commune's first),
	 * the Front's chair, or the secretary for paper, phone, e-mail and the conference's
	 * record; nobody online.
	 */
	private static String proxyAuthor(DemoData.Commune people, Channel channel, String areaCode) {
		return switch (channel) {
			case ONLINE -> null;
			case AREA_HEAD -> people.officials()
				.stream()
				.filter((o) -> "AREA_HEAD".equals(o.role()))
				.min(Comparator.comparing((DemoData.Official o) -> !o.areaCode().equals(areaCode)))
				.map(DemoPetitionsLoader::name)
				.orElseThrow();
			case FRONT -> name(role(people, "FATHERLAND_FRONT"));
			case PAPER, PHONE, EMAIL, AT_CONFERENCE -> name(role(people, "SECRETARY"));
		};
	}

	private static DemoData.Official role(DemoData.Commune people, String role) {
		return people.officials().stream().filter((o) -> role.equals(o.role())).findFirst().orElseThrow();
	}

	private static String name(DemoData.Official official) {
		return String.join(" ",
				List.of(official.family(), official.middle(), official.given())
					.stream()
					.filter((part) -> part != null && !part.isBlank())
					.toList());
	}

	record DemoPetitions(List<DemoPetition> petitions) {
	}

	/**
	 * One demo petition: who asked what, how many days ago, and the steps staff took
	 * since.
	 */
	record DemoPetition(String key, String commune, int daysAgo, String channel, String fullName, String phone,
			String email, String address, String area, String field, Boolean nextConference, String content,
			List<DemoStep> steps) {
	}

	/**
	 * One step of a demo petition's life: the use case ({@code action}) and what it
	 * needs.
	 */
	record DemoStep(String action, String field, String department, Integer dueInWorkingDays, String text,
			String comment, Boolean publish, String question, String reason, String into, String agency, String note,
			String author, Integer afterDays) {
	}

}
