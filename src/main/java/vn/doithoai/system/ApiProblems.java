package vn.doithoai.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the JSON API as RFC 9457 problems: a Vietnamese {@code detail} and, for bad
 * input, an {@code errors} list naming each field and what is wrong with it.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(Locale locale) {
		return Problems.of(this.messages, locale, HttpStatus.NOT_FOUND, message("problem.404", locale));
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException ex, Locale locale) {
		ProblemDetail problem = Problems.of(this.messages, locale, HttpStatus.TOO_MANY_REQUESTS,
				this.messages.getMessage("guard.error.tooMany", new Object[] { ex.retryAfterMinutes() }, locale));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		ProblemDetail problem = Problems.of(this.messages, locale, HttpStatus.BAD_REQUEST,
				message("problem.400", locale));
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getField(), this.messages.getMessage(error, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex, Locale locale) {
		return badRequest(ex.field(), message(ex.key(), locale), locale);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException ex, Locale locale) {
		return badRequest(ex.getParameterName(), message("validation.required", locale), locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		String key = (ex.getRequiredType() == java.time.LocalDate.class) ? "problem.dateFormat" : "typeMismatch";
		return badRequest(ex.getName(), message(key, locale), locale);
	}

	private ProblemDetail badRequest(String field, String fieldMessage, Locale locale) {
		ProblemDetail problem = Problems.of(this.messages, locale, HttpStatus.BAD_REQUEST,
				message("problem.400", locale) + " " + fieldMessage);
		problem.setProperty("errors", List.of(new FieldProblem(field, fieldMessage)));
		return problem;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** One field of a request and what is wrong with it. */
	record FieldProblem(String field, String message) {
	}

}
