package vn.doithoai.organization;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.doithoai.organization.Forms.AreaForm;
import vn.doithoai.organization.Forms.DepartmentForm;
import vn.doithoai.organization.Forms.OfficialForm;
import vn.doithoai.system.StaffRoles;
import vn.doithoai.system.DuplicateCodeException;
import vn.doithoai.system.StaleEditException;

/** The pages where a commune's areas, departments and officials are listed and kept. */
@Controller
@RequestMapping("/staff/{commune}")
class CommuneStructureController {

	private final CommuneDirectory directory;

	private final CommuneStructure structure;

	CommuneStructureController(CommuneDirectory directory, CommuneStructure structure) {
		this.directory = directory;
		this.structure = structure;
	}

	@ModelAttribute("commune")
	CommuneInfo commune(CommuneInfo commune) {
		return commune;
	}

	@GetMapping("/areas")
	String areas(CommuneInfo commune, Model model) {
		model.addAttribute("areas", this.directory.areas(commune.id()));
		return "organization/areas";
	}

	@GetMapping("/areas/new")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String newArea(Model model) {
		model.addAttribute("form", AreaForm.empty());
		return areaForm(model, null);
	}

	@PostMapping("/areas/new")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String addArea(CommuneInfo commune, @Valid @ModelAttribute("form") AreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.structure.addArea(commune, form);
				redirect.addFlashAttribute("message", "area.saved");
				return "redirect:/staff/{commune}/areas";
			}
			catch (DuplicateCodeException ex) {
				result.rejectValue("code", "validation.duplicateCode");
			}
		}
		return areaForm(model, null);
	}

	@GetMapping("/areas/{id}")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String editArea(CommuneInfo commune, @PathVariable long id, Model model) {
		model.addAttribute("form", AreaForm.of(this.structure.area(commune, id)));
		return areaForm(model, id);
	}

	@PostMapping("/areas/{id}")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String changeArea(CommuneInfo commune, @PathVariable long id, @Valid @ModelAttribute("form") AreaForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.structure.area(commune, id);
		if (!result.hasErrors()) {
			try {
				this.structure.changeArea(commune, id, form);
				redirect.addFlashAttribute("message", "area.saved");
				return "redirect:/staff/{commune}/areas";
			}
			catch (DuplicateCodeException ex) {
				result.rejectValue("code", "validation.duplicateCode");
			}
			catch (StaleEditException ex) {
				result.reject("validation.staleEdit");
			}
		}
		return areaForm(model, id);
	}

	private String areaForm(Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("kinds", AreaKind.values());
		return "organization/areaForm";
	}

	@GetMapping("/departments")
	String departments(CommuneInfo commune, Model model) {
		model.addAttribute("departments", this.directory.departments(commune.id()));
		return "organization/departments";
	}

	@GetMapping("/departments/new")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String newDepartment(Model model) {
		model.addAttribute("form", DepartmentForm.empty());
		return departmentForm(model, null);
	}

	@PostMapping("/departments/new")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String addDepartment(CommuneInfo commune, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.structure.addDepartment(commune, form);
				redirect.addFlashAttribute("message", "department.saved");
				return "redirect:/staff/{commune}/departments";
			}
			catch (DuplicateCodeException ex) {
				result.rejectValue("code", "validation.duplicateCode");
			}
		}
		return departmentForm(model, null);
	}

	@GetMapping("/departments/{id}")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String editDepartment(CommuneInfo commune, @PathVariable long id, Model model) {
		model.addAttribute("form", DepartmentForm.of(this.structure.department(commune, id)));
		return departmentForm(model, id);
	}

	@PostMapping("/departments/{id}")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String changeDepartment(CommuneInfo commune, @PathVariable long id,
			@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.structure.department(commune, id);
		if (!result.hasErrors()) {
			try {
				this.structure.changeDepartment(commune, id, form);
				redirect.addFlashAttribute("message", "department.saved");
				return "redirect:/staff/{commune}/departments";
			}
			catch (DuplicateCodeException ex) {
				result.rejectValue("code", "validation.duplicateCode");
			}
			catch (StaleEditException ex) {
				result.reject("validation.staleEdit");
			}
		}
		return departmentForm(model, id);
	}

	private String departmentForm(Model model, Long id) {
		model.addAttribute("id", id);
		return "organization/departmentForm";
	}

	@GetMapping("/officials")
	String officials(CommuneInfo commune, Model model) {
		model.addAttribute("officials", this.directory.officials(commune.id()));
		model.addAttribute("departments", this.directory.departments(commune.id()));
		model.addAttribute("areas", this.directory.areas(commune.id()));
		return "organization/officials";
	}

	@GetMapping("/officials/new")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String newOfficial(CommuneInfo commune, Model model) {
		model.addAttribute("form", OfficialForm.empty());
		return officialForm(commune, model, null);
	}

	@PostMapping("/officials/new")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String addOfficial(CommuneInfo commune, @Valid @ModelAttribute("form") OfficialForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			this.structure.addOfficial(commune, form);
			redirect.addFlashAttribute("message", "official.saved");
			return "redirect:/staff/{commune}/officials";
		}
		return officialForm(commune, model, null);
	}

	@GetMapping("/officials/{id}")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String editOfficial(CommuneInfo commune, @PathVariable long id, Model model) {
		model.addAttribute("form", OfficialForm.of(this.structure.official(commune, id)));
		return officialForm(commune, model, id);
	}

	@PostMapping("/officials/{id}")
	@PreAuthorize(StaffRoles.COMMUNE_EDITORS)
	String changeOfficial(CommuneInfo commune, @PathVariable long id, @Valid @ModelAttribute("form") OfficialForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.structure.official(commune, id);
		if (!result.hasErrors()) {
			try {
				this.structure.changeOfficial(commune, id, form);
				redirect.addFlashAttribute("message", "official.saved");
				return "redirect:/staff/{commune}/officials";
			}
			catch (StaleEditException ex) {
				result.reject("validation.staleEdit");
			}
		}
		return officialForm(commune, model, id);
	}

	private String officialForm(CommuneInfo commune, Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("departments", this.directory.departments(commune.id()));
		model.addAttribute("areas", this.directory.areas(commune.id()));
		return "organization/officialForm";
	}

}
