package vn.doithoai.document;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.text.VietnameseText;

/**
 * The register that numbers issued documents: one series per commune, year, type and
 * issuer, starting at 1 each year. Numbers are taken in the transaction that issues the
 * document: the series' row stays locked until that transaction ends, so numbers never
 * repeat, and one that is rolled back is given to the next document (no gap).
 */
@Service
public class DocumentNumbers {

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DocumentNumbers(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A state body's number: see
	 * {@link #allocate(long, String, int, DocumentFamily, DocumentType, String, String, String)}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public DocumentNumber allocate(long communeId, String communeCode, int year, DocumentType type, String issuerCode,
			String subjectType, String subjectId) {
		return allocate(communeId, communeCode, year, DocumentFamily.STATE, type, issuerCode, subjectType, subjectId);
	}

	/**
	 * Gives the document issued for a record (the subject) the next number of its series,
	 * or the number it already has when it was issued before (a repeated "issue"). Runs
	 * in the caller's transaction, which should be short: other documents of the same
	 * series wait for it to end.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public DocumentNumber allocate(long communeId, String communeCode, int year, DocumentFamily family,
			DocumentType type, String issuerCode, String subjectType, String subjectId) {
		String issuer = VietnameseText.nfc(issuerCode);
		Optional<DocumentNumber> issued = find(communeId, subjectType, subjectId, type, issuer);
		if (issued.isPresent()) {
			return issued.get();
		}
		Integer number = this.jdbc.queryForObject("""
				insert into document_counter (commune_id, year, type, issuer_code, last_number)
				values (?, ?, ?, ?, 1)
				on conflict (commune_id, year, type, issuer_code)
				    do update set last_number = document_counter.last_number + 1
				returning last_number
				""", Integer.class, communeId, year, type.name(), issuer);
		DocumentNumber allocated = new DocumentNumber(number, year, family, type, issuer);
		List<Long> ids = this.jdbc.queryForList("""
				insert into issued_document (commune_id, year, family, type, issuer_code, number, symbol, subject_type,
				    subject_id, issued_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (commune_id, subject_type, subject_id, type, issuer_code) do nothing
				returning id
				""", Long.class, communeId, year, family.name(), type.name(), issuer, number, allocated.symbol(),
				subjectType, subjectId, Timestamp.from(this.clock.instant()));
		if (ids.isEmpty()) {
			// Another transaction issued the same subject's document while this one
			// waited for the series: give the number back (the row is still locked by
			// this transaction, so nobody took a later one) and return that document's.
			this.jdbc.update("""
					update document_counter set last_number = last_number - 1
					where commune_id = ? and year = ? and type = ? and issuer_code = ? and last_number = ?
					""", communeId, year, type.name(), issuer, number);
			return find(communeId, subjectType, subjectId, type, issuer).orElseThrow();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("symbol", allocated.symbol());
		after.put("year", year);
		after.put("subjectType", subjectType);
		after.put("subjectId", subjectId);
		this.audit.record("document.numbered", "issued_document", ids.get(0), communeCode, null, after);
		return allocated;
	}

	private Optional<DocumentNumber> find(long communeId, String subjectType, String subjectId, DocumentType type,
			String issuerCode) {
		return this.jdbc
			.query("""
					select number, year, family from issued_document
					where commune_id = ? and subject_type = ? and subject_id = ? and type = ? and issuer_code = ?
					""",
					(rs, row) -> new DocumentNumber(rs.getInt("number"), rs.getInt("year"),
							DocumentFamily.valueOf(rs.getString("family")), type, issuerCode),
					communeId, subjectType, subjectId, type.name(), issuerCode)
			.stream()
			.findFirst();
	}

}
