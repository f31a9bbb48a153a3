package vn.doithoai.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Anonymous visitors share a public page for a few seconds; staff never do. */
class PublicPageCacheTest {

	private final MutableClock clock = new MutableClock();

	private final PublicPageCache.Filter filter = new PublicPageCache.Filter(Duration.ofSeconds(5), this.clock);

	private final AtomicInteger rendered = new AtomicInteger();

	private final FilterChain page = (request, response) -> {
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream()
			.write(("Trang lần " + this.rendered.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
	};

	@Test
	void anonymousVisitorsShareAPageUntilItExpires() throws Exception {
		assertThat(get(null)).isEqualTo("Trang lần 1");
		assertThat(get(null)).isEqualTo("Trang lần 1");
		this.clock.advance(Duration.ofSeconds(6));
		assertThat(get(null)).isEqualTo("Trang lần 2");
	}

	@Test
	void aSignedInUserAlwaysGetsAFreshPage() throws Exception {
		get(null);
		assertThat(get(new MockHttpSession())).isEqualTo("Trang lần 2");
		assertThat(get(new MockHttpSession())).isEqualTo("Trang lần 3");
	}

	@Test
	void anEventStreamIsWrittenStraightToTheClientAfterTheRequestReturns() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/xa/21172/live");
		request.addHeader("Accept", "text/event-stream");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<ServletResponse> stream = new AtomicReference<>();
		this.filter.doFilter(request, response, (req, res) -> stream.set(res));

		// An asynchronous stream writes its events after the filters have returned.
		stream.get().getOutputStream().write("event: update\ndata: Lượt 1\n\n".getBytes(StandardCharsets.UTF_8));

		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("event: update\ndata: Lượt 1\n\n");
	}

	private String get(MockHttpSession session) throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/xa/21172");
		if (session != null) {
			request.setSession(session);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, this.page);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
