package vn.doithoai.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.doithoai.IntegrationTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public calendar endpoints of DESIGN §7, in exactly their shapes. */
@IntegrationTest
class CalendarApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aDayTellsWhetherItIsWorkedItsHolidayAndItsLunarDate() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/days/2026-02-17"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2026-02-17"))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.holiday").value("Tết Nguyên đán"))
			.andExpect(jsonPath("$.lunar.day").value(1))
			.andExpect(jsonPath("$.lunar.month").value(1))
			.andExpect(jsonPath("$.lunar.year").value(2026))
			.andExpect(jsonPath("$.lunar.leap").value(false));
		this.mvc.perform(get("/api/v1/calendar/days/2026-03-04"))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.holiday").doesNotExist());
		this.mvc.perform(get("/api/v1/calendar/days/2025-07-25"))
			.andExpect(jsonPath("$.lunar.month").value(6))
			.andExpect(jsonPath("$.lunar.leap").value(true));
	}

	@ParameterizedTest
	@CsvSource({ "2026-02-13, 7, 2026-03-03", "2026-02-13, 5, 2026-02-27", "2026-03-04, -8, 2026-02-13",
			"2025-04-29, 1, 2025-05-05", "2025-04-25, 1, 2025-04-26", "2026-03-04, 0, 2026-03-04" })
	void theNthWorkingDayAfterADate(String from, int add, String date) throws Exception {
		this.mvc.perform(get("/api/v1/calendar/working-days").param("from", from).param("add", String.valueOf(add)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(from))
			.andExpect(jsonPath("$.add").value(add))
			.andExpect(jsonPath("$.date").value(date));
	}

	@Test
	void workingDaysAreCountedAfterTheFirstDateUpToTheSecond() throws Exception {
		this.mvc
			.perform(get("/api/v1/calendar/working-days/count").param("from", "2026-02-13").param("to", "2026-03-03"))
			.andExpect(jsonPath("$.count").value(7))
			.andExpect(jsonPath("$.from").value("2026-02-13"))
			.andExpect(jsonPath("$.to").value("2026-03-03"));
	}

	@Test
	void aYearListsItsWeekdaysOffAndSaturdaysWorked() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/years/2025"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2025))
			.andExpect(jsonPath("$.daysOff[*].date", hasItem("2025-05-02")))
			.andExpect(jsonPath("$.daysOff[?(@.date == '2025-04-07')].name", contains("Giỗ Tổ Hùng Vương")))
			.andExpect(jsonPath("$.workingSaturdays", contains("2025-04-26")));
		this.mvc.perform(get("/api/v1/calendar/years/2035"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.daysOff[*].name", hasItem("Tết Nguyên đán")));
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/calendar/days/2026-02-30, date", "/api/v1/calendar/days/1899-12-31, date",
			"/api/v1/calendar/years/2101, year", "/api/v1/calendar/working-days?from=2026-01-01&add=3651, add",
			"/api/v1/calendar/working-days?from=2100-12-30&add=10, add",
			"/api/v1/calendar/working-days?from=hom-nay&add=1, from",
			"/api/v1/calendar/working-days?from=2026-01-01, add",
			"/api/v1/calendar/working-days/count?from=2026-01-01&to=2101-01-01, to" })
	void badInputIsAVietnameseProblemNamingTheField(String url, String field) throws Exception {
		this.mvc.perform(get(url))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
	}

}
