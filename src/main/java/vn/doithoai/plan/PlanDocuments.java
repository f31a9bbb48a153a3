package vn.doithoai.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.document.Block;
import vn.doithoai.document.DocumentFamily;
import vn.doithoai.document.DocumentNumber;
import vn.doithoai.document.DocumentType;
import vn.doithoai.document.OfficialDocument;
import vn.doithoai.document.Signer;
import vn.doithoai.organization.CommuneInfo;

/**
 * The official documents of this module: the KẾ HOẠCH of a plan and the THÔNG BÁO of a
 * conference, built from what the secretary wrote. Documents are always in Vietnamese.
 */
@Component
class PlanDocuments {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final PlanNumbering numbering;

	private final MessageSource messages;

	PlanDocuments(PlanNumbering numbering, MessageSource messages) {
		this.numbering = numbering;
		this.messages = messages;
	}

	/**
	 * The plan as a KẾ HOẠCH: numbered and dated once approved, with blanks while a
	 * draft.
	 */
	@Transactional
	OfficialDocument plan(CommuneInfo commune, Plan plan) {
		Plan.Content c = plan.content();
		DocumentNumber number = (plan.state() != PlanState.DRAFT)
				? this.numbering.number(commune, plan, plan.issuedDate()) : null;
		List<Block> body = new ArrayList<>();
		c.introduction().forEach((text) -> body.add(new Block.Paragraph(text)));
		body.add(new Block.Heading(1, text("doc.plan.aims")));
		body.add(new Block.Heading(2, text("doc.plan.purposes")));
		body.add(new Block.Bullets(c.purposes()));
		body.add(new Block.Heading(2, text("doc.plan.requirements")));
		body.add(new Block.Bullets(c.requirements()));
		body.add(new Block.Heading(1, text("doc.plan.content")));
		groups(c.content(), body, false);
		lead(body, "doc.plan.scope", c.scope());
		lead(body, "doc.plan.form", c.form());
		if (!c.participants().isEmpty()) {
			body.add(new Block.Paragraph(text("doc.plan.participants"), ""));
			body.add(new Block.Bullets(c.participants()));
		}
		lead(body, "doc.plan.budget", c.budget());
		body.add(new Block.Heading(1, text("doc.plan.implementation")));
		groups(c.duties(), body, true);
		if (!c.closing().isBlank()) {
			body.add(new Block.Paragraph(c.closing()));
		}
		return new OfficialDocument(PlanNumbering.family(c.issuer()), c.parentIssuer(), c.issuerName(),
				PlanNumbering.issuerCode(c.issuer()), number, c.place(), (number != null) ? plan.issuedDate() : null,
				DocumentType.KE_HOACH, c.summary(), body,
				new Signer(c.signerAuthority(), c.signerTitle(), c.signerName()), c.recipients());
	}

	/** The conference's THÔNG BÁO, numbered when it was announced. */
	@Transactional
	OfficialDocument notice(CommuneInfo commune, ConferenceView conference, Plan plan, String fallbackSigner) {
		Conference.Details d = conference.details();
		LocalDate issued = conference.announcedOn();
		DocumentNumber number = this.numbering.noticeNumber(commune, conference.id(), issued);
		StateIssuer stateIssuer = stateIssuer(commune, plan);
		String issuer = stateIssuer.name();
		List<String> parent = stateIssuer.parents();
		List<Block> body = new ArrayList<>();
		String unit = this.messages.getMessage("commune.kind." + commune.kind().name(), null, VIETNAMESE) + " "
				+ commune.name();
		body.add(new Block.Paragraph(text("doc.notice.opening", unit, d.title())));
		body.add(new Block.Paragraph(text("doc.notice.when"),
				text("doc.notice.whenValue", d.start().format(DateTimeFormatter.ofPattern("H")),
						d.start().format(DateTimeFormatter.ofPattern("mm")),
						text("weekday." + d.date().getDayOfWeek().getValue()),
						d.date().format(DateTimeFormatter.ofPattern("dd/MM/uuuu")))));
		body.add(new Block.Paragraph(text("doc.notice.venue"), d.venue()));
		if (!d.chair().isBlank()) {
			body.add(new Block.Paragraph(text("doc.notice.chair"),
					d.chair() + (d.coChairs().isEmpty() ? "" : "; " + String.join("; ", d.coChairs()))));
		}
		if (!d.participants().isEmpty() || !d.audience().isEmpty()) {
			List<String> who = new ArrayList<>(d.participants());
			who.addAll(d.audience());
			body.add(new Block.Paragraph(text("doc.notice.participants"), String.join("; ", who)));
		}
		if (!d.topics().isEmpty()) {
			body.add(new Block.Paragraph(text("doc.notice.topics"), ""));
			body.add(new Block.Bullets(d.topics()));
		}
		body.add(new Block.Paragraph(text("doc.notice.register"), text("doc.notice.registerValue",
				conference.registrationCloses().format(DateTimeFormatter.ofPattern("dd/MM/uuuu")))));
		Signer signer = (plan != null && plan.content().issuer() == Plan.Issuer.UBND)
				? new Signer(plan.content().signerAuthority(), plan.content().signerTitle(),
						plan.content().signerName())
				: new Signer(List.of(text("doc.notice.authority")), text("doc.notice.title"), fallbackSigner);
		return new OfficialDocument(DocumentFamily.STATE, parent, issuer, PlanNumbering.issuerCode(Plan.Issuer.UBND),
				number, (plan != null) ? plan.content().place() : commune.name(), issued, DocumentType.THONG_BAO,
				text("doc.notice.summary", d.title()), body, signer, List.of(text("doc.notice.recipientAreas"),
						text("doc.notice.recipientBoard"), text("doc.notice.archive")));
	}

	/**
	 * The People's Committee issuing a conference's documents: the plan's issuer when the
	 * committee issued the plan, else the commune's committee by its name.
	 */
	StateIssuer stateIssuer(CommuneInfo commune, Plan plan) {
		if (plan != null && plan.content().issuer() == Plan.Issuer.UBND) {
			return new StateIssuer(plan.content().parentIssuer(), plan.content().issuerName());
		}
		String kind = this.messages.getMessage("commune.kind.title." + commune.kind().name(), null, VIETNAMESE);
		return new StateIssuer(List.of(),
				text("doc.notice.issuer", kind.toUpperCase(VIETNAMESE), commune.name().toUpperCase(VIETNAMESE)));
	}

	/** A state body issuing documents, with the bodies above it (one line each). */
	record StateIssuer(List<String> parents, String name) {
	}

	/**
	 * "Heading" lines become headings, "- item" lines paragraphs under them; units of the
	 * implementation section are numbered unless the secretary numbered them.
	 */
	private static void groups(String text, List<Block> body, boolean number) {
		int n = 0;
		for (Lines.Group group : Lines.groups(text)) {
			if (!group.heading().isEmpty()) {
				n++;
				boolean numbered = !number || Character.isDigit(group.heading().charAt(0));
				body.add(new Block.Heading(2, numbered ? group.heading() : n + ". " + group.heading()));
			}
			group.items().forEach((item) -> body.add(new Block.Paragraph(item)));
		}
	}

	private void lead(List<Block> body, String key, String text) {
		if (text != null && !text.isBlank()) {
			body.add(new Block.Paragraph(text(key), text));
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, VIETNAMESE);
	}

}
