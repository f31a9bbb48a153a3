package vn.doithoai.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator enters a year's official schedule; every open deadline it affects
 * moves, and each move is logged, audited and announced.
 */
@IntegrationTest
@RecordApplicationEvents
class CalendarChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Deadlines deadlines;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	CommuneDirectory communes;

	@Autowired
	DeadlineRules rules;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents events;

	@Test
	void enteringAnOfficialScheduleMovesTheOpenDeadlinesItTouches() throws Exception {
		CommuneInfo commune = this.communes.findByCode("21172").orElseThrow();
		// Provisional 2031: Thu 1 May 2031 is the only holiday that week; conclusion 7
		// working days
		// after a conference on Mon 28 Apr 2031 falls on Thu 8 May.
		assertThat(this.calendar.isOfficial(2031)).isFalse();
		Deadline conclusion = this.transactions.execute(
				(status) -> this.deadlines
					.schedule(commune.id(), commune.code(), "test-conference", "2031-a", DeadlinePurpose.CONCLUSION,
							LocalDate.of(2031, 4, 28))
					.orElseThrow());
		Deadline closed = this.transactions.execute((status) -> {
			Deadline notice = this.deadlines
				.schedule(commune.id(), commune.code(), "test-conference", "2031-b", DeadlinePurpose.CONCLUSION,
						LocalDate.of(2031, 4, 28))
				.orElseThrow();
			this.deadlines.close("test-conference", "2031-b", DeadlinePurpose.CONCLUSION);
			return notice;
		});
		assertThat(conclusion.due()).isEqualTo(LocalDate.of(2031, 5, 9));

		this.mvc
			.perform(post("/admin/calendar/2031").with(user(this.users.loadUserByUsername("admin")))
				.with(csrf())
				.param("daysOff",
						"01/01/2031 Tết Dương lịch\n30/04/2031 Ngày Chiến thắng\n01/05/2031 Ngày Quốc tế Lao động\n"
								+ "02/05/2031 Nghỉ bù")
				.param("workingSaturdays", ""))
			.andExpect(redirectedUrl("/admin/calendar/2031"))
			.andExpect(flash().attribute("moved", 1));

		assertThat(this.calendar.isOfficial(2031)).isTrue();
		Deadline moved = this.deadlines.forSubject("test-conference", "2031-a").get(0);
		assertThat(moved.due()).isEqualTo(LocalDate.of(2031, 5, 12));
		assertThat(this.deadlines.forSubject("test-conference", "2031-b").get(0).due()).isEqualTo(closed.due());
		assertThat(this.deadlines.moves(moved.id())).singleElement().satisfies((move) -> {
			assertThat(move.previousDue()).isEqualTo(LocalDate.of(2031, 5, 9));
			assertThat(move.newDue()).isEqualTo(LocalDate.of(2031, 5, 12));
			assertThat(move.reason()).contains("2031");
		});
		assertThat(this.events.stream(DeadlineMoved.class))
			.anySatisfy((event) -> assertThat(event.deadlineId()).isEqualTo(moved.id()));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'deadline.moved' and record_id = ?", Integer.class,
				String.valueOf(moved.id())))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'calendar.yearSaved' and record_id = '2031'"
						+ " and actor = 'admin'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aBadScheduleIsShownLineByLineAndNothingIsSaved() throws Exception {
		String before = this.jdbc
			.queryForObject("select count(*) || '/' || coalesce(max(version), 0) from calendar_year", String.class);
		this.mvc
			.perform(post("/admin/calendar/2032").with(user(this.users.loadUserByUsername("admin")))
				.with(csrf())
				.param("daysOff",
						"01/01/2032 Tết Dương lịch\n31/02/2032 Ngày sai\n01/01/2032 Trùng\n03/01/2032 Chủ nhật\n"
								+ "05/01/2033 Năm khác\n06/01/2032")
				.param("workingSaturdays", "04/01/2032\n08/01/2032"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dòng 2: ngày không hợp lệ")))
			.andExpect(content().string(containsString("Dòng 3: ngày này đã có ở dòng trước.")))
			.andExpect(content().string(containsString("Dòng 4: ngày này là thứ Bảy hoặc Chủ nhật")))
			.andExpect(content().string(containsString("Dòng 5: ngày không thuộc năm này.")))
			.andExpect(content().string(containsString("Dòng 6: thiếu tên ngày nghỉ.")))
			.andExpect(content().string(containsString("Dòng 1: ngày này không phải thứ Bảy.")))
			.andExpect(content().string(containsString("Dòng 2: ngày này không phải thứ Bảy.")));
		assertThat(this.jdbc.queryForObject("select count(*) || '/' || coalesce(max(version), 0) from calendar_year",
				String.class))
			.isEqualTo(before);
		assertThat(this.calendar.isOfficial(2032)).isFalse();
	}

	@Test
	void onlyTheAdministratorEntersSchedules() throws Exception {
		this.mvc.perform(get("/admin/calendar/2031").with(user(this.users.loadUserByUsername("vanphong"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theMonthGridShowsLunarDatesHolidaysAndWorkingSaturdays() throws Exception {
		this.mvc.perform(get("/lich/2026/2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tết Nguyên đán")))
			.andExpect(content().string(containsString("1/1")))
			.andExpect(content().string(containsString("day-off")));
		this.mvc.perform(get("/lich/2026/8")).andExpect(content().string(containsString("working-saturday")));
		this.mvc.perform(get("/lich/2025/7")).andExpect(content().string(containsString("1/6 nhuận")));
		this.mvc.perform(get("/lich/2036"))
			.andExpect(content().string(containsString("lịch tạm tính theo Bộ luật Lao động")));
		this.mvc.perform(get("/lich/2101/1")).andExpect(status().isNotFound());
	}

}
