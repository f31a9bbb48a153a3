package vn.doithoai.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.doithoai.audit.AuditLogQuery.AuditFilter;

/** The administrator's view of the audit log, newest first, with filters. */
@Controller
class AuditController {

	private final AuditLogQuery query;

	AuditController(AuditLogQuery query) {
		this.query = query;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String recordType, @RequestParam(defaultValue = "") String recordId,
			@RequestParam(defaultValue = "") String commune,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditFilter filter = new AuditFilter(actor, action, recordType, recordId, commune, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("result", this.query.find(filter, Math.max(0, page)));
		return "audit/log";
	}

}
