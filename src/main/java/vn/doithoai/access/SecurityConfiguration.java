package vn.doithoai.access;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import vn.doithoai.system.Problems;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may open what. Public pages and the public API are open; everything else needs a
 * staff session or a personal access token; commune pages go through the tenant guard.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String[] PUBLIC_PATHS = { "/", "/xa/**", "/lich", "/lich/**", "/tra-cuu", "/tra-cuu/**", "/login",
			"/error", "/webjars/**", "/assets/**", "/favicon.ico", "/api/v1/public/**", "/api/v1/calendar/**",
			"/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**",
			"/actuator/info" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CommuneAccess communeAccess, AccessTokens tokens,
			JsonMapper json, MessageSource messages, LocaleResolver locales, JdbcTemplate jdbc) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		RequestMatcher publicApi = PathPatternRequestMatcher.withDefaults().matcher("/api/v1/public/**");
		RequestMatcher tokenPaths = new OrRequestMatcher(api,
				PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));
		AuthenticationEntryPoint apiEntryPoint = (request, response, ex) -> problem(response, json, messages,
				locales.resolveLocale(request), HttpStatus.UNAUTHORIZED);
		AccessDeniedHandler pageDenied = new AccessDeniedHandlerImpl();
		AccessDeniedHandler denied = (request, response, ex) -> {
			if (ex instanceof CsrfException && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
				response.sendRedirect(request.getContextPath() + "/login?expired");
			}
			else if (api.matches(request)) {
				problem(response, json, messages, locales.resolveLocale(request), HttpStatus.FORBIDDEN);
			}
			else {
				// Tells the error page why (the default handler keeps it only with an
				// error page of its own).
				request.setAttribute(WebAttributes.ACCESS_DENIED_403, ex);
				pageDenied.handle(request, response, ex);
			}
		};
		http.authorizeHttpRequests((authorize) -> authorize.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/province/**")
			.hasRole(Role.PROVINCE.name())
			.requestMatchers("/staff/{commune}/**", "/api/v1/staff/communes/{commune}/**")
			.access(communeAccess)
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/staff", true)
				.failureHandler(loginFailure())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/?logout"))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(publicApi,
					(request) -> tokenPaths.matches(request) && BearerTokenFilter.hasBearerToken(request)))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(apiEntryPoint, api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), (request) -> true)
				.accessDeniedHandler(denied))
			.addFilterBefore(new BearerTokenFilter(tokens, apiEntryPoint, tokenPaths),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new AccountStillValidFilter(jdbc), SecurityContextHolderFilter.class);
		return http.build();
	}

	/**
	 * The only way to sign in with a password. Declared as a bean so that Spring Security
	 * does not add its default provider behind it, which would answer for locked or
	 * disabled names.
	 */
	@Bean
	LockoutAuthenticationProvider lockoutAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder encoder,
			LoginAttempts attempts) {
		return new LockoutAuthenticationProvider(users, encoder, attempts);
	}

	/**
	 * Argon2id for new hashes; the prefix lets the algorithm change later without a
	 * reset.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, ex) -> response.sendRedirect(request.getContextPath() + "/login?" + reason(ex));
	}

	private static String reason(AuthenticationException ex) {
		if (ex instanceof LockedException) {
			return "locked";
		}
		return (ex instanceof DisabledException) ? "disabled" : "error";
	}

	private static void problem(HttpServletResponse response, JsonMapper json, MessageSource messages, Locale locale,
			HttpStatus status) throws IOException {
		ProblemDetail problem = Problems.of(messages, locale, status,
				messages.getMessage("problem." + status.value(), null, locale));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
