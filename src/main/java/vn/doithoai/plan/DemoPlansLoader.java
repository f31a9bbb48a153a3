package vn.doithoai.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
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
import vn.doithoai.calendar.DeadlinePurpose;
import vn.doithoai.calendar.Deadlines;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.DemoData;
import vn.doithoai.system.DemoMode;

/**
 * In demo mode, the five seed plans as published plans with their conferences (those
 * whose day has passed as held), and each seed commune's own requirements; once.
 */
@Component
@Order(DemoData.ACCESS_ORDER + 5)
class DemoPlansLoader implements ApplicationRunner {

	/** The seed whose conference is held again each day in demo mode, to be run live. */
	private static final String LIVE_SEED = "000";

	private final DemoMode demo;

	private final JsonMapper json;

	private final CommuneDirectory communes;

	private final PlanRepository plans;

	private final ConferenceRepository conferences;

	private final Conferences useCases;

	private final Deadlines deadlines;

	private final PlanNumbering numbering;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DemoPlansLoader(DemoMode demo, JsonMapper json, CommuneDirectory communes, PlanRepository plans,
			ConferenceRepository conferences, Conferences useCases, Deadlines deadlines, PlanNumbering numbering,
			JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.useCases = useCases;
		this.deadlines = deadlines;
		this.demo = demo;
		this.json = json;
		this.communes = communes;
		this.plans = plans;
		this.conferences = conferences;
		this.numbering = numbering;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws Exception {
		if (!this.demo.isEnabled()) {
			return;
		}
		DemoPlans data;
		try (var in = new ClassPathResource("demo/demo-plans.json").getInputStream()) {
			data = this.json.readValue(in, DemoPlans.class);
		}
		for (DemoPlan demoPlan : data.plans()) {
			CommuneInfo commune = this.communes.findByCode(demoPlan.communeCode()).orElseThrow();
			if (this.plans.findByRequestKey(key(demoPlan)).isPresent()) {
				continue;
			}
			load(commune, demoPlan);
			requirements(commune, demoPlan.seed());
		}
		for (DemoPlan demoPlan : data.plans()) {
			if (LIVE_SEED.equals(demoPlan.seed()) && !demoPlan.conferences().isEmpty()) {
				todaysConference(this.communes.findByCode(demoPlan.communeCode()).orElseThrow(),
						demoPlan.conferences().get(0));
			}
		}
	}

	/**
	 * A conference of seed 000's kind held today, its notice out two weeks ago, so that
	 * the live conference can be tried on any day (the demo's online questions that ask
	 * for the next conference go to it); one a day.
	 */
	private void todaysConference(CommuneInfo commune, DemoConference model) {
		LocalDate today = LocalDate.now(this.clock);
		// The model's title names its own quarter ("…, quý I/2024"); today's is not that
		// one.
		String title = model.title().replaceFirst(",? quý [IV]+/\\d{4}$", "");
		todaysConference(commune,
				new Conference.Details(ConferenceKind.valueOf(model.kind()), title, today, model.start(), model.end(),
						model.venue(), model.allAreas(), model.areaCodes(), model.topics(), model.fieldCodes(),
						model.chair(), model.coChairs(), model.participants(), model.invitees(), model.audience()),
				"demo-live-" + commune.code() + "-" + today);
	}

	/**
	 * A conference held today, announced two weeks ago (see above); once per key.
	 */
	long todaysConference(CommuneInfo commune, Conference.Details details, String key) {
		LocalDate today = details.date();
		java.util.Optional<Long> existing = this.conferences.findByRequestKey(key);
		if (existing.isPresent()) {
			return existing.get();
		}
		long id = this.conferences.insert(Conference.draft(commune.id(), null, details), key);
		LocalDate announced = today.minusWeeks(2);
		String notice = this.numbering.noticeNumber(commune, id, announced).symbol();
		this.jdbc.update("""
				update conference set state = 'ANNOUNCED', announced_on = ?, notice_symbol = ? where id = ?
				""", java.sql.Date.valueOf(announced), notice, id);
		for (String state : List.of("SCHEDULED", "ANNOUNCED")) {
			this.jdbc.update("""
					insert into conference_history (conference_id, at, state, day) values (?, now(), ?, ?)
					""", id, state, java.sql.Date.valueOf(today));
		}
		Conference stored = this.conferences.find(commune.id(), id).orElseThrow();
		this.useCases.setDeadlines(commune, stored);
		this.deadlines.close(Conferences.SUBJECT, String.valueOf(id), DeadlinePurpose.NOTICE);
		this.audit.record("demo.loaded", Conferences.SUBJECT, id, commune.code(), null, details.title());
		return id;
	}

	private void load(CommuneInfo commune, DemoPlan d) {
		Plan.Content content = new Plan.Content(Plan.Issuer.valueOf(d.issuer()), d.parentIssuer(), d.issuerName(),
				d.place(), d.summary(), d.introduction(), d.legalBases(), d.purposes(), d.requirements(),
				d.content().stream().map(DemoPlansLoader::section).collect(Collectors.joining("\n")), d.scope(),
				d.form(), d.participants(), d.budget(), d.fieldCodes(),
				d.duties().stream().map(DemoPlansLoader::duty).collect(Collectors.joining("\n")), d.closing(),
				d.recipients(), d.signer().authority(), d.signer().title(), d.signer().name());
		Plan draft = new Plan(null, commune.id(), d.year(), content, PlanState.DRAFT, null, null, 0);
		long id = this.plans.insert(draft, key(d));
		Plan stored = this.plans.find(commune.id(), id).orElseThrow();
		LocalDate issued = (d.issuedDate() != null) ? d.issuedDate() : LocalDate.of(d.year(), 1, 8);
		String symbol = this.numbering.planNumber(commune, stored, issued);
		this.plans.update(stored.approve(symbol, issued));
		Plan approved = this.plans.find(commune.id(), id).orElseThrow();
		this.plans.update(approved.publish());
		LocalDate today = LocalDate.now(this.clock);
		for (DemoConference c : d.conferences()) {
			Conference.Details details = new Conference.Details(ConferenceKind.valueOf(c.kind()), c.title(), c.date(),
					c.start(), c.end(), c.venue(), c.allAreas(), c.areaCodes(), c.topics(), c.fieldCodes(), c.chair(),
					c.coChairs(), c.participants(), c.invitees(), c.audience());
			Conference conference = Conference.draft(commune.id(), id, details);
			long conferenceId = this.conferences.insert(conference,
					key(d) + "-" + c.date() + "-" + c.title().hashCode());
			if (c.date().isBefore(today)) {
				// A conference of the past was announced (two weeks before, with its
				// notice) and held.
				LocalDate announced = c.date().minusWeeks(2);
				String notice = this.numbering.noticeNumber(commune, conferenceId, announced).symbol();
				this.jdbc.update(
						"update conference set state = 'HELD', announced_on = ?, notice_symbol = ? where id = ?",
						java.sql.Date.valueOf(announced), notice, conferenceId);
				for (String state : List.of("SCHEDULED", "ANNOUNCED", "HELD")) {
					this.jdbc.update("""
							insert into conference_history (conference_id, at, state, day) values (?, now(), ?, ?)
							""", conferenceId, state, java.sql.Date.valueOf(c.date()));
				}
			}
		}
		this.audit.record("demo.loaded", Plans.SUBJECT, id, commune.code(), null, d.summary());
	}

	private void requirements(CommuneInfo commune, String seed) {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { "YEARLY_MIN", 1, Compliance.LAW_72_2025 });
		if ("002".equals(seed)) {
			rows.add(new Object[] { "PERIODIC_MIN", 2,
					"Kế hoạch của Đảng ủy phường Dĩnh Kế năm 2024 (Quy định 11-QĐi/TW)" });
			rows.add(new Object[] { "THEMATIC_MIN", 1,
					"Kế hoạch của Đảng ủy phường Dĩnh Kế năm 2024 (Quy định 11-QĐi/TW)" });
		}
		if ("003".equals(seed)) {
			rows.add(new Object[] { "PER_AREA_PER_QUARTER", 1, "Kế hoạch của UBND phường Tân Quy Đông năm 2021" });
		}
		for (Object[] row : rows) {
			this.jdbc.update("""
					insert into conference_requirement (commune_id, kind, count, legal_source) values (?, ?, ?, ?)
					on conflict (commune_id, kind) do nothing
					""", commune.id(), row[0], row[1], row[2]);
		}
	}

