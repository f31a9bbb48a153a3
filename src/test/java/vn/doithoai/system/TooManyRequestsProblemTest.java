package vn.doithoai.system;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An API write over the rate limit is a 429 problem saying when to come back. */
class TooManyRequestsProblemTest {

	private final PublicWriteGuard guard = new PublicWriteGuard(
			new RateLimiter(new MutableClock(), 1, Duration.ofMinutes(10), 100), null, (signature, expires) -> true);

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Writes(this.guard))
		.setControllerAdvice(new ApiProblems(new WebConfiguration().messageSource()))
		.build();

	@Test
	void theWriteOverTheLimitIsA429ProblemWithRetryAfter() throws Exception {
		this.mvc.perform(post("/api/v1/public/writes").header("Accept-Language", "vi")).andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/public/writes").header("Accept-Language", "vi"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "600"))
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.title").value("Quá nhiều yêu cầu"))
			.andExpect(jsonPath("$.detail").value(
					"Bạn đã gửi quá nhiều lần trong thời gian ngắn nên lần này chưa được ghi nhận. Hãy thử lại sau 10 phút."));
	}

	@RestController
	static class Writes {

		private final PublicWriteGuard guard;

		Writes(PublicWriteGuard guard) {
			this.guard = guard;
		}

		@PostMapping("/api/v1/public/writes")
		@ResponseStatus(HttpStatus.CREATED)
		void write(HttpServletRequest request) {
			this.guard.admit(request);
		}

	}

}
