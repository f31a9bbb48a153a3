package vn.doithoai.petition;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.doithoai.IntegrationTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.doithoai.access.StaffUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PetitionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "/staff/21172/petitions/new", "/staff/21172/petitions/batch",
			"/staff/21172/petitions/triage", "/staff/21172/petitions/mine", "/staff/21172/petitions/approvals" })
	void staffPagesOpenForTheSecretary(String path) throws Exception {
		this.mvc.perform(get(path).with(user(this.users.loadUserByUsername("vanphong")))).andExpect(status().isOk());
	}

}
