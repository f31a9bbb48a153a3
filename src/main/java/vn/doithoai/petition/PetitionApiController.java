package vn.doithoai.petition;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.InvalidInputException;
import vn.doithoai.system.NotFoundException;
import vn.doithoai.system.Problems;
import vn.doithoai.system.PublicWriteGuard;

/** The public petition API (DESIGN §7): register a petition, follow it by its code. */
@RestController
@Tag(name = "Ý kiến, kiến nghị")
class PetitionApiController {

	private final Petitions petitions;

	private final PublicPetitions publicPetitions;

	private final CommuneDirectory communes;

	private final MessageSource messages;

	private final PublicWriteGuard guard;

	PetitionApiController(Petitions petitions, PublicPetitions publicPetitions, CommuneDirectory communes,
			MessageSource messages, PublicWriteGuard guard) {
		this.guard = guard;
		this.petitions = petitions;
		this.publicPetitions = publicPetitions;
		this.communes = communes;
		this.messages = messages;
	}

	@PostMapping("/api/v1/public/petitions")
	@Operation(summary = "Đăng ký ý kiến, kiến nghị",
			description = "Trả về mã tra cứu và mã PIN (chỉ hiện một lần). Cùng Idempotency-Key và cùng nội dung "
					+ "cho cùng kết quả; cùng khóa với nội dung khác: 409.")
	ResponseEntity<Created> register(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@Valid @RequestBody PetitionRequest request, HttpServletRequest http) {
		CommuneInfo commune = this.communes.findByCode(request.communeCode())
			.orElseThrow(() -> new InvalidInputException("communeCode", "petition.error.unknownCommune"));
		if (key != null && (key.isBlank() || key.length() > 80)) {
			throw new InvalidInputException("Idempotency-Key", "petition.error.idempotencyKey");
		}
		String requestKey = (key != null) ? "api:" + key : null;
		this.guard.admit(http);
		Runnable admission = () -> this.guard.verify(request.altcha(), request.website());
		Petitions.Registered registered;
		try {
			registered = this.petitions.register(commune, request.registration(), Channel.ONLINE, null, requestKey,
					admission);
		}
		catch (DuplicateKeyException ex) {
			// The same key raced itself: the other request made the petition.
			registered = this.petitions.register(commune, request.registration(), Channel.ONLINE, null, requestKey,
					admission);
		}
		return ResponseEntity.created(URI.create("/api/v1/public/petitions/" + registered.trackingCode()))
			.body(new Created(registered.trackingCode(), registered.pin(), registered.state().name()));
	}

	@GetMapping("/api/v1/public/petitions/{trackingCode}")
	@Operation(summary = "Tra cứu ý kiến, kiến nghị theo mã",
			description = "Trạng thái, diễn biến và câu trả lời khi đã công khai; không có dữ liệu cá nhân.")
	Tracking track(@PathVariable String trackingCode, Locale locale) {
		PublicPetitions.Tracked tracked = this.publicPetitions.track(trackingCode, locale)
			.orElseThrow(NotFoundException::new);
		return new Tracking(tracked.trackingCode(), tracked.state().name(), tracked.submittedAt(),
				tracked.conferenceId(), tracked.due(),
				tracked.history()
					.stream()
					.map((step) -> new TrackingStep(step.state().name(), step.at(), step.note()))
					.toList(),
				tracked.question(), tracked.answer(), tracked.answeredAt());
	}

	@ExceptionHandler(IdempotencyConflictException.class)
	ProblemDetail conflict(Locale locale) {
		return Problems.of(this.messages, locale, HttpStatus.CONFLICT,
				this.messages.getMessage("petition.error.idempotencyConflict", null, locale));
	}

	/**
	 * A registration through the API; the same rules as the web form. {@code altcha} is
	 * the solved proof of work (unless switched off), {@code website} must stay empty.
	 */
	record PetitionRequest(@NotBlank(message = "{validation.required}") String communeCode, Long conferenceId,
			@NotBlank(message = "{validation.required}") @Size(max = 150,
					message = "{validation.tooLong}") String fullName,
			@Pattern(regexp = RegistrationForm.PHONE, message = "{petition.error.phone}") String phone,
			@Email(message = "{petition.error.email}") @Size(max = 254, message = "{validation.tooLong}") String email,
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.tooLong}") String address,
			String areaCode, String fieldCode,
			@NotBlank(message = "{validation.required}") @Size(max = 5000,
					message = "{validation.tooLong}") String content,
			@NotNull(message = "{petition.error.consent}") @AssertTrue(
					message = "{petition.error.consent}") Boolean consent,
			String altcha, String website) {

		Registration registration() {
			return new Registration(this.conferenceId, this.fullName, this.phone, this.email, this.address,
					this.areaCode, this.fieldCode, this.content);
		}

	}

	/** What a registration answers: the PIN is shown this once. */
	record Created(String trackingCode, String pin, String state) {
	}

	/** A petition as the public API shows it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Tracking(String trackingCode, String state, Instant submittedAt, Long conferenceId, LocalDate due,
			List<TrackingStep> history, String question, String answer, Instant answeredAt) {
	}

	/** One step of the timeline. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TrackingStep(String state, Instant at, String note) {
	}

}
