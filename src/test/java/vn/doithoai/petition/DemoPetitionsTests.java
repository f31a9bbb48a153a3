package vn.doithoai.petition;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.doithoai.IntegrationTest;
import vn.doithoai.access.StaffUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo petitions (DESIGN §8): the demo ward has petitions in every state the code
 * reaches, made through the use cases, spread over the last months; the other demo
 * communes have a few; loading again adds nothing.
 */
@IntegrationTest
class DemoPetitionsTests {

	/** Only what the demo loader made: other tests add petitions of their own. */
	private static final String DEMO = "p.request_key like '" + DemoPetitionsLoader.KEY_PREFIX + "%'";

	private static final String WARD = "21172";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoPetitionsLoader loader;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoWardHasAtLeastTwentyFivePetitions() {
		assertThat(count(WARD, "true")).isGreaterThanOrEqualTo(25);
	}

	@ParameterizedTest
	@EnumSource(names = { "RECEIVED", "ACCEPTED", "ASSIGNED", "ANSWER_PREPARED", "REJECTED", "MERGED", "FORWARDED",
			"OFF_TOPIC", "COMPLAINT" })
	void theDemoWardHasPetitionsInEachStateTheCodeReaches(PetitionState state) {
		assertThat(count(WARD, "p.state = '" + state + "'")).as(state.name()).isPositive();
	}

	@ParameterizedTest
	@ValueSource(strings = { "18187", "07231", "29917", "08973" })
	void everyOtherDemoCommuneHasAFewPetitions(String commune) {
		assertThat(count(commune, "true")).isBetween(3, 5);
	}

	@Test
	void assignedAnswersAreAtEveryStageOfApprovalAndTheDemoOfficialHasSome() {
		long department = ((StaffUser) this.users.loadUserByUsername("canbo")).departmentId();
		String assigned = "p.state = 'ASSIGNED' and ";
		assertThat(count(WARD, assigned + "p.answer_state is null")).isPositive();
		assertThat(count(WARD, assigned + "p.answer_state = 'DRAFT'")).isPositive();
		assertThat(count(WARD, assigned + "p.answer_state = 'SUBMITTED' and p.department_id = " + department))
			.isEqualTo(1);
		assertThat(count(WARD, assigned
				+ "p.answer_state = 'RETURNED' and p.answer_comment <> '' and p.department_id = " + department))
			.isEqualTo(1);
		assertThat(count(WARD, assigned + "p.department_id <> " + department)).isPositive();
		assertThat(count(WARD, "p.state in ('ASSIGNED', 'ANSWER_PREPARED') and p.due_date is null")).isZero();
	}

	@Test
	void theDemoOfficialAndTheChairFindTheirWork() throws Exception {
		String submitted = code("p.answer_state = 'SUBMITTED' and p.state = 'ASSIGNED'");
		this.mvc.perform(get("/staff/21172/petitions/mine").with(user(this.users.loadUserByUsername("canbo"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(submitted)));
		this.mvc.perform(get("/staff/21172/petitions/approvals").with(user(this.users.loadUserByUsername("chutich"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(submitted)));
	}

	@Test
	void preparedAnswersArePublishedWithTheirQuestionOrKeptFromThePublic() throws Exception {
		String prepared = "p.state = 'ANSWER_PREPARED' and ";
		assertThat(count(WARD, prepared + "p.public_question is not null and p.answer_published_at is not null"))
			.isPositive();
		assertThat(count(WARD, prepared + "p.public_question is null and p.answer_published_at is null")).isPositive();
		String published = code(prepared + "p.answer_published_at is not null");
		this.mvc.perform(get("/api/v1/public/petitions/" + published))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ANSWER_PREPARED"))
			.andExpect(jsonPath("$.question").isNotEmpty())
			.andExpect(jsonPath("$.answer").isNotEmpty());
		String kept = code(prepared + "p.answer_published_at is null");
		this.mvc.perform(get("/api/v1/public/petitions/" + kept))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answer").doesNotExist());
	}

	@Test
	void everyDemoPetitionsTimelineIsInThePastInOrderAndEndsInItsState() {
		Instant now = Instant.now();
		List<Map<String, Object>> petitions = this.jdbc
			.queryForList("select p.id, p.state, p.received_at from petition p where " + DEMO);
		assertThat(petitions).hasSizeGreaterThanOrEqualTo(25 + 4 * 3);
		for (Map<String, Object> petition : petitions) {
			Instant received = ((Timestamp) petition.get("received_at")).toInstant();
			List<Map<String, Object>> history = this.jdbc.queryForList(
					"select state, at from petition_history where petition_id = ? order by id", petition.get("id"));
			assertThat(history).isNotEmpty();
			Instant previous = received;
			for (Map<String, Object> line : history) {
				Instant at = ((Timestamp) line.get("at")).toInstant();
				assertThat(at).as("petition %s", petition.get("id")).isAfterOrEqualTo(previous).isBefore(now);
				previous = at;
			}
			assertThat(history.get(history.size() - 1).get("state")).isEqualTo(petition.get("state"));
		}
		Instant oldest = this.jdbc
			.queryForObject("select min(p.received_at) from petition p where " + DEMO, Timestamp.class)
			.toInstant();
		assertThat(oldest).isBefore(now.minus(Duration.ofDays(60)));
	}

	@ParameterizedTest
	@EnumSource(names = { "RECEIVED", "ACCEPTED", "ASSIGNED", "ANSWER_PREPARED", "REJECTED", "MERGED", "FORWARDED",
			"OFF_TOPIC", "COMPLAINT" })
	void eachDemoTransitionWasMadeByItsUseCaseWithItsAuditRecord(PetitionState state) {
		String action = switch (state) {
			case RECEIVED -> "petition.received";
			case ACCEPTED -> "petition.accepted";
			case ASSIGNED -> "petition.assigned";
			case ANSWER_PREPARED -> "petition.answerApproved";
			case REJECTED -> "petition.rejected";
			case MERGED -> "petition.merged";
			case FORWARDED -> "petition.forwarded";
			case OFF_TOPIC -> "petition.offTopic";
			case COMPLAINT -> "petition.complaint";
			default -> throw new IllegalArgumentException(state.name());
		};
		assertThat(count(WARD,
				"p.state = '" + state + "' and not exists (select 1 from audit_event a where"
						+ " a.record_type = 'petition' and a.record_id = p.id::text and a.action = '" + action + "')"))
			.isZero();
	}

	@Test
	void loadingAgainAddsNothing() throws Exception {
		String totals = """
				select (select count(*) from petition) || '/' || (select count(*) from petition_history) || '/'
				    || (select count(*) from petition_note) || '/' || (select count(*) from audit_event)
				""";
		String before = this.jdbc.queryForObject(totals, String.class);
		this.loader.run(null);
		assertThat(this.jdbc.queryForObject(totals, String.class)).isEqualTo(before);
	}

	private int count(String commune, String condition) {
		return this.jdbc.queryForObject("select count(*) from petition p join commune c on c.id = p.commune_id"
				+ " where c.code = ? and " + DEMO + " and " + condition, Integer.class, commune);
	}

	private String code(String condition) {
		return this.jdbc.queryForObject(
				"select p.tracking_code from petition p join commune c on c.id = p.commune_id"
						+ " where c.code = ? and " + DEMO + " and " + condition + " order by p.id limit 1",
				String.class, WARD);
	}

}
