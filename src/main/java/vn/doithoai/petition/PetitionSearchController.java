package vn.doithoai.petition;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.doithoai.organization.AreaView;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.organization.DepartmentView;
import vn.doithoai.organization.FieldView;
import vn.doithoai.plan.PublicConferences;
import vn.doithoai.system.NotFoundException;
import vn.doithoai.system.VietnameseDates;

/**
 * The commune's petitions for every staff role: search with filters, and the suggestions
 * shown while a petition is typed or triaged (an htmx fragment).
 */
@Controller
@RequestMapping("/staff/{commune}/petitions")
class PetitionSearchController {

	/** Text shorter than this suggests nothing yet. */
	static final int SUGGEST_FROM = 12;

	/** Text beyond this is not read for suggestions. */
	static final int SUGGEST_UP_TO = 5000;

	private final PetitionSearch search;

	private final PetitionSuggestions suggestions;

	private final CommuneDirectory directory;

	private final PublicConferences conferences;

	private final PetitionRepository petitions;

	PetitionSearchController(PetitionSearch search, PetitionSuggestions suggestions, CommuneDirectory directory,
			PublicConferences conferences, PetitionRepository petitions) {
		this.search = search;
		this.suggestions = suggestions;
		this.directory = directory;
		this.conferences = conferences;
		this.petitions = petitions;
	}

	@ModelAttribute("commune")
	CommuneInfo commune(CommuneInfo commune) {
		return commune;
	}

	@GetMapping
	String list(CommuneInfo commune, @ModelAttribute("search") SearchForm form, BindingResult binding, Model model) {
		LocalDate from = date(form.from(), "from", binding);
		LocalDate to = date(form.to(), "to", binding);
		if (from != null && to != null && to.isBefore(from)) {
			binding.rejectValue("to", "petition.search.error.dateOrder");
			to = null;
		}
		PetitionSearch.Criteria criteria = new PetitionSearch.Criteria(form.q(),
				(form.state() != null) ? Set.copyOf(form.state()) : Set.of(), form.field(), form.department(),
				form.area(), form.conference(), from, to);
		PetitionSearch.Result result = this.search.search(commune.id(), criteria,
				(form.page() != null) ? form.page() : 1);
		model.addAttribute("result", result);
		model.addAttribute("states", PetitionState.values());
		model.addAttribute("fields", this.directory.fields());
		model.addAttribute("departments", this.directory.departments(commune.id()));
		model.addAttribute("areas", this.directory.areas(commune.id()));
		model.addAttribute("conferences", this.conferences.conferences(commune.id()));
		model.addAttribute("fieldNames", fieldNames());
		model.addAttribute("departmentNames", departmentNames(this.directory.departments(commune.id())));
		model.addAttribute("areaNames", areaNames(this.directory.areas(commune.id())));
		model.addAttribute("pageBase", pageBase(commune, form));
		return "petition/list";
	}

	/**
	 * The suggestions for the text being typed ({@code content} or {@code question},
	 * leaving out the petition {@code exclude}), or for a stored petition
	 * ({@code petition}: its content, itself left out).
	 */
	@GetMapping("/suggestions")
	String suggestions(CommuneInfo commune, @RequestParam(defaultValue = "") String content,
			@RequestParam(defaultValue = "") String question, @RequestParam(required = false) Long exclude,
			@RequestParam(required = false) Long petition, Model model) {
		if (content.isBlank()) {
			// The entry forms name their text box "question".
			content = question;
		}
		if (petition != null) {
			content = this.petitions.find(commune.id(), petition).orElseThrow(NotFoundException::new).content();
			exclude = petition;
		}
		String text = (content.length() > SUGGEST_UP_TO) ? content.substring(0, SUGGEST_UP_TO) : content;
		boolean enough = text.strip().length() >= SUGGEST_FROM;
		model.addAttribute("enough", enough);
		model.addAttribute("fieldSuggestions", enough ? this.suggestions.fields(commune.id(), text) : List.of());
		model.addAttribute("similar", enough ? this.suggestions.similar(commune.id(), text, exclude, 5) : List.of());
		model.addAttribute("fieldNames", fieldNames());
		return "petition/suggestions :: suggestions";
	}

	private static LocalDate date(String text, String field, BindingResult binding) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date = VietnameseDates.parse(text);
		if (date == null) {
			binding.rejectValue(field, "petition.search.error.date");
		}
		return date;
	}

	private Map<String, String> fieldNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (FieldView field : this.directory.fields()) {
			names.put(field.code(), field.name());
		}
		return names;
	}

	private static Map<Long, String> departmentNames(List<DepartmentView> departments) {
		Map<Long, String> names = new LinkedHashMap<>();
		departments.forEach((d) -> names.put(d.id(), d.name()));
		return names;
	}

	private static Map<String, String> areaNames(List<AreaView> areas) {
		Map<String, String> names = new LinkedHashMap<>();
		areas.forEach((a) -> names.put(a.code(), a.name()));
		return names;
	}

	/**
	 * The list's address with the search and filters, to which a page number is added.
	 */
	private static String pageBase(CommuneInfo commune, SearchForm form) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/staff/{commune}/petitions");
		param(uri, "q", form.q());
		if (form.state() != null) {
			form.state().forEach((state) -> uri.queryParam("state", state.name()));
		}
		param(uri, "field", form.field());
		param(uri, "department", form.department());
		param(uri, "area", form.area());
		param(uri, "conference", form.conference());
		param(uri, "from", form.from());
		param(uri, "to", form.to());
		return uri.encode().buildAndExpand(commune.code()).toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value);
		}
	}

	/** The search box and filters of the list, as typed; all optional. */
	record SearchForm(String q, List<PetitionState> state, String field, Long department, String area, Long conference,
			String from, String to, Integer page) {
	}

}
