package vn.doithoai.access;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.doithoai.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginAndTokenTests {

	static final String PASSWORD = "mat-khau-thu-nghiem";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccessTokens tokens;

	@Test
	void disablingAnAccountEndsItsOpenSession() throws Exception {
		String name = newSecretary();
		MvcResult login = this.mvc.perform(formLogin().user(name).password(PASSWORD)).andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		this.mvc.perform(get("/staff/21172/areas").session(session)).andExpect(status().isOk());
		this.accounts.enable(this.users.loadUserByUsername(name).id(), false);
		this.mvc.perform(get("/staff/21172/areas").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aPasswordTypedWithSpacesOrInNfdSignsIn() throws Exception {
		String name = "tk" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.create(new StaffAccounts.NewAccount(name, "mật khẩu đủ dài", "Người Thử", Role.SECRETARY, "21172", null));
		this.mvc
			.perform(formLogin().user(name)
				.password(" " + java.text.Normalizer.normalize("mật khẩu đủ dài", java.text.Normalizer.Form.NFD) + " "))
			.andExpect(redirectedUrl("/staff"));
	}

	@Test
	void aLongUserNameIsCreatedAndAudited() throws Exception {
		String name = "can-bo-van-phong-phuong-truong-quang-trong-" + UUID.randomUUID().toString().substring(0, 4);
		this.mvc
			.perform(post("/admin/users/new").with(user(this.users.loadUserByUsername("admin")))
				.with(csrf())
				.param("username", name)
				.param("displayName", "Cán bộ Văn phòng")
				.param("role", "SECRETARY")
				.param("communeCode", "21172")
				.param("password", "mat-khau-du-dai-12"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'user.created'" + " and record_id = ?", Integer.class,
				name))
			.isEqualTo(1);
	}

	@Test
	void aTokenDoesNotOpenThePagesOrTheirForms() throws Exception {
		String token = this.tokens.create(this.users.loadUserByUsername("admin"), "Chỉ cho API", 1);
		this.mvc.perform(get("/admin/users").header("Authorization", "Bearer " + token))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/users/new").header("Authorization", "Bearer " + token)
				.param("username", "ke-gian")
				.param("displayName", "Kẻ gian")
				.param("role", "ADMIN")
				.param("password", "mat-khau-du-dai-12"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where username = 'ke-gian'", Integer.class))
			.isZero();
	}

	@Test
	void theLastActiveAdministratorCannotBeDisabled() throws Exception {
		StaffUser admin = this.users.loadUserByUsername("admin");
		this.mvc
			.perform(post("/admin/users/" + admin.id() + "/enabled").with(user(admin))
				.with(csrf())
				.param("enabled", "false"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("error", "user.lastAdministrator"));
		assertThat(this.users.loadUserByUsername("admin").isEnabled()).isTrue();
	}

	@Test
	void anExpiredLoginFormSendsBackToTheLoginPage() throws Exception {
		this.mvc.perform(post("/login").param("username", "vanphong").param("password", "doithoai-demo"))
			.andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void aWrongPasswordAndAnUnknownNameGetTheSameGenericAnswer() throws Exception {
		this.mvc.perform(formLogin().user(newSecretary()).password("sai-mat-khau"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("khong-ton-tai-" + UUID.randomUUID()).password("sai-mat-khau"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login?error"))
			.andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
	}

	@Test
	void repeatedFailuresLockTheNameEvenForTheRightPassword() throws Exception {
		String name = newSecretary();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(name).password("sai-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void anUnknownNameLocksTheSameWaySoNothingTellsWhichNamesExist() throws Exception {
		String name = "khong-co-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(name).password("sai")).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user(name).password("sai")).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aDisabledAccountIsToldSoOnlyAfterTheRightPassword() throws Exception {
		String name = newSecretary();
		this.accounts.enable(this.users.loadUserByUsername(name).id(), false);
		this.mvc.perform(formLogin().user(name).password("sai")).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(redirectedUrl("/login?disabled"));
		this.mvc.perform(get("/login?disabled")).andExpect(content().string(containsString("Tài khoản đã bị khóa")));
	}

	@Test
	void aFormWithoutAValidCsrfTokenIsRefused() throws Exception {
		StaffUser secretary = this.users.loadUserByUsername("vanphong");
		this.mvc
			.perform(post("/staff/" + secretary.communeCode() + "/areas/new").with(user(secretary))
				.with(csrf().useInvalidToken())
				.param("code", "CSRF1")
				.param("name", "Tổ giả mạo")
				.param("kind", "THON"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from area where code = 'CSRF1'", Integer.class)).isZero();
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void aPersonalAccessTokenOpensTheApiUntilItIsRevoked() throws Exception {
		StaffUser secretary = this.users.loadUserByUsername("vanphong");
		MvcResult created = this.mvc
			.perform(post("/account/tokens").with(user(secretary))
				.with(csrf())
				.param("name", "Máy chủ báo cáo")
				.param("validDays", "30"))
			.andExpect(redirectedUrl("/account/tokens"))
			.andReturn();
		String token = (String) created.getFlashMap().get("newToken");
		assertThat(token).startsWith("dt_");
		assertThat(this.jdbc.queryForObject("select count(*) from access_token where token_hash = ?", Integer.class,
				token))
			.as("stored only as a hash")
			.isZero();
		this.mvc.perform(get("/api/v1/staff/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("vanphong"))
			.andExpect(jsonPath("$.communeCode").value(secretary.communeCode()));
		this.mvc.perform(get("/api/v1/staff/communes/" + secretary.communeCode() + "/areas").header("Authorization",
				"Bearer " + token))
			.andExpect(status().isOk());
		long id = this.jdbc.queryForObject("select id from access_token where token_hash = ?", Long.class,
				AccessTokens.hash(token));
		this.mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(secretary)).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"));
		this.mvc.perform(get("/api/v1/staff/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("mã truy cập")));
	}

	@Test
	void theApiWithoutCredentialsAnswersAProblemNotALoginPage() throws Exception {
		this.mvc.perform(get("/api/v1/staff/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	private String newSecretary() {
		String name = "tk" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.create(new StaffAccounts.NewAccount(name, PASSWORD, "Người Thử Nghiệm", Role.SECRETARY, "21172", null));
		return name;
	}

}
