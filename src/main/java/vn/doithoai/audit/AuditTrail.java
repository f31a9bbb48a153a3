package vn.doithoai.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a staff change in the audit log. Must be called inside the transaction that
 * makes the change, so that the change and its record commit or roll back together.
 */
@Service
public class AuditTrail {

	static final String SYSTEM_ACTOR = "system";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Appends one record: the action (e.g. {@code area.created}), the record it touched,
	 * its commune's code (null for deployment-wide data) and its state before and after
	 * (null when absent).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String recordType, Object recordId, String communeCode, Object before,
			Object after) {
		this.jdbc.update("""
				insert into audit_event (occurred_at, actor, commune_code, action, record_type, record_id,
				    before_state, after_state)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
				""", Timestamp.from(Instant.now(this.clock)), currentActor(), communeCode, action, recordType,
				(recordId != null) ? recordId.toString() : null, toJson(before), toJson(after));
	}

	private String toJson(Object state) {
		return (state != null) ? this.json.writeValueAsString(state) : null;
	}

	/** Who is acting now: the signed-in user's name, or the system for scheduled work. */
	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : SYSTEM_ACTOR;
	}

}
