package vn.doithoai.organization;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doithoai.organization.AdministrativeUnitImport.ImportReport;
import vn.doithoai.organization.Forms.CommuneForm;
import vn.doithoai.organization.Forms.FieldForm;
import vn.doithoai.system.DuplicateCodeException;
import vn.doithoai.system.StaleEditException;
import vn.doithoai.text.VietnameseText;

/**
 * The administrator's pages for communes, the official unit list import and the fields.
 */
@Controller
@RequestMapping("/admin")
class CommuneAdminController {

	static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

	private final CommuneDirectory directory;

	private final CommuneAdministration administration;

	private final AdministrativeUnitImport unitImport;

	CommuneAdminController(CommuneDirectory directory, CommuneAdministration administration,
			AdministrativeUnitImport unitImport) {
		this.directory = directory;
		this.administration = administration;
		this.unitImport = unitImport;
	}

	@GetMapping("/communes")
	String communes(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String province,
			Model model) {
		String key = VietnameseText.fold(q);
		List<CommuneInfo> communes = (province.isBlank() ? this.directory.all() : this.directory.inProvince(province))
			.stream()
			.filter((commune) -> key.isEmpty() || VietnameseText.fold(commune.name()).contains(key)
					|| commune.code().startsWith(key))
			.toList();
		model.addAttribute("communes", communes);
		model.addAttribute("provinces", this.directory.provinces());
		model.addAttribute("q", q);
		model.addAttribute("province", province);
		return "organization/communes";
	}

	@GetMapping("/communes/new")
	String newCommune(Model model) {
		model.addAttribute("form", CommuneForm.empty());
		return communeForm(model, null);
	}

	@PostMapping("/communes/new")
	String addCommune(@Valid @ModelAttribute("form") CommuneForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.addCommune(form);
				redirect.addFlashAttribute("message", "commune.saved");
				return "redirect:/admin/communes";
			}
			catch (DuplicateCodeException ex) {
				result.rejectValue("code", "validation.duplicateCode");
			}
		}
		return communeForm(model, null);
	}

	@GetMapping("/communes/{code}")
	String editCommune(@PathVariable String code, Model model) {
		model.addAttribute("form", this.administration.communeForm(code));
		return communeForm(model, code);
	}

	@PostMapping("/communes/{code}")
	String changeCommune(@PathVariable String code, @Valid @ModelAttribute("form") CommuneForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.administration.communeForm(code);
		if (!result.hasErrors()) {
			try {
				this.administration.changeCommune(code, form);
				redirect.addFlashAttribute("message", "commune.saved");
				return "redirect:/admin/communes";
			}
			catch (StaleEditException ex) {
				result.reject("validation.staleEdit");
			}
		}
		return communeForm(model, code);
	}

	private String communeForm(Model model, String code) {
		model.addAttribute("code", code);
		model.addAttribute("kinds", CommuneKind.values());
		model.addAttribute("provinces", this.directory.provinces());
		return "organization/communeForm";
	}

	@GetMapping("/communes/import")
	String importForm() {
		return "organization/import";
	}

	@PostMapping("/communes/import")
	String importUnits(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("error", "import.error.empty");
			return "organization/import";
		}
		if (file.getSize() > MAX_IMPORT_BYTES) {
			model.addAttribute("error", "import.error.tooLarge");
			return "organization/import";
		}
		ImportReport report = this.unitImport.importCsv(file.getBytes());
		if (report.rejectedKey() != null) {
			model.addAttribute("error", report.rejectedKey());
			return "organization/import";
		}
		model.addAttribute("report", report);
		return "organization/import";
	}

	@GetMapping("/fields")
	String fields(Model model) {
		model.addAttribute("fields", this.directory.fields());
		return "organization/fields";
	}

	@GetMapping("/fields/new")
	String newField(Model model) {
		model.addAttribute("form", FieldForm.empty());
		return fieldForm(model, null);
	}

	@PostMapping("/fields/new")
	String addField(@Valid @ModelAttribute("form") FieldForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.addField(form);
				redirect.addFlashAttribute("message", "field.saved");
				return "redirect:/admin/fields";
			}
			catch (DuplicateCodeException ex) {
				result.rejectValue("code", "validation.duplicateCode");
			}
		}
		return fieldForm(model, null);
	}

	@GetMapping("/fields/{id}")
	String editField(@PathVariable long id, Model model) {
		model.addAttribute("form", FieldForm.of(this.administration.field(id)));
		return fieldForm(model, id);
	}

	@PostMapping("/fields/{id}")
	String changeField(@PathVariable long id, @Valid @ModelAttribute("form") FieldForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.administration.field(id);
		if (!result.hasErrors()) {
			try {
				this.administration.changeField(id, form);
				redirect.addFlashAttribute("message", "field.saved");
				return "redirect:/admin/fields";
			}
			catch (StaleEditException ex) {
				result.reject("validation.staleEdit");
			}
		}
		return fieldForm(model, id);
	}

	private String fieldForm(Model model, Long id) {
		model.addAttribute("id", id);
		return "organization/fieldForm";
	}

}
