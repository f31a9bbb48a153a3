package vn.doithoai.meeting;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.plan.ConferenceSessions;
import vn.doithoai.plan.ConferenceSessions.SessionConference;
import vn.doithoai.system.LiveUpdates;
import vn.doithoai.system.NotFoundException;

/**
 * The public display, for a projector in the hall or a phone: the current turn and the
 * queue, updated live; names only of those who agreed to show them.
 */
@Controller
class DisplayController {

	private final CommuneDirectory communes;

	private final ConferenceSessions sessions;

	private final Screens screens;

	private final LiveUpdates updates;

	DisplayController(CommuneDirectory communes, ConferenceSessions sessions, Screens screens, LiveUpdates updates) {
		this.communes = communes;
		this.sessions = sessions;
		this.screens = screens;
		this.updates = updates;
	}

	@GetMapping("/xa/{code}/hoi-nghi/{id}/man-hinh")
	String display(@PathVariable String code, @PathVariable long id, Model model) {
		CommuneInfo commune = commune(code);
		model.addAttribute("commune", commune);
		model.addAttribute("conference", conference(commune, id));
		model.addAttribute("initial", this.screens.display(commune, id));
		return "meeting/display";
	}

	@GetMapping(path = "/xa/{code}/hoi-nghi/{id}/man-hinh/su-kien", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable String code, @PathVariable long id) {
		CommuneInfo commune = commune(code);
		conference(commune, id);
		return this.updates.subscribe(Screens.displayTopic(id), () -> this.screens.display(commune, id));
	}

	private SessionConference conference(CommuneInfo commune, long id) {
		return this.sessions.find(commune.id(), id)
			.filter((c) -> c.state().isPublic())
			.orElseThrow(NotFoundException::new);
	}

	private CommuneInfo commune(String code) {
		return this.communes.findByCode(code).orElseThrow(NotFoundException::new);
	}

}
