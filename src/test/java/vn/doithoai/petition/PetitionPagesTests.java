package vn.doithoai.petition;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.doithoai.IntegrationTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.doithoai.access.StaffUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PetitionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@org.junit.jupiter.api.Test
	void anAdministratorLinksAnOfficialOnlyToADepartmentOfTheirCommune() throws Exception {
		var admin = user(this.users.loadUserByUsername("admin"));
		long official = this.jdbc.queryForObject("select id from app_user where username = 'canbo'", Long.class);
		long own = this.jdbc.queryForObject("select department_id from app_user where id = ?", Long.class, official);
		long foreign = this.jdbc.queryForObject(
				"select min(d.id) from department d join commune c on c.id = d.commune_id where c.code <> '21172'",
				Long.class);
		this.mvc
			.perform(post("/admin/users/" + official + "/department").with(admin)
				.with(csrf())
				.param("departmentId", String.valueOf(foreign)))
			.andExpect(flash().attribute("error", "user.departmentUnknown"));
		this.mvc
			.perform(post("/admin/users/" + official + "/department").with(admin)
				.with(csrf())
				.param("departmentId", String.valueOf(own)))
			.andExpect(flash().attribute("message", "user.departmentSaved"));
		org.assertj.core.api.Assertions
			.assertThat(
					this.jdbc.queryForObject("select department_id from app_user where id = ?", Long.class, official))
			.isEqualTo(own);
		this.mvc.perform(get("/admin/users").with(admin)).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/staff/21172/petitions/new", "/staff/21172/petitions/batch",
			"/staff/21172/petitions/triage", "/staff/21172/petitions/mine", "/staff/21172/petitions/approvals" })
	void staffPagesOpenForTheSecretary(String path) throws Exception {
		this.mvc.perform(get(path).with(user(this.users.loadUserByUsername("vanphong")))).andExpect(status().isOk());
	}

}
