package vn.doithoai.portal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.doithoai.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PortalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	java.util.List<ApplicationRunner> runners;

	@Test
	void thePortalListsEveryCommuneByProvince() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trương Quang Trọng")))
			.andExpect(content().string(containsString("Quảng Ngãi")))
			.andExpect(content().string(containsString("href=\"/xa/21172\"")));
		this.mvc.perform(get("/xa/21172"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phường Trương Quang Trọng")));
	}

	@Test
	void thePublicCommuneListAnswersAsTheDesignSays() throws Exception {
		this.mvc.perform(get("/api/v1/public/communes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("21172")))
			.andExpect(jsonPath("$[?(@.code == '21172')].name").value(hasItem("Phường Trương Quang Trọng")))
			.andExpect(jsonPath("$[?(@.code == '21172')].province").value(hasItem("Quảng Ngãi")));
	}

	@Test
	void theApiIsDescribedByOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/public/communes']").exists())
			.andExpect(
					jsonPath("$.paths['/api/v1/staff/communes/{commune}/areas'].get.parameters[0].in").value("path"));
	}

	@Test
	void theStaffHomeShowsTheCommunesRealCounts() throws Exception {
		long areas = this.jdbc.queryForObject(
				"select count(*) from area a join commune c on c.id = a.commune_id where c.code = '29917'", Long.class);
		this.mvc.perform(get("/staff").with(user(this.users.loadUserByUsername("vanphong.tanquydong"))))
			.andExpect(redirectedUrl("/staff/29917"));
		this.mvc.perform(get("/staff/29917").with(user(this.users.loadUserByUsername("vanphong.tanquydong"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-count=\"areas\">" + areas + "<")));
	}

	@Test
	void healthAndMetricsAreExposed() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void theDemoDataIsLoadedOnlyOnce() throws Exception {
		long communes = count("commune");
		long officials = count("official");
		long accounts = count("app_user");
		for (ApplicationRunner runner : this.runners) {
			runner.run(null);
		}
		assertThat(count("commune")).isEqualTo(communes);
		assertThat(count("official")).isEqualTo(officials);
		assertThat(count("app_user")).isEqualTo(accounts);
	}

	@Test
	void theLoginPageListsTheDemoAccountsInDemoMode() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString("doithoai-demo")))
			.andExpect(content().string(containsString("vanphong.sontrung")))
			.andExpect(content().string(not(containsString("$argon2"))));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
