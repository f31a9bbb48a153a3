package vn.doithoai.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A conference's live record as the minutes and the conclusion read it.
 *
 * @param attendance how many came, by group: the registered citizens checked in, those
 * who came to speak without registering, and the groups counted at the door
 * @param refused how many were refused entry (Luật Tiếp công dân, Điều 9)
 * @param stages the agenda as it ran, in programme order, with the secretary's notes
 * @param exchanges every turn of the queue in speaking order, spoken or not
 */
public record MeetingRecord(long conferenceId, Map<String, Integer> attendance, int refused, List<StageRecord> stages,
		List<Exchange> exchanges) {

	/** Everyone in the hall. */
	public int present() {
		return this.attendance.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** One part of the agenda: when it started and ended, and its notes. */
	public record StageRecord(AgendaStage stage, Instant startedAt, Instant endedAt, String notes) {
	}

	/**
	 * One turn: who spoke (a name only with its owner's consent for public use, see
	 * {@code showName}), the question as spoken, who answered and what, the outcome and
	 * what it needs, the further exchange.
	 *
	 * @param spoken whether the speaker had the floor (a registered question not reached
	 * still needs an outcome)
	 * @param missing what the outcome still lacks (field names), empty when complete
	 */
	public record Exchange(int number, long petitionId, String speakerName, String areaCode, boolean showName,
			boolean walkIn, boolean spoken, String question, String answeredBy, String answer, TurnOutcome outcome,
			Long departmentId, String task, LocalDate dueDate, String agency, String note, String exchange,
			Instant startedAt, Instant endedAt, List<String> missing) {
	}

}
