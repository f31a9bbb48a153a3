package vn.doithoai.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.organization.CommuneInfo;

/** The live record of a conference, for the modules that write its documents. */
@Service
public class MeetingRecords {

	private final TurnRepository turns;

	private final MeetingRepository meeting;

	private final LiveConferences live;

	MeetingRecords(TurnRepository turns, MeetingRepository meeting, LiveConferences live) {
		this.turns = turns;
		this.meeting = meeting;
		this.live = live;
	}

	/** The record as it stands (empty lists when the conference never started). */
	@Transactional(readOnly = true)
	public MeetingRecord of(CommuneInfo commune, long conferenceId) {
		List<Attendee> attendees = this.meeting.attendees(commune.id(), conferenceId);
		Map<String, Integer> attendance = new LinkedHashMap<>();
		attendance.put("REGISTERED", count(attendees, Attendee.Kind.REGISTERED));
		attendance.put("WALK_IN", count(attendees, Attendee.Kind.WALK_IN));
		this.meeting.headcounts(conferenceId).forEach((group, n) -> attendance.put(group.name(), n));
		List<MeetingRecord.StageRecord> stages = this.meeting.stages(conferenceId)
			.stream()
			.map((s) -> new MeetingRecord.StageRecord(s.stage(), s.startedAt(), s.endedAt(), s.notes()))
			.toList();
		List<MeetingRecord.Exchange> exchanges = new ArrayList<>();
		boolean dueByRule = this.live.dueSetAtConclusion(commune);
		int number = 0;
		for (Turn t : this.turns.queue(commune.id(), conferenceId)) {
			Turn.Content c = t.content();
			exchanges.add(new MeetingRecord.Exchange(++number, t.petitionId(), t.speakerName(), t.areaCode(),
					t.showName(), t.walkIn(), t.startedAt() != null, c.question(), c.answeredBy(), c.answer(),
					c.outcome(), c.departmentId(), c.task(), c.dueDate(), c.agency(), c.note(), c.exchange(),
					t.startedAt(), t.endedAt(), t.missing(dueByRule)));
		}
		return new MeetingRecord(conferenceId, attendance, count(attendees, Attendee.Kind.REFUSED), stages, exchanges);
	}

	private static int count(List<Attendee> attendees, Attendee.Kind kind) {
		return (int) attendees.stream().filter((a) -> a.kind() == kind).count();
	}

}
