package vn.doithoai.conclusion;

import java.time.LocalDate;

import vn.doithoai.system.InvalidInputException;
import vn.doithoai.text.VietnameseText;

/**
 * The minutes of one conference: a draft in four parts that the secretary edits, then
 * final under its number, locked, its PDF kept with the SHA-256 that proves it unchanged.
 */
class Minutes {

	static final int MAX_PART = 60_000;

	private final long conferenceId;

	private final long communeId;

	private Parts parts;

	private String symbol;

	private LocalDate finalisedOn;

	private String finalisedBy;

	private String sha256;

	private final int version;

	Minutes(long conferenceId, long communeId, Parts parts, String symbol, LocalDate finalisedOn, String finalisedBy,
			String sha256, int version) {
		this.conferenceId = conferenceId;
		this.communeId = communeId;
		this.parts = parts;
		this.symbol = symbol;
		this.finalisedOn = finalisedOn;
		this.finalisedBy = finalisedBy;
		this.sha256 = sha256;
		this.version = version;
	}

	/** Replaces the draft's text; a final record is never edited. */
	void edit(Parts parts) {
		requireDraft();
		this.parts = parts;
	}

	/** Locks the minutes under their number; their PDF's fingerprint is kept. */
	void finalise(String symbol, LocalDate on, String by, String sha256) {
		requireDraft();
		this.symbol = symbol;
		this.finalisedOn = on;
		this.finalisedBy = by;
		this.sha256 = sha256;
	}

	public boolean isFinal() {
		return this.symbol != null;
	}

	private void requireDraft() {
		if (isFinal()) {
			throw new InvalidInputException("minutes", "minutes.error.final");
		}
	}

	public long conferenceId() {
		return this.conferenceId;
	}

	public long communeId() {
		return this.communeId;
	}

	public Parts parts() {
		return this.parts;
	}

	public String symbol() {
		return this.symbol;
	}

	public LocalDate finalisedOn() {
		return this.finalisedOn;
	}

	public String finalisedBy() {
		return this.finalisedBy;
	}

	public String sha256() {
		return this.sha256;
	}

	public int version() {
		return this.version;
	}

	/**
	 * What the minutes say, part by part: who signs as secretary and as chair, time and
	 * place, composition and attendance, the proceedings (every exchange), the
	 * conclusions.
	 */
	record Parts(String secretaryName, String chairName, String timeAndPlace, String composition, String proceedings,
			String conclusions) {

		Parts {
			secretaryName = required(secretaryName, 150, "secretaryName");
			chairName = required(chairName, 150, "chairName");
			timeAndPlace = required(timeAndPlace, MAX_PART, "timeAndPlace");
			composition = required(composition, MAX_PART, "composition");
			proceedings = required(proceedings, MAX_PART, "proceedings");
			conclusions = required(conclusions, MAX_PART, "conclusions");
		}

		static String required(String value, int max, String field) {
			String text = (value == null) ? "" : VietnameseText.nfc(value).strip();
			if (text.isEmpty()) {
				throw new InvalidInputException(field, "minutes.error.required");
			}
			if (text.length() > max) {
				throw new InvalidInputException(field, "minutes.error.tooLong");
			}
			return text;
		}

	}

}
