package vn.doithoai.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.doithoai.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan and its conferences through their whole preparation, as the secretary and chair
 * do it.
 */
@IntegrationTest
@RecordApplicationEvents
class PlanAndConferenceTests {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents events;

	final int nextYear = LocalDate.now().getYear() + 1;

	@Test
	void aPlanIsDraftedOnceApprovedNumberedAndPublished() throws Exception {
		String key = UUID.randomUUID().toString();
		long id = createPlan(key);
		assertThat(createPlan(key)).as("a double-clicked create makes one plan").isEqualTo(id);
		this.mvc.perform(
				post("/staff/21172/plans/" + id + "/approve").with(as("vanphong")).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/staff/21172/plans/" + id + "/approve").with(as("chutich")).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("message", "plan.approvedNow"));
		String number = this.jdbc.queryForObject("select number_symbol from plan where id = ?", String.class, id);
		assertThat(number).matches("\\d{2,}/KH-UBND");
		this.mvc.perform(get("/xa/21172/ke-hoach/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(
				post("/staff/21172/plans/" + id + "/publish").with(as("vanphong")).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("message", "plan.publishedNow"));
		this.mvc.perform(get("/xa/21172/ke-hoach/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)));
		MvcResult pdf = this.mvc.perform(get("/xa/21172/ke-hoach/" + id + "/ke-hoach.pdf"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from audit_event where record_type = 'plan' and record_id = ? and action in"
								+ " ('plan.created', 'plan.approved', 'plan.published')",
						Integer.class, String.valueOf(id)))
			.isEqualTo(3);
		assertThat(this.events.stream(Events.PlanApproved.class)).anyMatch((e) -> e.planId() == id);
	}

	@Test
	void aConferenceIsScheduledAnnouncedAndShownToThePublic() throws Exception {
		long plan = createPlan(UUID.randomUUID().toString());
		LocalDate day = LocalDate.of(this.nextYear, 1, 20);
		long id = createConference(plan, day, "Hội nghị đối thoại quý I");
		this.mvc.perform(get("/xa/21172/hoi-nghi/" + id)).andExpect(status().isNotFound());
		step(id, "schedule", 0).andExpect(flash().attribute("message", "conference.scheduledNow"));
		this.mvc.perform(get("/staff/21172/conferences/" + id).with(as("vanphong")))
			.andExpect(content().string(containsString("Quyết định 29/2022/QĐ-UBND")))
			.andExpect(content().string(containsString("Thông báo hội nghị")));
		step(id, "announce", 1).andExpect(flash().attribute("message", "conference.announcedNow"));
		this.mvc.perform(get("/xa/21172/hoi-nghi/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hội nghị đối thoại quý I")))
			.andExpect(content().string(containsString("Thông báo của Ủy ban nhân dân phường Trương Quang Trọng")));
		this.mvc.perform(get("/api/v1/public/communes/21172/conferences"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].state").value(hasItem("ANNOUNCED")))
			.andExpect(
					jsonPath("$[?(@.id == " + id + ")].deadlines[*].source").value(hasItem(containsString("29/2022"))))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].documents[0].number")
				.value(hasItem(matchesPattern("\\d{2,}/TB-UBND"))));
		MvcResult notice = this.mvc.perform(get("/xa/21172/hoi-nghi/" + id + "/thong-bao.pdf")).andReturn();
		assertThat(notice.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(this.events.stream(Events.ConferenceAnnounced.class))
			.anyMatch((e) -> e.conferenceId() == id && !e.late());
		step(id, "close-registration", 2).andExpect(flash().attribute("message", "conference.registrationClosedNow"));
		assertThat(this.events.stream(Events.ConferenceScheduled.class)).anyMatch((e) -> e.conferenceId() == id);
		assertThat(this.events.stream(Events.RegistrationClosed.class)).anyMatch((e) -> e.conferenceId() == id);
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where record_type = 'conference'" + " and record_id = ? order by id",
				String.class, String.valueOf(id)))
			.containsExactly("conference.created", "conference.scheduled", "conference.announced",
					"conference.registrationClosed");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'conference.announced' and record_id = ?",
				Integer.class, String.valueOf(id)))
			.isEqualTo(1);
	}

	@Test
	void announcingLaterThanTheRuleRequiresAReasonAndIsFlagged() throws Exception {
		LocalDate soon = LocalDate.now().plusDays(5);
		long id = createConference(null, soon, "Hội nghị đột xuất về ngập úng");
		step(id, "schedule", 0);
		step(id, "announce", 1).andExpect(flash().attribute("actionError",
				new ConferenceController.ActionError("lateReason", "conference.error.lateReasonRequired")));
		assertThat(state(id)).isEqualTo("SCHEDULED");
		this.mvc
			.perform(post("/staff/21172/conferences/" + id + "/announce").with(as("vanphong"))
				.with(csrf())
				.param("version", "1")
				.param("lateReason", "Mưa lũ bất thường, cần đối thoại ngay"))
			.andExpect(flash().attribute("message", "conference.announcedNow"));
		this.mvc
			.perform(get("/staff/21172/conferences").param("year", String.valueOf(soon.getYear())).with(as("vanphong")))
			.andExpect(content().string(containsString("Thông báo muộn")));
		this.mvc.perform(get("/xa/21172")).andExpect(content().string(containsString("Thông báo muộn")));
	}

	@Test
	void postponingAndCancellingRecordWhyAndThePublicSeesIt() throws Exception {
		long id = createConference(null, LocalDate.of(this.nextYear, 3, 10), "Hội nghị về môi trường");
		step(id, "schedule", 0);
		step(id, "announce", 1);
		this.mvc
			.perform(post("/staff/21172/conferences/" + id + "/postpone").with(as("vanphong"))
				.with(csrf())
				.param("version", "2")
				.param("newDate", "")
				.param("reason", "Trùng lịch họp"))
			.andExpect(flash().attribute("actionError",
					new ConferenceController.ActionError("newDate", "validation.required")));
		this.mvc
			.perform(post("/staff/21172/conferences/" + id + "/postpone").with(as("vanphong"))
				.with(csrf())
				.param("version", "2")
				.param("newDate", "17/03/" + this.nextYear)
				.param("reason", ""))
			.andExpect(flash().attribute("actionError",
					new ConferenceController.ActionError("reason", "conference.error.reasonRequired")));
		this.mvc
			.perform(post("/staff/21172/conferences/" + id + "/postpone").with(as("vanphong"))
				.with(csrf())
				.param("version", "2")
				.param("newDate", "17/03/" + this.nextYear)
				.param("reason", "Trùng lịch họp của tỉnh"))
			.andExpect(flash().attribute("message", "conference.postponedNow"));
		this.mvc.perform(get("/xa/21172/hoi-nghi/" + id))
			.andExpect(content().string(containsString("Trùng lịch họp của tỉnh")))
			.andExpect(content().string(containsString("17/03/" + this.nextYear)));
		this.mvc
			.perform(post("/staff/21172/conferences/" + id + "/cancel").with(as("vanphong"))
				.with(csrf())
				.param("version", "3")
				.param("reason", "Đã giải quyết xong các kiến nghị"))
			.andExpect(flash().attribute("message", "conference.cancelledNow"));
		this.mvc.perform(get("/xa/21172/hoi-nghi/" + id))
			.andExpect(content().string(containsString("Đã giải quyết xong các kiến nghị")));
		assertThat(this.events.stream(Events.ConferencePostponed.class)).anyMatch((e) -> e.conferenceId() == id);
		assertThat(this.events.stream(Events.ConferenceCancelled.class)).anyMatch((e) -> e.conferenceId() == id);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from deadline where subject_type = 'conference'" + " and subject_id = ? and open",
				Integer.class, String.valueOf(id)))
			.isZero();
	}

	@Test
	void badConferenceInputIsShownBesideTheFieldAndNothingIsSaved() throws Exception {
		long plan = createPlan(UUID.randomUUID().toString());
		int before = count();
		conference(plan, LocalDate.now().minusDays(3), "Hội nghị ngày đã qua", "07:30", "11:00")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày tổ chức đã qua.")));
		conference(plan, LocalDate.of(this.nextYear, 2, 3), "Hội nghị giờ ngược", "11:00", "07:30")
			.andExpect(content().string(containsString("Giờ kết thúc phải sau giờ bắt đầu.")));
		conference(plan, LocalDate.of(this.nextYear + 1, 2, 3), "Hội nghị năm khác", "07:30", "11:00")
			.andExpect(content().string(containsString("Ngày tổ chức không thuộc năm của kế hoạch.")));
		this.mvc
			.perform(post("/staff/21172/conferences/new").with(as("vanphong"))
				.with(csrf())
				.param("kind", "PERIODIC")
				.param("title", "x")
				.param("date", "31/02/" + this.nextYear)
				.param("start", "7h")
				.param("end", "11:00")
				.param("venue", "Hội trường")
				.param("allAreas", "true"))
			.andExpect(content().string(containsString("Ngày không hợp lệ")))
			.andExpect(content().string(containsString("Giờ không hợp lệ")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void twoPeopleEditingTheSameConferenceGetAConflictNotAnOverwrite() throws Exception {
		long id = createConference(null, LocalDate.of(this.nextYear, 4, 6), "Hội nghị về giao thông");
		edit(id, "Tên của người thứ nhất", 0).andExpect(flash().attribute("message", "conference.saved"));
		edit(id, "Tên của người thứ hai", 0).andExpect(status().isOk())
			.andExpect(content().string(containsString("vừa được người khác sửa")));
		assertThat(this.jdbc.queryForObject("select title from conference where id = ?", String.class, id))
			.isEqualTo("Tên của người thứ nhất");
	}

	@Test
	void aConferenceOfAnotherCommuneIsNotFound() throws Exception {
		long id = createConference(null, LocalDate.of(this.nextYear, 5, 4), "Hội nghị của phường");
		this.mvc.perform(get("/staff/07231/conferences/" + id).with(as("vanphong.dinhke")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/xa/07231/hoi-nghi/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void theComplianceViewComparesRequiredPlannedAndHeld() throws Exception {
		this.mvc.perform(get("/staff/29917/compliance").param("year", "2021").with(as("vanphong.tanquydong")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ít nhất 1 lần mỗi thôn, tổ dân phố, khóm mỗi quý")))
			.andExpect(content().string(containsString("Khóm 5, quý 4")))
			.andExpect(content().string(containsString("Đạt")));
		this.mvc
			.perform(get("/staff/07231/compliance").param("year", String.valueOf(this.nextYear))
				.with(as("vanphong.dinhke")))
			.andExpect(content().string(containsString("Ít nhất 1 hội nghị chuyên đề trong năm")))
			.andExpect(content().string(containsString("Chưa lên kế hoạch đủ")));
	}

	@Test
	void theSeedPlansAreLoadedAsPublishedPlansWithTheirConferences() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from plan where request_key like 'demo-plan-%'" + " and state = 'PUBLISHED'",
				Integer.class))
			.isEqualTo(5);
		assertThat(this.jdbc.queryForObject("select count(*) from conference c join commune m on m.id = c.commune_id"
				+ " where m.code = '29917' and extract(year from c.day) = 2021", Integer.class))
			.isEqualTo(20);
	}

	private long createPlan(String key) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/staff/21172/plans/new").with(as("vanphong"))
				.with(csrf())
				.param("requestKey", key)
				.param("year", String.valueOf(this.nextYear))
				.param("issuer", "UBND")
				.param("issuerName", "ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG")
				.param("place", "Trương Quang Trọng")
				.param("summary", "Tổ chức đối thoại giữa Chủ tịch UBND phường với Nhân dân năm " + this.nextYear)
				.param("purposes", "Nắm bắt tâm tư, nguyện vọng của Nhân dân")
				.param("requirements", "Đối thoại dân chủ, công khai")
				.param("sections", "1. Thời gian\n- Mỗi quý một lần")
				.param("duties", "Văn phòng HĐND và UBND phường\n- Chuẩn bị nội dung")
				.param("recipients", "UBND tỉnh (b/c)\nLưu: VT.")
				.param("signerAuthority", "TM. ỦY BAN NHÂN DÂN")
				.param("signerTitle", "CHỦ TỊCH")
				.param("signerName", "Phạm Văn Lực"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/staff/21172/plans/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long createConference(Long plan, LocalDate day, String title) throws Exception {
		String location = conference(plan, day, title, "07:30", "11:00").andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/staff/21172/conferences/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private org.springframework.test.web.servlet.ResultActions conference(Long plan, LocalDate day, String title,
			String start, String end) throws Exception {
		MockHttpServletRequestBuilder request = post("/staff/21172/conferences/new").with(as("vanphong"))
			.with(csrf())
			.param("requestKey", UUID.randomUUID().toString())
			.param("kind", "PERIODIC")
			.param("title", title)
			.param("date", DAY.format(day))
			.param("start", start)
			.param("end", end)
			.param("venue", "Hội trường UBND phường")
			.param("allAreas", "true")
			.param("topics", "Đất đai\nTrật tự đô thị")
			.param("chair", "Chủ tịch UBND phường");
		if (plan != null) {
			request = request.param("planId", String.valueOf(plan));
		}
		return this.mvc.perform(request);
	}

	private org.springframework.test.web.servlet.ResultActions edit(long id, String title, int version)
			throws Exception {
		return this.mvc.perform(post("/staff/21172/conferences/" + id + "/edit").with(as("vanphong"))
			.with(csrf())
			.param("kind", "PERIODIC")
			.param("title", title)
			.param("date", "06/04/" + this.nextYear)
			.param("start", "07:30")
			.param("end", "11:00")
			.param("venue", "Hội trường")
			.param("allAreas", "true")
			.param("version", String.valueOf(version)));
	}

	private org.springframework.test.web.servlet.ResultActions step(long id, String action, int version)
			throws Exception {
		return this.mvc.perform(post("/staff/21172/conferences/" + id + "/" + action).with(as("vanphong"))
			.with(csrf())
			.param("version", String.valueOf(version)));
	}

	private String state(long id) {
		return this.jdbc.queryForObject("select state from conference where id = ?", String.class, id);
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from conference", Integer.class);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
