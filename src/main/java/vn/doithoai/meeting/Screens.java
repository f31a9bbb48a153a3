package vn.doithoai.meeting;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.doithoai.organization.AreaView;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.plan.ConferenceSessions;
import vn.doithoai.plan.ConferenceSessions.SessionConference;
import vn.doithoai.system.LiveUpdates;

/**
 * Keeps the screens in step with the record: the public display (current turn and queue,
 * names only of those who agreed to show them) and the staff consoles. What they are told
 * leaves with the transaction's commit, so a save that is rolled back tells nobody.
 */
@Component
class Screens {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final int QUEUE_SHOWN = 8;

	private final ConferenceSessions sessions;

	private final TurnRepository turns;

	private final MeetingRepository meeting;

	private final CommuneDirectory directory;

	private final LiveUpdates live;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	Screens(ConferenceSessions sessions, TurnRepository turns, MeetingRepository meeting, CommuneDirectory directory,
			LiveUpdates live, MessageSource messages, JsonMapper json, Clock clock) {
		this.sessions = sessions;
		this.turns = turns;
		this.meeting = meeting;
		this.directory = directory;
		this.live = live;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	static String displayTopic(long conferenceId) {
		return "meeting-display-" + conferenceId;
	}

	static String consoleTopic(long conferenceId) {
		return "meeting-console-" + conferenceId;
	}

	/**
	 * Tells every node's screens, once the transaction commits, to show the record anew.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void changed(long conferenceId) {
		this.live.publish(displayTopic(conferenceId));
		this.live.publish(consoleTopic(conferenceId));
	}

	/** What the consoles are told: only that the record changed, and when. */
	String consoleState() {
		return this.json.writeValueAsString(Map.of("at", this.clock.instant().toString()));
	}

	/** What the public display shows now, as JSON. */
	String display(CommuneInfo commune, long conferenceId) {
		SessionConference conference = this.sessions.find(commune.id(), conferenceId).orElseThrow();
		Map<String, String> areas = this.directory.areas(commune.id())
			.stream()
			.collect(Collectors.toMap(AreaView::code, AreaView::name));
		List<Turn> queue = this.turns.queue(commune.id(), conferenceId);
		Speaker current = null;
		List<Speaker> waiting = new ArrayList<>();
		int number = 0;
		int left = 0;
		for (Turn turn : queue) {
			number++;
			Speaker speaker = new Speaker(number, speakerLabel(turn), areas.getOrDefault(turn.areaCode(), ""));
			if (turn.status() == TurnStatus.SPEAKING) {
				current = speaker;
			}
			else if (turn.status() == TurnStatus.WAITING) {
				left++;
				if (waiting.size() < QUEUE_SHOWN) {
					waiting.add(speaker);
				}
			}
		}
		String stage = this.meeting.stages(conferenceId)
			.stream()
			.filter(MeetingRepository.Stage::running)
			.map((s) -> text("meeting.stage." + s.stage().name()))
			.findFirst()
			.orElse("");
		DisplayState state = new DisplayState(conference.title(), conference.venue(),
				text("conference.state." + conference.state().name()), stage, current, waiting, left,
				LocalTime.now(this.clock).format(DateTimeFormatter.ofPattern("HH:mm:ss")));
		return this.json.writeValueAsString(state);
	}

	private String speakerLabel(Turn turn) {
		return turn.showName() ? turn.speakerName() : text("meeting.display.citizen");
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, VIETNAMESE);
	}

	/**
	 * The public display's content: no personal data beyond names their owners agreed to
	 * show.
	 */
	record DisplayState(String title, String venue, String state, String stage, Speaker current, List<Speaker> queue,
			int waiting, String updatedAt) {
	}

	/** One speaker as the display shows them: their place in the queue, name or area. */
	record Speaker(int number, String name, String area) {
	}

}
