package vn.doithoai.petition;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.doithoai.system.InvalidInputException;

/**
 * The scanned originals of paper petitions: PDF, JPEG or PNG up to 10 MB, the type told
 * by the file's first bytes, never by its name or the browser's word.
 */
@Repository
class Attachments {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private final JdbcTemplate jdbc;

	Attachments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The media type the content shows, or a bad-input error naming {@code field}. */
	static String mediaTypeOf(byte[] bytes, String field) {
		if (bytes.length > MAX_BYTES) {
			throw new InvalidInputException(field, "petition.error.scanTooBig");
		}
		if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) {
			return "application/pdf";
		}
		if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
			return "image/png";
		}
		if (startsWith(bytes, 0xff, 0xd8, 0xff)) {
			return "image/jpeg";
		}
		throw new InvalidInputException(field, "petition.error.scanType");
	}

	private static boolean startsWith(byte[] bytes, int... magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((bytes[i] & 0xff) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	void add(long petitionId, String fileName, String mediaType, byte[] bytes) {
		this.jdbc.update(
				"insert into petition_attachment (petition_id, file_name, media_type, size_bytes, bytes) values (?, ?, ?, ?, ?)",
				petitionId, fileName, mediaType, bytes.length, bytes);
	}

	List<Meta> of(long petitionId) {
		return this.jdbc.query(
				"select id, file_name, media_type, size_bytes from petition_attachment where petition_id = ? order by id",
				(rs, i) -> new Meta(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"),
						rs.getInt("size_bytes")),
				petitionId);
	}

	Optional<Stored> find(long petitionId, long id) {
		return this.jdbc
			.query("select file_name, media_type, bytes from petition_attachment where petition_id = ? and id = ?",
					(rs, i) -> new Stored(rs.getString("file_name"), rs.getString("media_type"), rs.getBytes("bytes")),
					petitionId, id)
			.stream()
			.findFirst();
	}

	/** What a page lists of an attachment. */
	record Meta(long id, String fileName, String mediaType, int size) {
	}

	/** An attachment with its content. */
	record Stored(String fileName, String mediaType, byte[] bytes) {
	}

}
