package vn.doithoai.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.doithoai.system.StaleEditException;

/** Plans as stored. Every read is scoped to a commune. */
@Repository
class PlanRepository {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PlanRepository(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Plan> find(long communeId, long id) {
		return this.jdbc.query("select * from plan where id = ? and commune_id = ?", PlanRepository::map, id, communeId)
			.stream()
			.findFirst();
	}

	Optional<Long> findByRequestKey(String requestKey) {
		return this.jdbc.queryForList("select id from plan where request_key = ?", Long.class, requestKey)
			.stream()
			.findFirst();
	}

	List<Plan> inCommune(long communeId) {
		return this.jdbc.query("select * from plan where commune_id = ? order by year desc, id desc",
				PlanRepository::map, communeId);
	}

	List<Plan> published(long communeId) {
		return this.jdbc.query(
				"select * from plan where commune_id = ? and state = 'PUBLISHED' order by year desc, id desc",
				PlanRepository::map, communeId);
	}

	long insert(Plan plan, String requestKey) {
		Plan.Content c = plan.content();
		return this.jdbc.queryForObject("""
				insert into plan (commune_id, year, issuer, parent_issuer, issuer_name, place, summary, introduction,
				    legal_bases, purposes, requirements, content, scope, form, participants, budget, field_codes,
				    duties, closing, recipients, signer_authority, signer_title, signer_name, state, number_symbol,
				    issued_date, request_key, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""", Long.class, plan.communeId(), plan.year(), c.issuer().name(), Lines.join(c.parentIssuer()),
				c.issuerName(), c.place(), c.summary(), Lines.join(c.introduction()), Lines.join(c.legalBases()),
				Lines.join(c.purposes()), Lines.join(c.requirements()), c.content(), c.scope(), c.form(),
				Lines.join(c.participants()), c.budget(), Lines.join(c.fieldCodes()), c.duties(), c.closing(),
				Lines.join(c.recipients()), Lines.join(c.signerAuthority()), c.signerTitle(), c.signerName(),
				plan.state().name(), plan.numberSymbol(),
				(plan.issuedDate() != null) ? Date.valueOf(plan.issuedDate()) : null, requestKey,
				Timestamp.from(this.clock.instant()));
	}

	/**
	 * Saves a plan read at its version; someone else's save in between is a stale edit.
	 */
	void update(Plan plan) {
		Plan.Content c = plan.content();
		int updated = this.jdbc.update("""
				update plan set year = ?, issuer = ?, parent_issuer = ?, issuer_name = ?, place = ?, summary = ?,
				    introduction = ?, legal_bases = ?, purposes = ?, requirements = ?, content = ?, scope = ?,
				    form = ?, participants = ?, budget = ?, field_codes = ?, duties = ?, closing = ?, recipients = ?,
				    signer_authority = ?, signer_title = ?, signer_name = ?, state = ?, number_symbol = ?,
				    issued_date = ?, version = version + 1
				where id = ? and commune_id = ? and version = ?
				""", plan.year(), c.issuer().name(), Lines.join(c.parentIssuer()), c.issuerName(), c.place(),
				c.summary(), Lines.join(c.introduction()), Lines.join(c.legalBases()), Lines.join(c.purposes()),
				Lines.join(c.requirements()), c.content(), c.scope(), c.form(), Lines.join(c.participants()),
				c.budget(), Lines.join(c.fieldCodes()), c.duties(), c.closing(), Lines.join(c.recipients()),
				Lines.join(c.signerAuthority()), c.signerTitle(), c.signerName(), plan.state().name(),
				plan.numberSymbol(), (plan.issuedDate() != null) ? Date.valueOf(plan.issuedDate()) : null, plan.id(),
				plan.communeId(), plan.version());
		if (updated == 0) {
			throw new StaleEditException();
		}
	}

	private static Plan map(ResultSet rs, int row) throws SQLException {
		Plan.Content content = new Plan.Content(Plan.Issuer.valueOf(rs.getString("issuer")),
				Lines.split(rs.getString("parent_issuer")), rs.getString("issuer_name"), rs.getString("place"),
				rs.getString("summary"), Lines.split(rs.getString("introduction")),
				Lines.split(rs.getString("legal_bases")), Lines.split(rs.getString("purposes")),
				Lines.split(rs.getString("requirements")), rs.getString("content"), rs.getString("scope"),
				rs.getString("form"), Lines.split(rs.getString("participants")), rs.getString("budget"),
				Lines.split(rs.getString("field_codes")), rs.getString("duties"), rs.getString("closing"),
				Lines.split(rs.getString("recipients")), Lines.split(rs.getString("signer_authority")),
				rs.getString("signer_title"), rs.getString("signer_name"));
		Date issued = rs.getDate("issued_date");
		return new Plan(rs.getLong("id"), rs.getLong("commune_id"), rs.getInt("year"), content,
				PlanState.valueOf(rs.getString("state")), rs.getString("number_symbol"),
				(issued != null) ? issued.toLocalDate() : null, rs.getInt("version"));
	}

}
