package vn.doithoai.system;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.ModelAndView;

import vn.doithoai.system.RequestSizeLimits.Limit;

/**
 * Where every error ends up: a browser gets the Vietnamese 403, 404, 413, 429 or 500
 * page; the JSON API and any other client an RFC 9457 problem with a Vietnamese detail.
 * Never a stack trace.
 */
@Controller
class ErrorPagesController implements ErrorController {

	private static final Map<Integer, String> PAGES = Map.of(403, "error/403", 404, "error/404", 413, "error/413", 429,
			"error/429", 500, "error/500");

	private final MessageSource messages;

	private final DataSize maxPublicBody;

	private final DataSize maxFile;

	private final DataSize maxUpload;

	ErrorPagesController(MessageSource messages,
			@Value("${doithoai.public.max-body-size:128KB}") DataSize maxPublicBody,
			@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFile,
			@Value("${spring.servlet.multipart.max-request-size:12MB}") DataSize maxUpload) {
		this.messages = messages;
		this.maxPublicBody = maxPublicBody;
		this.maxFile = maxFile;
		this.maxUpload = maxUpload;
	}

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		ModelAndView page = new ModelAndView(PAGES.getOrDefault(status.value(), "error"), status);
		page.addObject("status", status.value());
		// A form posted after its session ended fails the CSRF check: say so, not "no
		// permission".
		page.addObject("formExpired", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
		if (status == HttpStatus.CONTENT_TOO_LARGE) {
			page.addObject("detail", detail(request, status, locale));
		}
		return page;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		ProblemDetail problem = Problems.of(this.messages, locale, status, detail(request, status, locale));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String detail(HttpServletRequest request, HttpStatus status, Locale locale) {
		if (status == HttpStatus.CONTENT_TOO_LARGE) {
			Limit limit = exceeded(request);
			if (limit == Limit.UPLOAD) {
				return this.messages.getMessage("problem.413.upload",
						new Object[] { readable(this.maxFile), readable(this.maxUpload) }, locale);
			}
			if (limit == Limit.PUBLIC_BODY) {
				return this.messages.getMessage("problem.413.body", new Object[] { readable(this.maxPublicBody) },
						locale);
			}
		}
		String key = "problem." + status.value();
		return this.messages.getMessage(key, null, this.messages.getMessage("problem.other", null, locale), locale);
	}

	private static Limit exceeded(HttpServletRequest request) {
		if (request.getAttribute(RequestSizeLimits.EXCEEDED) instanceof Limit limit) {
			return limit;
		}
		// Uploads the dispatcher parsed itself.
		return (request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) instanceof MaxUploadSizeExceededException)
				? Limit.UPLOAD : null;
	}

	/** "10 MB", "128 KB": sizes as people read them. */
	static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + " MB";
		}
		return (bytes >= 1024 && bytes % 1024 == 0) ? size.toKilobytes() + " KB" : bytes + " B";
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
