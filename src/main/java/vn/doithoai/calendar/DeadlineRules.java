package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.DuplicateCodeException;
import vn.doithoai.system.NotFoundException;
import vn.doithoai.system.StaleEditException;

/**
 * Each commune's deadline rules: kept by its secretary, used by every module that sets a
 * deadline.
 */
@Service
public class DeadlineRules {

	private final JdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	DeadlineRules(JdbcTemplate jdbc, WorkingCalendar calendar, AuditTrail audit) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<DeadlineRule> rules(long communeId) {
		return this.jdbc
			.query("select * from deadline_rule where commune_id = ?",
					(rs, i) -> new DeadlineRule(rs.getLong("id"), DeadlinePurpose.valueOf(rs.getString("purpose")),
							rs.getString("name"),
							new DeadlineTerm(rs.getInt("count"), DeadlineUnit.valueOf(rs.getString("unit")),
									DeadlineDirection.valueOf(rs.getString("direction"))),
							rs.getString("legal_source"), rs.getInt("version")),
					communeId)
			.stream()
			.sorted(Comparator.comparing(DeadlineRule::purpose))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<DeadlineRule> rule(long communeId, DeadlinePurpose purpose) {
		return rules(communeId).stream().filter((rule) -> rule.purpose() == purpose).findFirst();
	}

	DeadlineRule rule(CommuneInfo commune, long id) {
		return rules(commune.id()).stream()
			.filter((rule) -> rule.id() == id)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	@Transactional
	DeadlineRule add(CommuneInfo commune, DeadlinePurpose purpose, String name, DeadlineTerm term, String source) {
		try {
			Long id = this.jdbc.queryForObject("""
					insert into deadline_rule (commune_id, purpose, name, count, unit, anchor, direction, legal_source)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id
					""", Long.class, commune.id(), purpose.name(), name, term.count(), term.unit().name(),
					purpose.anchor().name(), term.direction().name(), source);
			DeadlineRule rule = rule(commune, id);
			this.audit.record("deadlineRule.created", "deadline_rule", id, commune.code(), null, rule);
			return rule;
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateCodeException();
		}
	}

	@Transactional
	DeadlineRule change(CommuneInfo commune, long id, String name, DeadlineTerm term, String source, int version) {
		DeadlineRule before = rule(commune, id);
		int updated = this.jdbc.update("""
				update deadline_rule set name = ?, count = ?, unit = ?, direction = ?, legal_source = ?,
				    version = version + 1
				where id = ? and commune_id = ? and version = ?
				""", name, term.count(), term.unit().name(), term.direction().name(), source, id, commune.id(),
				version);
		if (updated == 0) {
			throw new StaleEditException();
		}
		DeadlineRule after = rule(commune, id);
		this.audit.record("deadlineRule.changed", "deadline_rule", id, commune.code(), before, after);
		return after;
	}

	@Transactional
	void delete(CommuneInfo commune, long id) {
		DeadlineRule before = rule(commune, id);
		this.jdbc.update("delete from deadline_rule where id = ? and commune_id = ?", id, commune.id());
		this.audit.record("deadlineRule.deleted", "deadline_rule", id, commune.code(), before, null);
	}

	/**
	 * Replaces all of the commune's rules by a preset's; the old ones stay in the audit
	 * log.
	 */
	@Transactional
	void applyPreset(CommuneInfo commune, DeadlinePreset preset) {
		List<DeadlineRule> before = rules(commune.id());
		this.jdbc.update("delete from deadline_rule where commune_id = ?", commune.id());
		for (DeadlinePreset.Template template : preset.rules()) {
			this.jdbc.update("""
					insert into deadline_rule (commune_id, purpose, name, count, unit, anchor, direction, legal_source)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""", commune.id(), template.purpose().name(), template.name(), template.term().count(),
					template.term().unit().name(), template.purpose().anchor().name(),
					template.term().direction().name(), template.legalSource());
		}
		this.audit.record("deadlineRule.presetApplied", "deadline_rule", preset.name(), commune.code(), before,
				rules(commune.id()));
	}

	/**
	 * Every rule's due date for a conference on the given day. A rule counted from the
	 * conclusion assumes the conclusion is issued on its own due date (or on the day
	 * itself).
	 */
	@Transactional(readOnly = true)
	public List<DueDate> dueDates(long communeId, LocalDate conferenceDate) {
		return dueDates(rules(communeId), this.calendar.current(), conferenceDate);
	}

	static List<DueDate> dueDates(List<DeadlineRule> rules, WorkingDayCalendar calendar, LocalDate conference) {
		LocalDate conclusion = rules.stream()
			.filter((rule) -> rule.purpose() == DeadlinePurpose.CONCLUSION)
			.findFirst()
			.map((rule) -> rule.dueDate(calendar, conference))
			.orElse(conference);
		List<DueDate> dates = new ArrayList<>();
		for (DeadlineRule rule : rules) {
			switch (rule.anchor()) {
				case CONFERENCE -> dates.add(new DueDate(rule, conference, rule.dueDate(calendar, conference)));
				case CONCLUSION_ISSUED -> dates.add(new DueDate(rule, conclusion, rule.dueDate(calendar, conclusion)));
				case PETITION_RECEIVED -> dates.add(new DueDate(rule, null, null));
			}
		}
		return dates;
	}

	/**
	 * Rules that contradict each other or fall short of the law, found by trying them on
	 * every working day of the coming year (a contradiction may appear only around a
	 * holiday).
	 */
	@Transactional(readOnly = true)
	public List<RuleWarning> warnings(long communeId, LocalDate from) {
		List<DeadlineRule> rules = rules(communeId);
		WorkingDayCalendar calendar = this.calendar.current();
		DeadlineTerm lawNotice = new DeadlineTerm(7, DeadlineUnit.CALENDAR_DAYS, DeadlineDirection.BEFORE);
		DeadlineTerm lawResults = new DeadlineTerm(10, DeadlineUnit.CALENDAR_DAYS, DeadlineDirection.AFTER);
		Set<RuleWarning> warnings = new LinkedHashSet<>();
		for (DeadlineRule rule : rules) {
			if (rule.purpose().comesBeforeItsEvent() != (rule.term().direction() == DeadlineDirection.BEFORE)) {
				warnings.add(new RuleWarning("rules.warning.direction", rule.name(), null));
			}
		}
		LocalDate last = from.plusYears(1);
		for (LocalDate day = from; day.isBefore(last) && day.getYear() <= 2099; day = day.plusDays(1)) {
			if (!calendar.isWorkingDay(day)) {
				continue;
			}
			Map<DeadlinePurpose, LocalDate> due = new EnumMap<>(DeadlinePurpose.class);
			for (DueDate date : dueDates(rules, calendar, day)) {
				if (date.due() != null) {
					due.put(date.rule().purpose(), date.due());
				}
			}
			before(due, DeadlinePurpose.REGISTRATION_CLOSE, DeadlinePurpose.NOTICE,
					"rules.warning.registrationBeforeNotice", day, warnings);
			before(due, DeadlinePurpose.PREPARED_ANSWERS, DeadlinePurpose.REGISTRATION_CLOSE,
					"rules.warning.answersBeforeRegistration", day, warnings);
			before(due, DeadlinePurpose.PREPARED_ANSWERS, DeadlinePurpose.AREA_QUESTIONS,
					"rules.warning.answersBeforeQuestions", day, warnings);
			before(due, DeadlinePurpose.CONCLUSION, DeadlinePurpose.MINUTES, "rules.warning.conclusionBeforeMinutes",
					day, warnings);
			LocalDate notice = due.get(DeadlinePurpose.NOTICE);
			if (notice != null && notice.isAfter(lawNotice.dueDate(calendar, day))) {
				warnings.add(new RuleWarning("rules.warning.noticeBelowLaw", null, day));
			}
			LocalDate results = due.get(DeadlinePurpose.RESULTS_PUBLISHED);
			if (results != null && results.isAfter(lawResults.dueDate(calendar, day))) {
				warnings.add(new RuleWarning("rules.warning.resultsBeyondLaw", null, day));
			}
		}
		if (rules.stream().noneMatch((rule) -> rule.purpose() == DeadlinePurpose.NOTICE)) {
			warnings.add(new RuleWarning("rules.warning.noNotice", null, null));
		}
		return List.copyOf(firstOfEachKind(warnings));
	}

	/**
	 * Warns when {@code early}'s due date falls before {@code late}'s, which must come
	 * first.
	 */
	private static void before(Map<DeadlinePurpose, LocalDate> due, DeadlinePurpose early, DeadlinePurpose late,
			String key, LocalDate conference, Set<RuleWarning> warnings) {
		LocalDate earlyDue = due.get(early);
		LocalDate lateDue = due.get(late);
		if (earlyDue != null && lateDue != null && earlyDue.isBefore(lateDue)) {
			warnings.add(new RuleWarning(key, null, conference));
		}
	}

	/** One warning of each kind, with the first conference date where it shows. */
	private static List<RuleWarning> firstOfEachKind(Set<RuleWarning> warnings) {
		Map<String, RuleWarning> first = new java.util.LinkedHashMap<>();
		warnings.forEach((warning) -> first.putIfAbsent(warning.key() + warning.ruleName(), warning));
		return new ArrayList<>(first.values());
	}

	/** A rule's due date for one conference, counted from {@code anchorDate}. */
	public record DueDate(DeadlineRule rule, LocalDate anchorDate, LocalDate due) {
	}

	/**
	 * Something wrong with the rules: a message key, the rule it is about, an example
	 * date.
	 */
	public record RuleWarning(String key, String ruleName, LocalDate example) {
	}

}
