package vn.doithoai.document;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents a commune has published on its portal, by the record they belong to (a
 * conference's conclusion notice …): the module that issues a document publishes it here,
 * the portal lists them without knowing that module.
 */
@Service
public class PublishedDocuments {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PublishedDocuments(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Publishes a document once; publishing it again changes nothing. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(long communeId, String subjectType, String subjectId, DocumentType type, String symbol,
			String title, String url) {
		this.jdbc.update("""
				insert into published_document (commune_id, subject_type, subject_id, type, symbol, title, url,
				    published_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (commune_id, subject_type, subject_id, type) do nothing
				""", communeId, subjectType, subjectId, type.name(), symbol, title, url,
				Timestamp.from(this.clock.instant()));
	}

	/** What is published for one record, in the order it was published. */
	public List<Published> of(long communeId, String subjectType, String subjectId) {
		return this.jdbc.query("""
				select type, symbol, title, url from published_document
				where commune_id = ? and subject_type = ? and subject_id = ? order by published_at, id
				""", (rs, i) -> new Published(DocumentType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
				rs.getString(4)), communeId, subjectType, subjectId);
	}

	/** A published document: its type, number and symbol, title and address. */
	public record Published(DocumentType type, String symbol, String title, String url) {
	}

}
