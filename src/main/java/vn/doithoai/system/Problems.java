package vn.doithoai.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problems with a Vietnamese title and detail, the same wherever they are made.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(MessageSource messages, Locale locale, HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		String fallback = messages.getMessage("problem.title.other", null, locale);
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, fallback, locale));
		return problem;
	}

}
