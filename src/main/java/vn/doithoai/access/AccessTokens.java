package vn.doithoai.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.system.NotFoundException;

/**
 * Personal access tokens for the JSON API. Only a SHA-256 hash is stored: the token
 * itself is shown once, when it is made. Tokens are long and random, so a plain hash
 * suffices.
 */
@Service
class AccessTokens {

	static final String PREFIX = "dt_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	private final StaffAccountRepository accounts;

	private final StaffUserDetailsService users;

	AccessTokens(JdbcTemplate jdbc, Clock clock, AuditTrail audit, StaffAccountRepository accounts,
			StaffUserDetailsService users) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.accounts = accounts;
		this.users = users;
	}

	/** Makes a token and returns it in clear, the only time it is ever seen. */
	@Transactional
	String create(StaffUser user, String name, Integer validDays) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = Instant.now(this.clock);
		Instant expires = (validDays != null) ? now.plus(Duration.ofDays(validDays)) : null;
		Long id = this.jdbc.queryForObject("""
				insert into access_token (user_id, name, token_hash, hint, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?) returning id
				""", Long.class, user.id(), name, hash(token), token.substring(0, 8), Timestamp.from(now),
				(expires != null) ? Timestamp.from(expires) : null);
		this.audit.record("token.created", "access_token", id, user.communeCode(), null,
				Map.of("name", name, "user", user.getUsername(), "expiresAt", String.valueOf(expires)));
		return token;
	}

	@Transactional(readOnly = true)
	List<TokenView> list(StaffUser user) {
		return this.jdbc.query("""
				select id, name, hint, created_at, expires_at, last_used_at, revoked_at from access_token
				where user_id = ? order by created_at desc
				""",
				(rs, i) -> new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("hint"),
						instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
						instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))),
				user.id());
	}

	/** Revokes one of the user's own tokens; another user's token is simply not found. */
	@Transactional
	void revoke(StaffUser user, long id) {
		int revoked = this.jdbc.update(
				"update access_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null",
				Timestamp.from(Instant.now(this.clock)), id, user.id());
		if (revoked == 0) {
			throw new NotFoundException();
		}
		this.audit.record("token.revoked", "access_token", id, user.communeCode(), null,
				Map.of("user", user.getUsername()));
	}

	/** The enabled user a valid, unexpired, unrevoked token belongs to. */
	@Transactional
	Optional<StaffUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		List<Long> userIds = this.jdbc.queryForList("""
				update access_token set last_used_at = ?
				where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > ?)
				returning user_id
				""", Long.class, now, hash(token), now);
		return userIds.stream()
			.findFirst()
			.flatMap(this.accounts::findById)
			.filter(StaffAccount::isEnabled)
			.map(this.users::toUser);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A token as its owner sees it in the list: never the token itself. */
	record TokenView(long id, String name, String hint, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt) {

		public boolean active(Instant now) {
			return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
		}

	}

}
