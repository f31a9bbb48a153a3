package vn.doithoai.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log page by page, newest first, with the administrator's filters. */
@Component
class AuditLogQuery {

	static final int PAGE_SIZE = 50;

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	AuditLogQuery(JdbcTemplate jdbc, ZoneId zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	@Transactional(readOnly = true)
	AuditPage find(AuditFilter filter, int page) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (!filter.actor().isBlank()) {
			where.append(" and e.actor = ?");
			args.add(filter.actor().trim());
		}
		if (!filter.action().isBlank()) {
			where.append(" and e.action like ?");
			args.add(filter.action().trim() + "%");
		}
		if (!filter.recordType().isBlank()) {
			where.append(" and e.record_type = ?");
			args.add(filter.recordType().trim());
		}
		if (!filter.recordId().isBlank()) {
			where.append(" and e.record_id = ?");
			args.add(filter.recordId().trim());
		}
		if (!filter.communeCode().isBlank()) {
			where.append(" and e.commune_code = ?");
			args.add(filter.communeCode().trim());
		}
		if (filter.from() != null) {
			where.append(" and e.occurred_at >= ?");
			args.add(Timestamp.from(filter.from().atStartOfDay(this.zone).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and e.occurred_at < ?");
			args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(this.zone).toInstant()));
		}
		long total = this.jdbc.queryForObject("select count(*) from audit_event e" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(PAGE_SIZE);
		pageArgs.add((long) page * PAGE_SIZE);
		List<AuditRecord> records = this.jdbc.query("""
				select e.id, e.occurred_at, e.actor, e.commune_code, e.action,
				       e.record_type, e.record_id, e.before_state::text as before_state,
				       e.after_state::text as after_state
				from audit_event e""" + where + " order by e.occurred_at desc, e.id desc limit ? offset ?",
				(rs, i) -> new AuditRecord(rs.getLong("id"),
						rs.getTimestamp("occurred_at").toInstant().atZone(this.zone).toLocalDateTime(),
						rs.getString("actor"), rs.getString("commune_code"), rs.getString("action"),
						rs.getString("record_type"), rs.getString("record_id"), rs.getString("before_state"),
						rs.getString("after_state")),
				pageArgs.toArray());
		return new AuditPage(records, page, total, PAGE_SIZE);
	}

	record AuditFilter(String actor, String action, String recordType, String recordId, String communeCode,
			LocalDate from, LocalDate to) {

		AuditFilter {
			actor = (actor != null) ? actor : "";
			action = (action != null) ? action : "";
			recordType = (recordType != null) ? recordType : "";
			recordId = (recordId != null) ? recordId : "";
			communeCode = (communeCode != null) ? communeCode : "";
		}

	}

	record AuditRecord(long id, java.time.LocalDateTime at, String actor, String communeCode, String action,
			String recordType, String recordId, String before, String after) {
	}

	record AuditPage(List<AuditRecord> records, int page, long total, int size) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

		public boolean hasPrevious() {
			return this.page > 0;
		}

		public boolean hasNext() {
			return this.page + 1 < pages();
		}

	}

}
