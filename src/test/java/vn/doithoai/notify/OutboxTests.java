package vn.doithoai.notify;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderValidatorAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.doithoai.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doithoai.notify.OutboxTesting.drain;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox against a real SMTP server (GreenMail, on a free port). The application's
 * own sender has no mail server in tests and sends nothing; each test drives senders of
 * its own over the shared database, as several application nodes would. Other tests'
 * messages may be in the outbox too, so every test looks only at its own recipients.
 */
@IntegrationTest
class OutboxTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private static final String SUBJECT = "Xác nhận tiếp nhận câu hỏi — mã K7M2QX";

	private static final String BODY = """
			Kính gửi ông Nguyễn Văn Ánh,

			Ủy ban nhân dân phường đã tiếp nhận câu hỏi của ông về đất đai.
			Mã tra cứu: K7M2QX — Mã PIN (giữ kín): 482913

			Trân trọng.""";

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
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	private final MovableClock clock = new MovableClock();

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aCommittedMessageIsDeliveredInVietnameseAndItsBodyForgotten() throws Exception {
		String to = address("anh");
		this.transactions
			.executeWithoutResult((status) -> this.outbox.email("21172", to, SUBJECT, BODY, key("receipt")));

		this.clock.now();
		drain(sender(greenMail(), 5, 3));

		MimeMessage mail = awaitOneMailTo(to);
		assertThat(mail.getSubject()).isEqualTo(SUBJECT);
		assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
		assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
		InternetAddress from = (InternetAddress) mail.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("khong-tra-loi@doithoai.local");
		assertThat(from.getPersonal()).isEqualTo("Hệ thống Đối Thoại");
		assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		Map<String, Object> row = row(key("receipt"));
		assertThat(mail.getMessageID()).isEqualTo("<outbox." + row.get("id") + "@doithoai.local>");
		assertThat(row).containsEntry("state", "SENT")
			.containsEntry("subject", SUBJECT)
			.containsEntry("attempts", 1)
			.containsEntry("body", null);
		assertThat(row.get("sent_at")).isNotNull();
	}

	@Test
	void aRolledBackTransactionSendsNothing() {
		String to = address("rollback");
		this.transactions.executeWithoutResult((status) -> {
			this.outbox.email("21172", to, SUBJECT, BODY, key("rollback"));
			status.setRollbackOnly();
		});

		this.clock.now();
		drain(sender(greenMail(), 5, 3));

		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where dedup_key = ?", Long.class,
				key("rollback")))
			.isZero();
		assertThat(mailsTo(to)).isEmpty();
	}

	@Test
	void theSameKeyIsQueuedAndSentOnce() {
		String to = address("dedup");
		this.transactions.executeWithoutResult((status) -> {
			this.outbox.email("21172", to, "Lần thứ nhất", BODY, key("dedup"));
			this.outbox.email("21172", to, "Lần thứ hai", BODY, key("dedup"));
		});
		this.transactions
			.executeWithoutResult((status) -> this.outbox.email("21172", to, "Lần thứ ba", BODY, key("dedup")));

		this.clock.now();
		drain(sender(greenMail(), 5, 3));

		assertThat(this.jdbc.queryForList("select subject from outbox_message where recipient = ?", String.class, to))
			.containsExactly("Lần thứ nhất");
		await().untilAsserted(() -> assertThat(mailsTo(to)).hasSize(1));
	}

	@Test
	void messagesAreQueuedOnlyInsideTheChangesTransaction() {
		assertThatThrownBy(() -> this.outbox.email("21172", address("outside"), SUBJECT, BODY, key("outside")))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ông Ánh", "anh@", "anh@gmail.com\r\nBcc: ke-la@example.vn" })
	void aMalformedAddressIsRefused(String to) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.transactions
			.executeWithoutResult((status) -> this.outbox.email("21172", to, SUBJECT, BODY, key("malformed"))));
	}

	@Test
	void aSubjectOnSeveralLinesIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.outbox.email("21172",
					address("subject"), "Dòng một\nBcc: x@y.vn", BODY, key("subject"))));
	}

	@Test
	void aFailingServerIsRetriedWithGrowingWaitsThenADeadLetterUntilAnAdministratorRetries() throws Exception {
		String to = address("failing");
		this.transactions
			.executeWithoutResult((status) -> this.outbox.email("21172", to, SUBJECT, BODY, key("failing")));
		OutboxSender deadServer = sender(unreachableServer(), 20, 3);

		Instant first = this.clock.now();
		drain(deadServer);
		Map<String, Object> afterFirst = row(key("failing"));
		assertThat(afterFirst).containsEntry("state", "PENDING").containsEntry("attempts", 1);
		assertThat(afterFirst.get("next_attempt_at")).isEqualTo(first.plus(Duration.ofMinutes(1)));
		assertThat((String) afterFirst.get("last_error")).isNotBlank().doesNotContain(to);

		this.clock.move(Duration.ofSeconds(59));
		drain(deadServer);
		assertThat(row(key("failing"))).containsEntry("attempts", 1);

		Instant second = this.clock.move(Duration.ofSeconds(1));
		drain(deadServer);
		assertThat(row(key("failing"))).containsEntry("state", "PENDING")
			.containsEntry("attempts", 2)
			.containsEntry("next_attempt_at", second.plus(Duration.ofMinutes(2)));

		this.clock.move(Duration.ofMinutes(2));
		drain(deadServer);
		assertThat(row(key("failing"))).containsEntry("state", "DEAD").containsEntry("attempts", 3);

		this.clock.move(Duration.ofDays(1));
		drain(deadServer);
		assertThat(row(key("failing"))).containsEntry("state", "DEAD").containsEntry("attempts", 3);

		long id = (Long) row(key("failing")).get("id");
		this.mvc.perform(get("/admin/outbox").param("state", "DEAD").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fa***@example.vn")))
			.andExpect(content().string(containsString("Gửi không được")))
			.andExpect(content().string(containsString("/admin/outbox/" + id + "/retry")))
			.andExpect(content().string(not(containsString(to))))
			.andExpect(content().string(not(containsString("482913"))));
		this.mvc.perform(post("/admin/outbox/{id}/retry", id).with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/outbox"));
		assertThat(row(key("failing"))).containsEntry("state", "PENDING").containsEntry("attempts", 0);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event
				where action = 'outbox.retried' and record_id = ? and actor = 'admin' and commune_code = '21172'
				  and before_state ->> 'state' = 'DEAD' and after_state ->> 'state' = 'PENDING'
				""", Long.class, String.valueOf(id))).isEqualTo(1);

		drain(sender(greenMail(), 20, 3));
		await().untilAsserted(() -> assertThat(mailsTo(to)).hasSize(1));
		assertThat(row(key("failing"))).containsEntry("state", "SENT");
	}

	@Test
	void anUnreachableMailServerAtStartUpLeavesTheApplicationRunningAndTheMessagesWaiting() throws Exception {
		String to = address("startup");
		this.transactions
			.executeWithoutResult((status) -> this.outbox.email("21172", to, SUBJECT, BODY, key("startup")));
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class,
					MailSenderValidatorAutoConfiguration.class))
			.withUserConfiguration(NotifyConfiguration.class)
			.withBean(JdbcTemplate.class, () -> this.jdbc)
			.withBean(PlatformTransactionManager.class, () -> this.transactionManager)
			.withBean(JsonMapper.class, () -> this.json)
			.withBean(Clock.class, () -> this.clock)
			.withPropertyValues("spring.mail.host=" + smtp.getSmtp().getBindTo(), "spring.mail.port=" + closedPort(),
					"doithoai.notify.poll-interval=1h")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				OutboxSender sender = context.getBean(OutboxSender.class);
				assertThat(sender.mailConfigured()).isTrue();

				this.clock.now();
				sender.poll();

				Map<String, Object> row = row(key("startup"));
				assertThat(row).containsEntry("state", "PENDING").containsEntry("attempts", 1);
				assertThat((String) row.get("last_error")).contains("Connect");
			});
	}

	@Test
	void onlyADeadLetterCanBeSentAgain() throws Exception {
		String to = address("pending");
		this.transactions
			.executeWithoutResult((status) -> this.outbox.email("21172", to, SUBJECT, BODY, key("pending")));
		long id = (Long) row(key("pending")).get("id");
		this.mvc.perform(post("/admin/outbox/{id}/retry", id).with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/outbox/{id}/retry", id).with(user("vanphong").roles("SECRETARY")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void whileOneNodeSendsABatchAnotherSkipsItAndEveryMessageGoesOutOnce() throws Exception {
		List<String> recipients = IntStream.range(0, 12).mapToObj((i) -> address("node" + i)).toList();
		this.transactions.executeWithoutResult((status) -> recipients
			.forEach((to) -> this.outbox.email("21172", to, SUBJECT, BODY, key("node:" + to))));
		CountDownLatch sending = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		JavaMailSenderImpl held = new JavaMailSenderImpl() {

			@Override
			public void send(MimeMessage... messages) {
				sending.countDown();
				try {
					// Had the other node waited for this one's batch, it would still be
					// waiting.
					if (!release.await(10, TimeUnit.SECONDS)) {
						throw new IllegalStateException("the other node did not get past this one's batch");
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				super.send(messages);
			}

		};
		configure(held, smtp.getSmtp().getPort());

		this.clock.now();
		CompletableFuture<Integer> firstNode = CompletableFuture.supplyAsync(() -> sender(held, 5, 3).sendDue());
		await().until(() -> sending.getCount() == 0);
		int secondNode = drain(sender(greenMail(), 5, 3));
		release.countDown();

		assertThat(firstNode.get(30, TimeUnit.SECONDS)).isEqualTo(5);
		assertThat(secondNode).isPositive();
		await().untilAsserted(() -> assertThat(recipients).allSatisfy((to) -> assertThat(mailsTo(to)).hasSize(1)));
	}

	@Test
	void pollersRacingOverTheOutboxSendEachMessageOnce() throws Exception {
		List<String> recipients = IntStream.range(0, 30).mapToObj((i) -> address("race" + i)).toList();
		this.transactions.executeWithoutResult((status) -> recipients
			.forEach((to) -> this.outbox.email("21172", to, SUBJECT, BODY, key("race:" + to))));

		this.clock.now();
		ExecutorService nodes = Executors.newFixedThreadPool(3);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> claimed = new ArrayList<>();
			for (int node = 0; node < 3; node++) {
				OutboxSender sender = sender(greenMail(), 4, 3);
				claimed.add(nodes.submit(() -> {
					start.await();
					return drain(sender);
				}));
			}
			start.countDown();
			for (Future<Integer> node : claimed) {
				node.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			nodes.shutdownNow();
		}

		await().untilAsserted(() -> assertThat(recipients).allSatisfy((to) -> assertThat(mailsTo(to)).hasSize(1)));
		assertThat(recipients).allSatisfy((to) -> assertThat(row(key("race:" + to))).containsEntry("state", "SENT"));
	}

	@Test
	void oneLookAtTheOutboxSendsEveryDueBatch() {
		List<String> recipients = IntStream.range(0, 5).mapToObj((i) -> address("poll" + i)).toList();
		this.transactions.executeWithoutResult((status) -> recipients
			.forEach((to) -> this.outbox.email("21172", to, SUBJECT, BODY, key("poll:" + to))));

		this.clock.now();
		sender(greenMail(), 2, 3).poll();

		assertThat(recipients).allSatisfy((to) -> assertThat(row(key("poll:" + to))).containsEntry("state", "SENT"));
		await().untilAsserted(() -> assertThat(recipients).allSatisfy((to) -> assertThat(mailsTo(to)).hasSize(1)));
	}

	@Test
	void withoutAMailServerMessagesWaitAndTheAdministratorIsTold() throws Exception {
		String to = "nguyenvana." + this.run + "@gmail.com";
		this.transactions
			.executeWithoutResult((status) -> this.outbox.email("21172", to, SUBJECT, BODY, key("unconfigured")));

		assertThat(this.applicationSender.mailConfigured()).isFalse();
		assertThat(this.applicationSender.sendDue()).isZero();
		assertThat(row(key("unconfigured"))).containsEntry("state", "PENDING").containsEntry("attempts", 0);

		this.mvc.perform(get("/admin/outbox").param("state", "PENDING").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa cấu hình máy chủ thư")))
			.andExpect(content().string(containsString("ng***@gmail.com")))
			.andExpect(content().string(containsString(SUBJECT)))
			.andExpect(content().string(not(containsString(to))))
			.andExpect(content().string(not(containsString("482913"))));
		this.mvc.perform(get("/admin/outbox").with(user("vanphong").roles("SECRETARY")))
			.andExpect(status().isForbidden());
	}

	private OutboxSender sender(JavaMailSender mail, int batchSize, int maxAttempts) {
		return new OutboxSender(this.jdbc, this.transactionManager, mail, null,
				OutboxTesting.properties(batchSize, maxAttempts), this.clock);
	}

	private static JavaMailSender greenMail() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		configure(sender, smtp.getSmtp().getPort());
		return sender;
	}

	/** A mail server that is down. */
	private static JavaMailSender unreachableServer() throws IOException {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		configure(sender, closedPort());
		return sender;
	}

	/** A port nobody listens on. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void configure(JavaMailSenderImpl sender, int port) {
		sender.setHost(smtp.getSmtp().getBindTo());
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.connectiontimeout", "5000");
		properties.setProperty("mail.smtp.timeout", "5000");
		sender.setJavaMailProperties(properties);
	}

	private MimeMessage awaitOneMailTo(String to) {
		await().untilAsserted(() -> assertThat(mailsTo(to)).hasSize(1));
		return mailsTo(to).get(0);
	}

	private static List<MimeMessage> mailsTo(String to) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> isTo(mail, to)).toList();
	}

	private static boolean isTo(MimeMessage mail, String to) {
		try {
			Address[] recipients = mail.getAllRecipients();
			return recipients != null
					&& Arrays.stream(recipients).anyMatch((a) -> ((InternetAddress) a).getAddress().equals(to));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> row(String key) {
		return OutboxTesting.row(this.jdbc, key);
	}

	private String address(String who) {
		return who + "." + this.run + "@example.vn";
	}

	private String key(String what) {
		return "test:" + this.run + ":" + what;
	}

}
