package vn.doithoai.notify;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's view of outgoing messages (under /admin: administrators only). */
@Controller
@RequestMapping("/admin/outbox")
class OutboxAdminController {

	private final OutboxAdministration outbox;

	private final OutboxSender sender;

	OutboxAdminController(OutboxAdministration outbox, OutboxSender sender) {
		this.outbox = outbox;
		this.sender = sender;
	}

	@GetMapping
	String list(@RequestParam(required = false) MessageState state, Model model) {
		model.addAttribute("mailConfigured", this.sender.mailConfigured());
		model.addAttribute("webhookConfigured", this.sender.webhookConfigured());
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("state", state);
		model.addAttribute("states", MessageState.values());
		model.addAttribute("messages", this.outbox.recent(state));
		model.addAttribute("limit", OutboxAdministration.RECENT);
		return "notify/outbox";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		this.outbox.retry(id);
		redirect.addFlashAttribute("message", "outbox.retried");
		return "redirect:/admin/outbox";
	}

}
