package vn.doithoai.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import vn.doithoai.IntegrationTest;
import vn.doithoai.calendar.DeadlineRules;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A user of one commune never sees, lists or changes anything of another. The endpoints
 * are read from the application itself, so an endpoint added later is covered without
 * editing this test; one that fits none of the known shapes makes it fail.
 */
@IntegrationTest
class TenantIsolationTests {

	/** Staff endpoints that belong to the signed-in user, not to a commune. */
	private static final Set<String> OWN_ACCOUNT = Set.of("/staff", "/account/tokens", "/account/tokens/{id}/revoke",
			"/api/v1/staff/me");

	private static final List<PathPattern> PUBLIC = java.util.Arrays.stream(SecurityConfiguration.PUBLIC_PATHS)
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	CommuneDirectory communes;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	AccessTokens tokens;

	@Autowired
	DeadlineRules rules;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	CommuneInfo first;

	CommuneInfo other;

	StaffUser otherSecretary;

	@BeforeEach
	void demoCommunes() {
		this.first = this.communes.findByCode(this.users.loadUserByUsername("vanphong").communeCode()).orElseThrow();
		this.otherSecretary = this.users.loadUserByUsername("vanphong.dinhke");
		this.other = this.communes.findByCode(this.otherSecretary.communeCode()).orElseThrow();
		assertThat(this.other.id()).isNotEqualTo(this.first.id());
	}

	@Test
	void everyStaffEndpointFitsAKnownShape() {
		Set<String> unknown = new TreeSet<>();
		endpoints().forEach((endpoint) -> {
			if (!isPublic(endpoint.pattern()) && !isCommuneScoped(endpoint.pattern())
					&& !endpoint.pattern().startsWith("/admin") && !endpoint.pattern().equals("/province")
					&& !OWN_ACCOUNT.contains(endpoint.pattern())) {
				unknown.add(endpoint.method() + " " + endpoint.pattern());
			}
		});
		assertThat(unknown).as("staff endpoints outside /staff/{commune}, /admin, /province and the own account")
			.isEmpty();
	}

	@Test
	void anotherCommunesSecretaryIsRefusedOnEveryCommuneEndpoint() throws Exception {
		List<String> leaks = new ArrayList<>();
		int checked = 0;
		for (Endpoint endpoint : endpoints()) {
			if (!isCommuneScoped(endpoint.pattern())) {
				continue;
			}
			String path = expand(endpoint.pattern(), this.first, idsOf(this.first));
			int status = perform(endpoint.method(), path, this.otherSecretary);
			checked++;
			if (status != 403 && status != 404) {
				leaks.add(endpoint.method() + " " + path + " → " + status);
			}
		}
		assertThat(checked).isGreaterThan(10);
		assertThat(leaks).isEmpty();
	}

	@Test
	void aRecordOfAnotherCommuneIsNotFoundThroughOnesOwnCommune() throws Exception {
		List<String> leaks = new ArrayList<>();
		int checked = 0;
		for (Endpoint endpoint : endpoints()) {
			if (!isCommuneScoped(endpoint.pattern()) || !endpoint.pattern().contains("{id}")) {
				continue;
			}
			String path = expand(endpoint.pattern(), this.other, idsOf(this.first));
			int status = perform(endpoint.method(), path, this.otherSecretary);
			checked++;
			// 403 where the role itself may not act (a secretary approving a plan).
			if (status != 404 && status != 403) {
				leaks.add(endpoint.method() + " " + path + " → " + status);
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(6);
		assertThat(leaks).isEmpty();
	}

	@Test
	void theOwnCommuneOpensForItsSecretary() throws Exception {
		StaffUser secretary = this.users.loadUserByUsername("vanphong");
		for (Endpoint endpoint : endpoints()) {
			if (isCommuneScoped(endpoint.pattern()) && endpoint.method() == HttpMethod.GET) {
				String path = expand(endpoint.pattern(), this.first, idsOf(this.first));
				assertThat(perform(HttpMethod.GET, path, secretary)).as(path).isEqualTo(200);
			}
		}
	}

	@Test
	void communeStaffAreRefusedOnAdministrationAndProvincePages() throws Exception {
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.pattern().startsWith("/admin") || endpoint.pattern().startsWith("/province")) {
				String path = endpoint.pattern().replaceAll("\\{[^}]+\\}", "1");
				assertThat(perform(endpoint.method(), path, this.otherSecretary)).as(path).isEqualTo(403);
			}
		}
	}

