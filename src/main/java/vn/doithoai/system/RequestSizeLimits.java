package vn.doithoai.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;

/**
 * Size limits, checked before anything reads the request. A public write (a POST under
 * {@code /api/v1/public/} or {@code /xa/}) that is not an upload may carry at most
 * {@code doithoai.public.max-body-size}, and must say its length up front. An upload
 * (multipart) anywhere is held to {@code spring.servlet.multipart.*}; it is parsed here,
 * before Spring Security reads the CSRF token from it, so that a file too large is
 * answered as such rather than as whatever the first reader makes of a failed parse.
 * Either way the answer is a 413 error page or problem that says which limit.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimits {

	/** Tells the error page which limit a 413 is about: {@link Limit}. */
	static final String EXCEEDED = RequestSizeLimits.class.getName() + ".EXCEEDED";

	/** The limits a request can exceed. */
	enum Limit {

		/** A public write's body. */
		PUBLIC_BODY,

		/** An upload's file or whole request. */
		UPLOAD

	}

	@Bean
	FilterRegistrationBean<Filter> requestSizeLimitFilter(MultipartResolver multipartResolver,
			@Value("${doithoai.public.max-body-size:128KB}") DataSize maxPublicBody) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new Filter(multipartResolver, maxPublicBody.toBytes()));
		// Early, before Spring Security, but after the character encoding is set.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final MultipartResolver multipartResolver;

		private final long maxPublicBody;

		Filter(MultipartResolver multipartResolver, long maxPublicBody) {
			this.multipartResolver = multipartResolver;
			this.maxPublicBody = maxPublicBody;
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getDispatcherType() == DispatcherType.ERROR) {
				// The error page of a refused upload must not touch its parts: the
				// container would throw the same failure again.
				chain.doFilter((request.getAttribute(EXCEEDED) == Limit.UPLOAD) ? new WithoutBody(request) : request,
						response);
				return;
			}
			if (!sendsBody(request)) {
				chain.doFilter(request, response);
				return;
			}
			if (this.multipartResolver.isMultipart(request)) {
				if (overLimits(request)) {
					tooLarge(request, response, Limit.UPLOAD);
					return;
				}
			}
			else if (publicPath(request)) {
				long length = request.getContentLengthLong();
				if (length > this.maxPublicBody) {
					tooLarge(request, response, Limit.PUBLIC_BODY);
					return;
				}
				if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
					// A body of unknown length could only be measured by reading it.
					response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
					return;
				}
			}
			chain.doFilter(request, response);
		}

		// The container checks the declared length before reading, then each part, and
		// keeps the parts (or the failure) for whoever asks next.
		private boolean overLimits(HttpServletRequest request) {
			try {
				this.multipartResolver.resolveMultipart(request);
				return false;
			}
			catch (MaxUploadSizeExceededException ex) {
				return true;
			}
			catch (MultipartException ex) {
				// Not about size: left to the handler, which meets the same failure.
				return false;
			}
		}

		private static boolean sendsBody(HttpServletRequest request) {
			return HttpMethod.POST.matches(request.getMethod()) || HttpMethod.PUT.matches(request.getMethod())
					|| HttpMethod.PATCH.matches(request.getMethod());
		}

		private static boolean publicPath(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.startsWith("/api/v1/public/") || path.startsWith("/xa/");
		}

		private static void tooLarge(HttpServletRequest request, HttpServletResponse response, Limit limit)
				throws IOException {
			request.setAttribute(EXCEEDED, limit);
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		}

	}

	/** A request whose body and parameters are out of bounds for whoever handles it. */
	static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
