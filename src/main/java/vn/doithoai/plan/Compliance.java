package vn.doithoai.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.organization.AreaView;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;

/**
 * What the rules require of a commune in a year (at least one dialogue a year by law; the
 * commune's own requirements such as two periodic ones, one thematic, or one per area
 * each quarter) against what is planned and what was held.
 */
@Service
class Compliance {

	static final String LAW_72_2025 = "Luật Tổ chức chính quyền địa phương 2025 (72/2025/QH15), Điều 43";

	private static final Set<ConferenceState> HELD = EnumSet.of(ConferenceState.HELD, ConferenceState.MINUTES_FINAL,
			ConferenceState.CONCLUDED, ConferenceState.CLOSED);

	private final JdbcTemplate jdbc;

	private final ConferenceRepository conferences;

	private final CommuneDirectory directory;

	private final vn.doithoai.audit.AuditTrail audit;

	Compliance(JdbcTemplate jdbc, ConferenceRepository conferences, CommuneDirectory directory,
			vn.doithoai.audit.AuditTrail audit) {
		this.jdbc = jdbc;
		this.conferences = conferences;
		this.directory = directory;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	List<Check> checks(CommuneInfo commune, int year, LocalDate today) {
		List<Conference> all = this.conferences.inCommune(commune.id(), year)
			.stream()
			.filter((c) -> c.state() != ConferenceState.CANCELLED)
			.toList();
		List<Requirement> requirements = requirements(commune.id());
		List<Check> checks = new ArrayList<>();
		for (Requirement requirement : requirements) {
			switch (requirement.kind()) {
				case YEARLY_MIN -> checks.add(check(requirement, null, null, all, LocalDate.of(year, 12, 31), today));
				case PERIODIC_MIN -> checks.add(check(requirement, null, null,
						all.stream().filter((c) -> c.details().kind() == ConferenceKind.PERIODIC).toList(),
						LocalDate.of(year, 12, 31), today));
				case THEMATIC_MIN -> checks.add(check(requirement, null, null,
						all.stream().filter((c) -> c.details().kind() == ConferenceKind.THEMATIC).toList(),
						LocalDate.of(year, 12, 31), today));
				case PER_AREA_PER_QUARTER -> {
					for (AreaView area : this.directory.areas(commune.id())) {
						for (int quarter = 1; quarter <= 4; quarter++) {
							int q = quarter;
							List<Conference> inQuarter = all.stream()
								.filter((c) -> (c.details().date().getMonthValue() - 1) / 3 + 1 == q)
								.filter((c) -> c.details().allAreas() || c.details().areaCodes().contains(area.code()))
								.toList();
							checks.add(check(requirement, area.name(), q, inQuarter,
									YearMonth.of(year, q * 3).atEndOfMonth(), today));
						}
					}
				}
			}
		}
		return checks;
	}

	private static Check check(Requirement requirement, String area, Integer quarter, List<Conference> matching,
			LocalDate periodEnd, LocalDate today) {
		int planned = matching.size();
		int held = (int) matching.stream().filter((c) -> HELD.contains(c.state())).count();
		Verdict verdict;
		if (held >= requirement.count()) {
			verdict = Verdict.MET;
		}
		else if (planned < requirement.count()) {
			verdict = Verdict.NOT_PLANNED;
		}
		else if (today.isAfter(periodEnd)) {
			verdict = Verdict.NOT_HELD;
		}
		else {
			verdict = Verdict.PLANNED;
		}
		return new Check(requirement, area, quarter, planned, held, verdict);
	}

	/** Adds or changes one of the commune's requirements, audited. */
	@Transactional
	void setRequirement(CommuneInfo commune, RequirementKind kind, int count, String legalSource) {
		this.jdbc.update("""
				insert into conference_requirement (commune_id, kind, count, legal_source) values (?, ?, ?, ?)
				on conflict (commune_id, kind) do update set count = excluded.count,
				    legal_source = excluded.legal_source
				""", commune.id(), kind.name(), count, legalSource);
		this.audit.record("compliance.requirementSet", "conference_requirement", kind.name(), commune.code(), null,
				new Requirement(kind, count, legalSource));
	}

	@Transactional
	void removeRequirement(CommuneInfo commune, RequirementKind kind) {
		int removed = this.jdbc.update("delete from conference_requirement where commune_id = ? and kind = ?",
				commune.id(), kind.name());
		if (removed > 0) {
			this.audit.record("compliance.requirementRemoved", "conference_requirement", kind.name(), commune.code(),
					kind, null);
		}
	}

	/** The commune's requirements; without any, the law's minimum of one a year. */
	List<Requirement> requirements(long communeId) {
		List<Requirement> requirements = this.jdbc.query(
				"select kind, count, legal_source from conference_requirement where commune_id = ? order by id",
				(rs, i) -> new Requirement(RequirementKind.valueOf(rs.getString("kind")), rs.getInt("count"),
						rs.getString("legal_source")),
				communeId);
		return requirements.isEmpty() ? List.of(new Requirement(RequirementKind.YEARLY_MIN, 1, LAW_72_2025))
				: requirements;
	}

	/** What kind of requirement. */
	enum RequirementKind {

		/** At least N conferences a year. */
		YEARLY_MIN,

		/** At least N periodic conferences a year. */
		PERIODIC_MIN,

		/** At least N thematic conferences a year. */
		THEMATIC_MIN,

		/** At least N conferences reaching each area every quarter. */
		PER_AREA_PER_QUARTER

	}

	/** One requirement and the text that imposes it. */
	record Requirement(RequirementKind kind, int count, String legalSource) {
	}

	/**
	 * A requirement checked for the year (or an area and quarter): planned, held,
	 * verdict.
	 */
	record Check(Requirement requirement, String area, Integer quarter, int planned, int held, Verdict verdict) {
	}

	/** How a requirement stands. */
	enum Verdict {

		/** Held as often as required. */
		MET,

		/** Planned often enough, not all held yet. */
		PLANNED,

		/** Not even planned often enough. */
		NOT_PLANNED,

		/** The period is over and it was not held often enough. */
		NOT_HELD

	}

}
