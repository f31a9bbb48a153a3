package vn.doithoai.organization;

import java.text.Normalizer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.doithoai.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The secretary keeps the commune's areas and officials: saved, audited, validated. */
@IntegrationTest
class CommuneStructurePagesTests {

	static final String COMMUNE = "21172";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CommuneDirectory directory;

	@Autowired
	UserDetailsService users;

	CommuneInfo commune;

	@BeforeEach
	void commune() {
		this.commune = this.directory.findByCode(COMMUNE).orElseThrow();
	}

	@Test
	void anAreaTypedInNfdIsSavedInNfcAndAudited() throws Exception {
		String nfd = Normalizer.normalize("Tổ dân phố Hòa Bình", Normalizer.Form.NFD);
		this.mvc
			.perform(post("/staff/21172/areas/new").with(user(this.users.loadUserByUsername("vanphong")))
				.with(csrf())
				.param("code", "hb1")
				.param("name", nfd)
				.param("kind", "TO_DAN_PHO"))
			.andExpect(redirectedUrl("/staff/21172/areas"));
		assertThat(this.jdbc.queryForObject("select name from area where code = 'HB1'", String.class))
			.isEqualTo("Tổ dân phố Hòa Bình");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'area.created' and actor = 'vanphong'
				  and commune_code = '21172' and after_state ->> 'name' = 'Tổ dân phố Hòa Bình'
				""", Integer.class)).isEqualTo(1);
	}

	@Test
	void badInputIsShownBesideTheFieldAndNothingIsSaved() throws Exception {
		long before = this.directory.counts(this.commune.id()).areas();
		this.mvc
			.perform(post("/staff/21172/areas/new").with(user(this.users.loadUserByUsername("vanphong")))
				.with(csrf())
				.param("code", "LH1A")
				.param("name", "x".repeat(151))
				.param("kind", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quá dài: tối đa 150 ký tự.")))
			.andExpect(content().string(containsString("Vui lòng nhập thông tin này.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc
			.perform(post("/staff/21172/areas/new").with(user(this.users.loadUserByUsername("vanphong")))
				.with(csrf())
				.param("code", "LH1A")
				.param("name", "Trùng mã")
				.param("kind", "THON"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã này đã được dùng.")));
		assertThat(this.directory.counts(this.commune.id()).areas()).isEqualTo(before);
	}

	@Test
	void aStaleEditIsRefusedAndOverwritesNothing() throws Exception {
		AreaView area = this.directory.areas(this.commune.id()).get(0);
		this.mvc
			.perform(post("/staff/21172/areas/" + area.id()).with(user(this.users.loadUserByUsername("vanphong")))
				.with(csrf())
				.param("code", area.code())
				.param("name", "Tên mới của người thứ nhất")
				.param("kind", area.kind().name())
				.param("version", String.valueOf(area.version())))
			.andExpect(redirectedUrl("/staff/21172/areas"));
		this.mvc
			.perform(post("/staff/21172/areas/" + area.id()).with(user(this.users.loadUserByUsername("vanphong")))
				.with(csrf())
				.param("code", area.code())
				.param("name", "Tên của người thứ hai")
				.param("kind", area.kind().name())
				.param("version", String.valueOf(area.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vừa được người khác sửa")));
		assertThat(this.jdbc.queryForObject("select name from area where id = ?", String.class, area.id()))
			.isEqualTo("Tên mới của người thứ nhất");
	}

	@Test
	void onlyTheSecretaryAndTheAdministratorChangeTheStructure() throws Exception {
		this.mvc.perform(get("/staff/21172/areas/new").with(user(this.users.loadUserByUsername("canbo"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/21172/areas").with(user(this.users.loadUserByUsername("canbo"))))
			.andExpect(status().isOk());
	}

	@Test
	void officialsAreListedByGivenNameThenMiddleThenFamily() throws Exception {
		var names = this.directory.officials(this.commune.id()).stream().map((o) -> o.name().given()).toList();
		assertThat(names).isSortedAccordingTo(vn.doithoai.text.VietnameseCollation.comparator());
	}

}
