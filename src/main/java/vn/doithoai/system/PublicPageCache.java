package vn.doithoai.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public portal's pages (home, communes, conferences, calendar) for a few
 * seconds, as anonymous visitors see them: many citizens open the same announced
 * conference at once, and a few seconds' delay on a public page is harmless. Signed-in
 * staff, who have a session, always get a fresh page. Each node keeps its own copy.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCache {

	private static final int MAX_ENTRIES = 2000;

	private static final int MAX_BYTES = 512 * 1024;

	@Bean
	FilterRegistrationBean<Filter> publicPageCacheFilter(@Value("${doithoai.public.page-cache:5s}") Duration ttl,
			Clock clock) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(ttl, clock));
		registration.addUrlPatterns("/", "/xa/*", "/lich/*");
		// After Spring Security's chain, so that a cached page still carries its headers.
		registration.setOrder(Integer.MAX_VALUE - 10);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final Duration ttl;

		private final Clock clock;

		private final Map<String, Page> pages = new ConcurrentHashMap<>();

		Filter(Duration ttl, Clock clock) {
			this.ttl = ttl;
			this.clock = clock;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return this.ttl.isZero() || !HttpMethod.GET.matches(request.getMethod())
					|| request.getSession(false) != null || request.getRequestURI().endsWith(".pdf")
					|| eventStream(request);
		}

		/**
		 * A live display's stream ({@link LiveUpdates}) never ends: held in the cache's
		 * buffer, none of its events would reach the screen.
		 */
		private static boolean eventStream(HttpServletRequest request) {
			String accept = request.getHeader(HttpHeaders.ACCEPT);
			return accept != null && accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String key = key(request);
			Instant now = this.clock.instant();
			Page page = this.pages.get(key);
			if (page != null && now.isBefore(page.expires())) {
				response.setContentType(page.contentType());
				response.setContentLength(page.body().length);
				response.getOutputStream().write(page.body());
				return;
			}
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			byte[] body = wrapper.getContentAsByteArray();
			if (wrapper.getStatus() == 200 && request.getSession(false) == null && wrapper.getContentType() != null
					&& wrapper.getContentType().startsWith("text/html") && body.length <= MAX_BYTES
					&& wrapper.getHeader("Set-Cookie") == null) {
				if (this.pages.size() >= MAX_ENTRIES) {
					this.pages.values().removeIf((old) -> !now.isBefore(old.expires()));
				}
				if (this.pages.size() < MAX_ENTRIES) {
					this.pages.put(key, new Page(body, wrapper.getContentType(), now.plus(this.ttl)));
				}
			}
			wrapper.copyBodyToResponse();
		}

		private static String key(HttpServletRequest request) {
			String language = "";
			if (request.getCookies() != null) {
				for (Cookie cookie : request.getCookies()) {
					if ("doithoai-lang".equals(cookie.getName())) {
						language = cookie.getValue();
					}
				}
			}
			String query = request.getQueryString();
			return request.getRequestURI() + ((query != null) ? "?" + query : "") + "|" + language;
		}

	}

	private record Page(byte[] body, String contentType, Instant expires) {
	}

}
