package vn.doithoai.meeting;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.InvalidInputException;

/**
 * The chair's console: the current turn, the answer prepared for it, and one action to
 * give it to a department. It follows the secretary's console as it changes.
 */
@Controller
@RequestMapping("/staff/{commune}/conferences/{id}/chair")
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARY', 'CHAIR')")
class ChairController {

	private final LiveRecord record;

	private final LiveConferences live;

	ChairController(LiveRecord record, LiveConferences live) {
		this.record = record;
		this.live = live;
	}

	@GetMapping
	String console(CommuneInfo commune, @PathVariable long id, Model model) {
		model.addAttribute("commune", commune);
		model.addAttribute("live", this.record.view(commune, id));
		return "meeting/chair";
	}

	@PostMapping("/turns/{turnId}/assign")
	@PreAuthorize("hasAnyRole('ADMIN', 'CHAIR')")
	String assign(CommuneInfo commune, @PathVariable long id, @PathVariable long turnId,
			@RequestParam(required = false) Long departmentId, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		try {
			if (departmentId == null) {
				throw new InvalidInputException("departmentId", "meeting.missing.departmentId");
			}
			this.live.assign(commune, id, turnId, departmentId, version);
			redirect.addFlashAttribute("message", "meeting.chair.assignedNow");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.key());
		}
		catch (RecordConflictException ex) {
			redirect.addFlashAttribute("error", "meeting.chair.conflict");
		}
		return "redirect:/staff/{commune}/conferences/{id}/chair";
	}

}