	private static String key(DemoPlan plan) {
		return "demo-plan-" + plan.seed();
	}

	private static String section(DemoSection section) {
		List<String> lines = new ArrayList<>();
		lines.add(section.heading());
		section.paragraphs().forEach((p) -> lines.add((p.startsWith("-") || p.startsWith("+")) ? p : "- " + p));
		return String.join("\n", lines);
	}

	private static String duty(DemoDuty duty) {
		List<String> lines = new ArrayList<>();
		lines.add(duty.unit());
		duty.duties().forEach((d) -> lines.add("- " + d));
		return String.join("\n", lines);
	}

	record DemoPlans(List<DemoPlan> plans) {
	}

	record DemoPlan(String seed, String communeCode, int year, String issuer, List<String> parentIssuer,
			String issuerName, String place, LocalDate issuedDate, Integer number, String summary,
			List<String> introduction, List<String> legalBases, List<String> purposes, List<String> requirements,
			List<DemoSection> content, String scope, String form, List<String> participants, String budget,
			List<String> fieldCodes, List<DemoDuty> duties, String closing, List<String> recipients, DemoSigner signer,
			List<DemoConference> conferences) {
	}

	record DemoSection(String heading, List<String> paragraphs) {
	}

	record DemoDuty(String unit, String departmentCode, List<String> duties) {
	}

	record DemoSigner(List<String> authority, String title, String name) {
	}

	record DemoConference(String kind, String title, LocalDate date, LocalTime start, LocalTime end, String venue,
			boolean allAreas, List<String> areaCodes, List<String> topics, List<String> fieldCodes, String chair,
			List<String> coChairs, List<String> participants, List<String> invitees, List<String> audience) {
	}

}
