package vn.doithoai.plan;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.doithoai.document.DocumentRenderer;
import vn.doithoai.document.OfficialDocument;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.organization.OfficialView;
import vn.doithoai.system.NotFoundException;

/** The plan's and notices' documents as PDF and DOCX, and the loudspeaker text. */
@Controller
class PlanDocumentController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final Plans plans;

	private final PlanRepository planRepository;

	private final Conferences conferences;

	private final ConferenceRepository conferenceRepository;

	private final PlanDocuments documents;

	private final DocumentRenderer renderer;

	private final CommuneDirectory directory;

	private final MessageSource messages;

	PlanDocumentController(Plans plans, PlanRepository planRepository, Conferences conferences,
			ConferenceRepository conferenceRepository, PlanDocuments documents, DocumentRenderer renderer,
			CommuneDirectory directory, MessageSource messages) {
		this.plans = plans;
		this.planRepository = planRepository;
		this.conferences = conferences;
		this.conferenceRepository = conferenceRepository;
		this.documents = documents;
		this.renderer = renderer;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/staff/{commune}/plans/{id}/ke-hoach.pdf")
	ResponseEntity<byte[]> planPdf(CommuneInfo commune, @PathVariable long id) {
		return pdf(this.documents.plan(commune, this.plans.plan(commune, id)), "ke-hoach-" + id);
	}

	@GetMapping("/staff/{commune}/plans/{id}/ke-hoach.docx")
	ResponseEntity<byte[]> planDocx(CommuneInfo commune, @PathVariable long id) {
		return docx(this.documents.plan(commune, this.plans.plan(commune, id)), "ke-hoach-" + id);
	}

	@GetMapping("/staff/{commune}/conferences/{id}/thong-bao.pdf")
	ResponseEntity<byte[]> noticePdf(CommuneInfo commune, @PathVariable long id) {
		return pdf(notice(commune, this.conferences.view(commune, id)), "thong-bao-" + id);
	}

	@GetMapping("/staff/{commune}/conferences/{id}/thong-bao.docx")
	ResponseEntity<byte[]> noticeDocx(CommuneInfo commune, @PathVariable long id) {
		return docx(notice(commune, this.conferences.view(commune, id)), "thong-bao-" + id);
	}

	@GetMapping("/staff/{commune}/conferences/{id}/loa")
	String loudspeaker(CommuneInfo commune, @PathVariable long id, Model model) {
		ConferenceView conference = this.conferences.view(commune, id);
		if (!conference.state().isPublic()) {
			throw new NotFoundException();
		}
		model.addAttribute("commune", commune);
		model.addAttribute("conference", conference);
		model.addAttribute("text", LoudspeakerText.of(commune, conference, this.messages, Locale.forLanguageTag("vi")));
		return "plan/loudspeaker";
	}

	@GetMapping("/xa/{code}/ke-hoach/{id}/ke-hoach.pdf")
	ResponseEntity<byte[]> publicPlanPdf(@PathVariable String code, @PathVariable long id) {
		CommuneInfo commune = this.directory.findByCode(code).orElseThrow(NotFoundException::new);
		Plan plan = this.planRepository.find(commune.id(), id)
			.filter((found) -> found.state() == PlanState.PUBLISHED)
			.orElseThrow(NotFoundException::new);
		return pdf(this.documents.plan(commune, plan), "ke-hoach-" + id);
	}

	@GetMapping("/xa/{code}/hoi-nghi/{id}/thong-bao.pdf")
	ResponseEntity<byte[]> publicNoticePdf(@PathVariable String code, @PathVariable long id) {
		CommuneInfo commune = this.directory.findByCode(code).orElseThrow(NotFoundException::new);
		Conference conference = this.conferenceRepository.find(commune.id(), id)
			.filter((found) -> found.state().isPublic())
			.orElseThrow(NotFoundException::new);
		return pdf(notice(commune, this.conferences.toView(conference)), "thong-bao-" + id);
	}

	private OfficialDocument notice(CommuneInfo commune, ConferenceView conference) {
		if (conference.noticeSymbol() == null) {
			throw new NotFoundException();
		}
		Plan plan = (conference.planId() != null)
				? this.planRepository.find(commune.id(), conference.planId()).orElse(null) : null;
		String chair = this.directory.officials(commune.id())
			.stream()
			.filter((official) -> official.title().startsWith("Chủ tịch"))
			.map(OfficialView::name)
			.map(vn.doithoai.text.PersonName::full)
			.findFirst()
			.orElse("");
		return this.documents.notice(commune, conference, plan, chair);
	}

	private ResponseEntity<byte[]> pdf(OfficialDocument document, String name) {
		return file(this.renderer.pdf(document), MediaType.APPLICATION_PDF, name + ".pdf");
	}

	private ResponseEntity<byte[]> docx(OfficialDocument document, String name) {
		return file(this.renderer.docx(document), DOCX, name + ".docx");
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

}
