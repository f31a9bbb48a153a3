package vn.doithoai.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.doithoai.IntegrationTest;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A commune's deadline rules: presets, edits, warnings and the "try it" box. */
@IntegrationTest
class DeadlineRulesTests {

	/** Sơn Trung's secretary changes rules here; the other demo communes keep theirs. */
	static final String COMMUNE = "18187";

	@Autowired
	MockMvc mvc;

	@Autowired
	DeadlineRules rules;

	@Autowired
	CommuneDirectory communes;

	@Autowired
	UserDetailsService users;

	CommuneInfo commune;

	@BeforeEach
	void commune() throws Exception {
		this.commune = this.communes.findByCode(COMMUNE).orElseThrow();
		this.mvc
			.perform(post("/staff/18187/deadline-rules/preset").with(secretary())
				.with(csrf())
				.param("preset", "QUANG_NGAI_29_2022"))
			.andExpect(redirectedUrl("/staff/18187/deadline-rules"));
	}

	@Test
	void theDemoCommunesStartFromTheirPlansPreset() {
		CommuneInfo seed000 = this.communes.findByCode("21172").orElseThrow();
		assertThat(this.rules.rule(seed000.id(), DeadlinePurpose.NOTICE).orElseThrow().term())
			.isEqualTo(new DeadlineTerm(7, DeadlineUnit.WORKING_DAYS, DeadlineDirection.BEFORE));
		CommuneInfo seed004 = this.communes.findByCode("08973").orElseThrow();
		assertThat(this.rules.rule(seed004.id(), DeadlinePurpose.PREPARED_ANSWERS)).isPresent();
	}

	@Test
	void tryingAConferenceDateShowsEveryDueDateWithItsSource() throws Exception {
		this.mvc.perform(get("/staff/18187/deadline-rules").param("conference", "04/03/2026").with(secretary()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thứ Sáu 13/02/2026")))
			.andExpect(content().string(containsString("Thứ Sáu 13/03/2026")))
			.andExpect(content().string(containsString("Quyết định 29/2022/QĐ-UBND")));
		assertThat(this.rules.dueDates(this.commune.id(), LocalDate.of(2026, 3, 4)))
			.extracting(DeadlineRules.DueDate::due)
			.contains(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 16));
	}

	@Test
	void aBadTryDateIsShownBesideTheField() throws Exception {
		this.mvc.perform(get("/staff/18187/deadline-rules").param("conference", "31/02/2026").with(secretary()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ (viết ngày/tháng/năm")));
	}

	@Test
	void contradictoryRulesAreWarnedAbout() throws Exception {
		add("REGISTRATION_CLOSE", "Hết hạn nhận câu hỏi", "1", "WORKING_DAYS", "BEFORE");
		add("PREPARED_ANSWERS", "Chuẩn bị trả lời", "5", "WORKING_DAYS", "BEFORE");
		this.mvc.perform(get("/staff/18187/deadline-rules").with(secretary()))
			.andExpect(content()
				.string(containsString("Hạn chuẩn bị nội dung trả lời đến trước khi hết hạn nhận câu hỏi.")));
		assertThat(this.rules.warnings(this.commune.id(), LocalDate.of(2026, 1, 1)))
			.extracting(DeadlineRules.RuleWarning::key)
			.containsExactly("rules.warning.answersBeforeRegistration");
	}

	@Test
	void aNoticeRuleLaterThanTheLawIsWarnedAbout() throws Exception {
		long notice = this.rules.rule(this.commune.id(), DeadlinePurpose.NOTICE).orElseThrow().id();
		this.mvc
			.perform(post("/staff/18187/deadline-rules/" + notice).with(secretary())
				.with(csrf())
				.param("purpose", "NOTICE")
				.param("name", "Thông báo")
				.param("count", "3")
				.param("unit", "WORKING_DAYS")
				.param("direction", "BEFORE")
				.param("legalSource", "Quy định của xã")
				.param("version", "0"))
			.andExpect(redirectedUrl("/staff/18187/deadline-rules"));
		assertThat(this.rules.warnings(this.commune.id(), LocalDate.of(2026, 1, 1)))
			.extracting(DeadlineRules.RuleWarning::key)
			.contains("rules.warning.noticeBelowLaw");
	}

	@Test
	void badRuleInputIsShownBesideTheFieldAndNothingIsSaved() throws Exception {
		int before = this.rules.rules(this.commune.id()).size();
		this.mvc
			.perform(post("/staff/18187/deadline-rules/new").with(secretary())
				.with(csrf())
				.param("purpose", "NOTICE")
				.param("name", "")
				.param("count", "4000")
				.param("unit", "WORKING_DAYS")
				.param("direction", "BEFORE")
				.param("legalSource", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số ngày từ 0 đến 3650.")))
			.andExpect(content().string(containsString("Vui lòng nhập thông tin này.")));
		this.mvc
			.perform(post("/staff/18187/deadline-rules/new").with(secretary())
				.with(csrf())
				.param("purpose", "NOTICE")
				.param("name", "Thông báo lần hai")
				.param("count", "5")
				.param("unit", "WORKING_DAYS")
				.param("direction", "BEFORE")
				.param("legalSource", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã có quy định cho việc này")));
		assertThat(this.rules.rules(this.commune.id())).hasSize(before);
	}

	@Test
	void aDepartmentOfficialReadsTheRulesButCannotChangeThem() throws Exception {
		this.mvc.perform(get("/staff/21172/deadline-rules").with(user(this.users.loadUserByUsername("canbo"))))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/staff/21172/deadline-rules/preset").with(user(this.users.loadUserByUsername("canbo")))
				.with(csrf())
				.param("preset", "LAW_72_2025_MINIMUM"))
			.andExpect(status().isForbidden());
	}

	private void add(String purpose, String name, String count, String unit, String direction) throws Exception {
		this.mvc
			.perform(post("/staff/18187/deadline-rules/new").with(secretary())
				.with(csrf())
				.param("purpose", purpose)
				.param("name", name)
				.param("count", count)
				.param("unit", unit)
				.param("direction", direction)
				.param("legalSource", "Quy định của xã"))
			.andExpect(redirectedUrl("/staff/18187/deadline-rules"));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor secretary() {
		return user(this.users.loadUserByUsername("vanphong.sontrung"));
	}

}
