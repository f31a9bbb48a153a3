package vn.doithoai.petition;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import vn.doithoai.document.DocumentRenderer;
import vn.doithoai.document.RegistrationSheet;
import vn.doithoai.organization.AreaView;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.organization.FieldView;
import vn.doithoai.plan.ConferenceState;
import vn.doithoai.plan.PublicConferences;
import vn.doithoai.plan.PublicConferences.PublicConference;
import vn.doithoai.system.NotFoundException;

/**
 * The printable blank registration form: area heads print it for their area, citizens may
 * print it themselves, and its QR code leads to the same form online. Always in
 * Vietnamese, like every document the commune hands out.
 */
@Controller
class BlankFormController {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final CommuneDirectory directory;

	private final PublicConferences conferences;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	private final PublicLinks links;

	BlankFormController(CommuneDirectory directory, PublicConferences conferences, DocumentRenderer renderer,
			MessageSource messages, PublicLinks links) {
		this.directory = directory;
		this.conferences = conferences;
		this.renderer = renderer;
		this.messages = messages;
		this.links = links;
	}

	@GetMapping("/staff/{commune}/petitions/blank-form.pdf")
	ResponseEntity<byte[]> forStaff(CommuneInfo commune,
			@RequestParam(name = "conference", required = false) Long conferenceId) {
		return sheet(commune, conferenceId);
	}

	@GetMapping("/xa/{code}/phieu-dang-ky.pdf")
	ResponseEntity<byte[]> forCitizens(@PathVariable String code,
			@RequestParam(name = "hoiNghi", required = false) Long conferenceId) {
		return sheet(this.directory.findByCode(code).orElseThrow(NotFoundException::new), conferenceId);
	}

	private ResponseEntity<byte[]> sheet(CommuneInfo commune, Long conferenceId) {
		PublicConference conference = (conferenceId != null) ? conference(commune, conferenceId) : null;
		String kind = text("commune.kind." + commune.kind().name());
		RegistrationSheet sheet = new RegistrationSheet(List.of(),
				text("blankForm.issuer", text("commune.kind.title." + commune.kind().name()).toUpperCase(VIETNAMESE),
						commune.name().toUpperCase(VIETNAMESE)),
				(conference != null) ? new RegistrationSheet.ConferenceDetails(conference.title(), conference.date(),
						conference.start(), conference.venue()) : null,
				(conference != null) ? conference.registrationCloses() : null,
				this.directory.areas(commune.id()).stream().map(AreaView::name).toList(),
				this.directory.fields().stream().filter(FieldView::active).map(FieldView::name).toList(),
				this.links.registrationForm(commune.code(), conferenceId).orElseThrow(),
				text("blankForm.consent", kind, commune.name()));
		String name = ((conferenceId != null)
				? text("blankForm.filenameForConference", commune.name(), conferenceId.toString())
				: text("blankForm.filename", commune.name())) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(this.renderer.pdf(sheet, this.messages, VIETNAMESE));
	}

	/**
	 * One of the commune's public conferences; a cancelled one has no questions to take.
	 */
	private PublicConference conference(CommuneInfo commune, long id) {
		return this.conferences.find(commune.id(), id)
			.filter((conference) -> conference.state() != ConferenceState.CANCELLED)
			.orElseThrow(NotFoundException::new);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, VIETNAMESE);
	}

}
