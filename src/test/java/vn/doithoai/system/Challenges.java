package vn.doithoai.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.altcha.altcha.Altcha;
import org.altcha.altcha.Altcha.Algorithm;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For tests of public writes: solves a proof-of-work challenge the way a browser does and
 * gives the value of the form's {@code altcha} field. With the default settings this
 * takes a few milliseconds.
 */
public final class Challenges {

	private Challenges() {
	}

	/**
	 * The {@code altcha} value for a challenge as {@code GET /api/v1/public/challenge}
	 * returns it.
	 */
	public static String solve(String challengeJson) {
		JsonNode challenge = JsonMapper.shared().readTree(challengeJson);
		return solve(challenge.path("challenge").asString(), challenge.path("salt").asString(),
				challenge.path("signature").asString(), challenge.path("maxnumber").longValue());
	}

	static String solve(ProofOfWork.Challenge challenge) {
		return solve(challenge.challenge(), challenge.salt(), challenge.signature(), challenge.maxnumber());
	}

	static String solve(String challenge, String salt, String signature, long maxNumber) {
		try {
			Altcha.Solution solution = Altcha.solveChallenge(challenge, salt, Algorithm.SHA256, maxNumber, 0);
			return payload(challenge, solution.number, salt, signature);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A payload as the browser sends it, with any values a test wants to try. */
	static String payload(String challenge, long number, String salt, String signature) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("algorithm", "SHA-256");
		payload.put("challenge", challenge);
		payload.put("number", number);
		payload.put("salt", salt);
		payload.put("signature", signature);
		payload.put("took", 12);
		return Base64.getEncoder()
			.encodeToString(JsonMapper.shared().writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * {@code fragments/challenge :: fields} as the application renders it inside a form
	 * (in Vietnamese).
	 */
	public static String renderFields(ApplicationContext application) {
		return renderFields(application, application);
	}

	/** The same, with another guard than the application's. */
	static String renderFields(ApplicationContext application, PublicWriteGuard guard) {
		StaticApplicationContext beans = new StaticApplicationContext(application);
		beans.getBeanFactory().registerSingleton("publicWriteGuard", guard);
		beans.refresh();
		return renderFields(application, beans);
	}

	private static String renderFields(ApplicationContext application, ApplicationContext beans) {
		MockServletContext servletContext = new MockServletContext();
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(servletContext)
					.buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse()),
				Locale.forLanguageTag("vi"));
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(beans, null));
		return application.getBean(ITemplateEngine.class).process("fragments/challenge", Set.of("fields"), context);
	}

}