	@Test
	void aProvinceSupervisorReadsOnlyTheCommunesOfTheirProvince() throws Exception {
		StaffUser supervisor = this.users.loadUserByUsername("tinh");
		assertThat(perform(HttpMethod.GET, "/staff/" + this.first.code() + "/areas", supervisor)).isEqualTo(200);
		assertThat(perform(HttpMethod.POST, "/staff/" + this.first.code() + "/areas/new", supervisor)).isEqualTo(403);
		assertThat(perform(HttpMethod.GET, "/staff/" + this.other.code() + "/areas", supervisor)).isEqualTo(403);
	}

	@Test
	void aTokenOfAnotherUserCannotBeRevoked() throws Exception {
		StaffUser owner = this.users.loadUserByUsername("vanphong");
		this.tokens.create(owner, "tenant test", 1);
		long id = this.tokens.list(owner).get(0).id();
		assertThat(perform(HttpMethod.POST, "/account/tokens/" + id + "/revoke", this.otherSecretary)).isEqualTo(404);
		assertThat(this.tokens.list(owner).get(0).revokedAt()).isNull();
	}

	private int perform(HttpMethod method, String path, StaffUser as) throws Exception {
		MockHttpServletRequestBuilder request = request(method, path).with(user(as));
		if (method != HttpMethod.GET) {
			request = request.with(csrf());
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/** Real ids of the commune's records, so that a refusal is not just an unknown id. */
	private Map<String, Long> idsOf(CommuneInfo commune) {
		Map<String, Long> ids = new java.util.HashMap<>();
		ids.put("areas", this.communes.areas(commune.id()).get(0).id());
		ids.put("departments", this.communes.departments(commune.id()).get(0).id());
		ids.put("officials", this.communes.officials(commune.id()).get(0).id());
		ids.put("deadline-rules", this.rules.rules(commune.id()).get(0).id());
		ids.put("plans", firstId("plan", commune));
		ids.put("conferences", conferenceWithRecord(commune));
		ids.put("petitions", petitionWithScan(commune));
		ids.put("attachments", this.jdbc.queryForObject("select min(id) from petition_attachment where petition_id = ?",
				Long.class, petitionWithScan(commune)));
		ids.put("{turnId}", turnOf(commune));
		ids.put("{petitionId}", petitionWithScan(commune));
		ids.put("{number}", 1L);
		return ids;
	}

	/**
	 * A conference of the commune with a live record, final minutes with an addendum and
	 * an issued conclusion, stored here if the demo has none, so that each of their pages
	 * has something to show.
	 */
	private long conferenceWithRecord(CommuneInfo commune) {
		Long id = this.jdbc.queryForObject("""
				select min(c.conference_id) from conclusion c where c.commune_id = ? and c.state = 'ISSUED'
				and exists (select 1 from minutes_addendum a where a.conference_id = c.conference_id)""", Long.class,
				commune.id());
		if (id != null) {
			return id;
		}
		id = firstId("conference", commune);
		byte[] pdf = "%PDF-1.4".getBytes();
		String sha = "0".repeat(64);
		this.jdbc.update("""
				insert into minutes (conference_id, commune_id, secretary_name, chair_name, time_and_place, composition,
				    proceedings, conclusions, symbol, finalised_on, finalised_by, pdf, sha256)
				values (?, ?, 'Thư ký', 'Chủ trì', 't', 'c', 'p', 'k', ?, current_date, 'test', ?, ?)""", id,
				commune.id(), "99/BB-UBND", pdf, sha);
		this.jdbc.update("""
				insert into minutes_addendum (conference_id, number, text, made_on, made_by, pdf, sha256)
				values (?, 1, 'Đính chính', current_date, 'test', ?, ?)""", id, pdf, sha);
		this.jdbc.update("""
				insert into conclusion (conference_id, commune_id, state, summary, symbol, issued_on, pdf, sha256)
				values (?, ?, 'ISSUED', 'Kết luận', '99/TB-UBND', current_date, ?, ?)""", id, commune.id(), pdf, sha);
		return id;
	}

	/** A turn of the commune's conference with a record, made here if there is none. */
	private long turnOf(CommuneInfo commune) {
		long conference = conferenceWithRecord(commune);
		Long id = this.jdbc.queryForObject("select min(id) from meeting_turn where conference_id = ?", Long.class,
				conference);
		if (id != null) {
			return id;
		}
		return this.jdbc.queryForObject("""
				insert into meeting_turn (commune_id, conference_id, petition_id, position, speaker_name, status)
				values (?, ?, ?, 1, 'Nguyễn Văn A', 'DONE') returning id""", Long.class, commune.id(), conference,
				petitionWithScan(commune));
	}

	/**
	 * A petition of the commune with a scanned original, made here if the demo has none.
	 */
	private long petitionWithScan(CommuneInfo commune) {
		Long id = this.jdbc.queryForObject("""
				select min(p.id) from petition p join petition_attachment a on a.petition_id = p.id
				where p.commune_id = ?""", Long.class, commune.id());
		if (id != null) {
			return id;
		}
		id = this.jdbc.queryForObject("""
				insert into petition (commune_id, tracking_code, channel, state, full_name, address, content,
				    received_at, search_text)
				values (?, ?, 'PAPER', 'RECEIVED', 'Nguyễn Văn A', 'Thôn 1', 'Hỏi về đất đai', now(), 'hoi ve dat dai')
				returning id""", Long.class, commune.id(), "TEN-" + commune.code());
		this.jdbc.update("""
				insert into petition_attachment (petition_id, file_name, media_type, size_bytes, bytes)
				values (?, 'scan.pdf', 'application/pdf', 8, ?)""", id, "%PDF-1.4".getBytes());
		return id;
	}

	private long firstId(String table, CommuneInfo commune) {
		return this.jdbc.queryForObject("select min(id) from " + table + " where commune_id = ?", Long.class,
				commune.id());
	}

	private static String expand(String pattern, CommuneInfo commune, Map<String, Long> ids) {
		String path = pattern.replace("{commune}", commune.code());
		for (Map.Entry<String, Long> id : ids.entrySet()) {
			path = id.getKey().startsWith("{") ? path.replace(id.getKey(), String.valueOf(id.getValue()))
					: path.replace("/" + id.getKey() + "/{id}", "/" + id.getKey() + "/" + id.getValue())
						.replace("/" + id.getKey() + "/{attachmentId}", "/" + id.getKey() + "/" + id.getValue());
		}
		path = path.replace("{stage}", "OPENING");
		assertThat(path).as("every {id} of a commune page must name a real record of that commune; add its kind here")
			.doesNotContain("{");
		return path;
	}

	private static boolean isCommuneScoped(String pattern) {
		return pattern.startsWith("/staff/{commune}") || pattern.startsWith("/api/v1/staff/communes/{commune}");
	}

	private static boolean isPublic(String pattern) {
		return PUBLIC.stream()
			.anyMatch((publicPath) -> publicPath.matches(
					org.springframework.http.server.PathContainer.parsePath(pattern.replaceAll("\\{[^}]+\\}", "x"))));
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint(HttpMethod.GET, pattern));
				}
				methods.forEach((method) -> endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern)));
			}
		}
		return endpoints;
	}

	record Endpoint(HttpMethod method, String pattern) {
	}

}
