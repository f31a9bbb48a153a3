package vn.doithoai.notify;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.doithoai.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.doithoai.notify.OutboxTesting.drain;

/**
 * The webhook channel against a gateway on a local port that checks signatures and drops
 * repeats. The application's own sender has no gateway in tests; each test drives senders
 * of its own, and looks only at its own recipients.
 */
@IntegrationTest
class WebhookTests {

	private static final String TEXT = """
			UBND phường đã tiếp nhận câu hỏi của ông Nguyễn Văn Ánh. Mã tra cứu: K7M2QX, \
			mã PIN (giữ kín): 482913.""";

	static GatewayServer gateway;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxSender applicationSender;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	private final MovableClock clock = new MovableClock();

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeAll
	static void startGateway() throws IOException {
		gateway = new GatewayServer(OutboxTesting.SECRET);
	}

	@AfterAll
	static void stopGateway() {
		gateway.close();
	}

	@Test
	void aCommittedTextReachesTheGatewaySignedAndKeyedByItsId() {
		String to = phone();
		queue(to, "receipt");

		this.clock.now();
		drain(sender(OutboxTesting.SECRET, 3));

		Map<String, Object> row = row("receipt");
		assertThat(row).containsEntry("state", "SENT")
			.containsEntry("channel", "WEBHOOK")
			.containsEntry("attempts", 1)
			.containsEntry("body", null);
		assertThat(gateway.requestsTo(to)).singleElement().satisfies((request) -> {
			assertThat(request.signatureValid()).isTrue();
			assertThat(request.key()).isEqualTo(String.valueOf(row.get("id")));
			assertThat(request.contentType()).startsWith("application/json");
			assertThat(request.payload().path("id").asLong()).isEqualTo(row.get("id"));
			assertThat(request.payload().path("channel").asString()).isEqualTo("WEBHOOK");
			assertThat(request.payload().path("text").asString()).isEqualTo(TEXT);
			OffsetDateTime createdAt = OffsetDateTime.parse(request.payload().path("createdAt").asString());
			assertThat(createdAt.getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
			assertThat(createdAt.toInstant()).isEqualTo(row.get("created_at"));
		});
		assertThat(gateway.deliveredTo(to)).hasSize(1);
	}

	@Test
	void aGatewayWithAnotherSecretRefusesTheSignatureAndTheMessageIsADeadLetterAtOnce() {
		String to = phone();
		queue(to, "secret");

		this.clock.now();
		drain(sender("một-bí-mật-khác-hẳn-0123456789", 8));

		assertThat(gateway.requestsTo(to)).singleElement()
			.satisfies((request) -> assertThat(request.signatureValid()).isFalse());
		assertThat(row("secret")).containsEntry("state", "DEAD")
			.containsEntry("attempts", 1)
			.containsEntry("last_error", "HTTP 401 from the gateway: {\"error\":\"gateway says 401\"}");
		assertThat(gateway.deliveredTo(to)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "500, PENDING", "503, PENDING", "408, PENDING", "429, PENDING", "400, DEAD", "404, DEAD",
			"422, DEAD" })
	void aPassingFailureIsRetriedButARefusalIsADeadLetterAtOnce(int status, String state) {
		String to = phone();
		queue(to, "status");
		gateway.answer(to, status);

		Instant first = this.clock.now();
		OutboxSender sender = sender(OutboxTesting.SECRET, 8);
		drain(sender);

		Map<String, Object> row = row("status");
		assertThat(row).containsEntry("state", state).containsEntry("attempts", 1);
		assertThat((String) row.get("last_error")).startsWith("HTTP " + status + " from the gateway");
		if (state.equals("PENDING")) {
			assertThat(row.get("next_attempt_at")).isEqualTo(first.plus(Duration.ofMinutes(1)));
			this.clock.move(Duration.ofMinutes(1));
			drain(sender);
			assertThat(row("status")).containsEntry("state", "SENT").containsEntry("attempts", 2);
			assertThat(gateway.requestsTo(to)).hasSize(2)
				.extracting(GatewayServer.Request::key)
				.containsOnly(String.valueOf(row.get("id")));
			assertThat(gateway.deliveredTo(to)).hasSize(1);
		}
		else {
			this.clock.move(Duration.ofDays(1));
			drain(sender);
			assertThat(row("status")).containsEntry("state", "DEAD");
			assertThat(gateway.requestsTo(to)).hasSize(1);
		}
	}

	@Test
	void aGatewayThatDoesNotAnswerInTimeIsTriedAgain() {
		String to = phone();
		queue(to, "timeout");
		gateway.answer(to, GatewayServer.HANG);

		this.clock.now();
		OutboxSender sender = sender(OutboxTesting.SECRET, 8);
		drain(sender);

		Map<String, Object> row = row("timeout");
		assertThat(row).containsEntry("state", "PENDING").containsEntry("attempts", 1);
		assertThat((String) row.get("last_error")).contains("timed out");
		assertThat(gateway.deliveredTo(to)).isEmpty();

		this.clock.move(Duration.ofMinutes(1));
		drain(sender);
		assertThat(row("timeout")).containsEntry("state", "SENT").containsEntry("attempts", 2);
		assertThat(gateway.deliveredTo(to)).hasSize(1);
	}

	@Test
	void afterTheLastAttemptAMessageIsADeadLetterThatAnAdministratorSendsAgain() throws Exception {
		String to = phone();
		queue(to, "dead");
		gateway.answer(to, 500, 502, 503);
		OutboxSender sender = sender(OutboxTesting.SECRET, 3);

		this.clock.now();
		drain(sender);
		this.clock.move(Duration.ofMinutes(1));
		drain(sender);
		this.clock.move(Duration.ofMinutes(2));
		drain(sender);
		Map<String, Object> dead = row("dead");
		assertThat(dead).containsEntry("state", "DEAD").containsEntry("attempts", 3);
		this.clock.move(Duration.ofDays(1));
		drain(sender);
		assertThat(gateway.requestsTo(to)).hasSize(3);

		long id = (Long) dead.get("id");
		this.mvc.perform(get("/admin/outbox").param("state", "DEAD").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("***" + to.substring(to.length() - 3))))
			.andExpect(content().string(containsString("HTTP 503 from the gateway")))
			.andExpect(content().string(containsString("SMS/Zalo (webhook)")))
			.andExpect(content().string(containsString("/admin/outbox/" + id + "/retry")))
			.andExpect(content().string(not(containsString(to))))
			.andExpect(content().string(not(containsString("482913"))));
		this.mvc.perform(post("/admin/outbox/{id}/retry", id).with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/outbox"));
		assertThat(row("dead")).containsEntry("state", "PENDING").containsEntry("attempts", 0);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event
				where action = 'outbox.retried' and record_id = ? and actor = 'admin'
				  and before_state ->> 'state' = 'DEAD' and after_state ->> 'state' = 'PENDING'
				""", Long.class, String.valueOf(id))).isEqualTo(1);

		drain(sender);
		assertThat(row("dead")).containsEntry("state", "SENT").containsEntry("attempts", 1);
		assertThat(gateway.deliveredTo(to)).hasSize(1);
	}

	@Test
	void withoutAGatewayTextsWaitAndTheAdministratorIsTold() throws Exception {
		String to = phone();
		queue(to, "unconfigured");

		assertThat(this.applicationSender.webhookConfigured()).isFalse();
		assertThat(this.applicationSender.sendDue()).isZero();
		assertThat(row("unconfigured")).containsEntry("state", "PENDING").containsEntry("attempts", 0);

		this.mvc.perform(get("/admin/outbox").param("state", "PENDING").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa cấu hình cổng SMS/Zalo")))
			.andExpect(content().string(containsString("***" + to.substring(to.length() - 3))))
			.andExpect(content().string(not(containsString(to))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "0912 345 678", "0912345678\r\nX-Chen: 1" })
	void aRecipientThatIsNotOneTokenIsRefused(String to) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.transactions
			.executeWithoutResult((status) -> this.outbox.webhook("21172", to, TEXT, key("recipient"))));
	}

	@Test
	void aBlankOrOverlongTextIsRefused() {
		for (String text : new String[] { " ", "a".repeat(Outbox.MAX_TEXT_LENGTH + 1) }) {
			assertThatIllegalArgumentException().isThrownBy(() -> this.transactions
				.executeWithoutResult((status) -> this.outbox.webhook("21172", phone(), text, key("text"))));
		}
	}

	private void queue(String to, String what) {
		this.transactions.executeWithoutResult((status) -> this.outbox.webhook("21172", to, TEXT, key(what)));
	}

	private OutboxSender sender(String secret, int maxAttempts) {
		NotifyProperties.Webhook webhook = OutboxTesting.webhook(gateway.url(), secret);
		return new OutboxSender(this.jdbc, this.transactionManager, null,
				new WebhookGateway(webhook, this.json, this.clock.getZone()),
				OutboxTesting.properties(20, maxAttempts, webhook), this.clock);
	}

	private Map<String, Object> row(String what) {
		return OutboxTesting.row(this.jdbc, key(what));
	}

	private static String phone() {
		return "09" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
	}

	private String key(String what) {
		return "test:" + this.run + ":" + what;
	}

}
