package vn.doithoai.plan;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.doithoai.document.PublishedDocuments;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.NotFoundException;

/** The public face of conferences and plans: their pages and the public JSON list. */
@Controller
@Tag(name = "Hội nghị")
class PublicConferenceController {

	private final CommuneDirectory communes;

	private final ConferenceRepository conferences;

	private final PlanRepository plans;

	private final PublicConferences publicConferences;

	private final Conferences useCases;

	private final PublishedDocuments published;

	private final MessageSource messages;

	PublicConferenceController(CommuneDirectory communes, ConferenceRepository conferences, PlanRepository plans,
			PublicConferences publicConferences, Conferences useCases, PublishedDocuments published,
			MessageSource messages) {
		this.published = published;
		this.communes = communes;
		this.conferences = conferences;
		this.plans = plans;
		this.publicConferences = publicConferences;
		this.useCases = useCases;
		this.messages = messages;
	}

	@GetMapping("/xa/{code}/hoi-nghi/{id}")
	String conference(@PathVariable String code, @PathVariable long id, Model model) {
		CommuneInfo commune = commune(code);
		Conference conference = this.conferences.find(commune.id(), id)
			.filter((found) -> found.state().isPublic())
			.orElseThrow(NotFoundException::new);
		ConferenceView view = this.useCases.toView(conference);
		model.addAttribute("commune", commune);
		model.addAttribute("conference", view);
		model.addAttribute("areas", this.communes.areas(commune.id()));
		model.addAttribute("published", this.published.of(commune.id(), Conferences.SUBJECT, String.valueOf(id)));
		model.addAttribute("loudspeaker",
				LoudspeakerText.of(commune, view, this.messages, Locale.forLanguageTag("vi")));
		return "plan/publicConference";
	}

	@GetMapping("/xa/{code}/ke-hoach/{id}")
	String plan(@PathVariable String code, @PathVariable long id, Model model) {
		CommuneInfo commune = commune(code);
		Plan plan = this.plans.find(commune.id(), id)
			.filter((found) -> found.state() == PlanState.PUBLISHED)
			.orElseThrow(NotFoundException::new);
		model.addAttribute("commune", commune);
		model.addAttribute("plan", plan);
		model.addAttribute("conferences",
				this.conferences.ofPlan(commune.id(), id)
					.stream()
					.filter((conference) -> conference.state().isPublic())
					.map(this.useCases::toView)
					.toList());
		return "plan/publicPlan";
	}

	@GetMapping("/api/v1/public/communes/{code}/conferences")
	@ResponseBody
	@Operation(summary = "Các hội nghị đối thoại đã công bố của một xã, phường")
	List<ApiConference> api(@PathVariable String code) {
		CommuneInfo commune = commune(code);
		return this.publicConferences.conferences(commune.id())
			.stream()
			.map((c) -> new ApiConference(c.id(), c.kind().name(), c.title(), c.date(), c.start(), c.end(), c.venue(),
					c.state().name(),
					c.deadlines().stream().map((d) -> new ApiDeadline(d.name(), d.due(), d.source())).toList(),
					documents(commune, c)))
			.toList();
	}

	private List<ApiDocument> documents(CommuneInfo commune, PublicConferences.PublicConference conference) {
		List<ApiDocument> documents = new java.util.ArrayList<>();
		if (conference.noticeNumber() != null) {
			documents.add(new ApiDocument("THONG_BAO", conference.noticeNumber(), conference.title(),
					"/xa/" + commune.code() + "/hoi-nghi/" + conference.id() + "/thong-bao.pdf"));
		}
		this.published.of(commune.id(), Conferences.SUBJECT, String.valueOf(conference.id()))
			.forEach((d) -> documents.add(new ApiDocument(d.type().name(), d.symbol(), d.title(), d.url())));
		return documents;
	}

	private CommuneInfo commune(String code) {
		return this.communes.findByCode(code).orElseThrow(NotFoundException::new);
	}

	/** A conference in the public API (DESIGN §7). */
	record ApiConference(long id, String kind, String title, java.time.LocalDate date, java.time.LocalTime start,
			java.time.LocalTime end, String venue, String state, List<ApiDeadline> deadlines,
			List<ApiDocument> documents) {
	}

	/** A deadline in the public API. */
	record ApiDeadline(String name, java.time.LocalDate due, String source) {
	}

	/** A published document in the public API. */
	record ApiDocument(String type, String number, String title, String url) {
	}

}
