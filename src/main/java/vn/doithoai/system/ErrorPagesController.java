package vn.doithoai.system;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where every error ends up: a browser gets the Vietnamese 403, 404 or 500 page; the JSON
 * API and any other client an RFC 9457 problem with a Vietnamese detail. Never a stack
 * trace.
 */
@Controller
class ErrorPagesController implements ErrorController {

	private static final Map<Integer, String> PAGES = Map.of(403, "error/403", 404, "error/404", 500, "error/500");

	private final MessageSource messages;

	ErrorPagesController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request) {
		HttpStatus status = status(request);
		ModelAndView page = new ModelAndView(PAGES.getOrDefault(status.value(), "error"), status);
		page.addObject("status", status.value());
		// A form posted after its session ended fails the CSRF check: say so, not "no
		// permission".
		page.addObject("formExpired", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
		return page;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		ProblemDetail problem = Problems.of(this.messages, locale, status, detail(status, locale));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String detail(HttpStatus status, Locale locale) {
		String key = "problem." + status.value();
		return this.messages.getMessage(key, null, this.messages.getMessage("problem.other", null, locale), locale);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
