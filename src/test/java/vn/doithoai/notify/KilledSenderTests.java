package vn.doithoai.notify;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.doithoai.IntegrationTest;
import vn.doithoai.notify.OutboxSender.Claimed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.doithoai.notify.OutboxTesting.LEASE;
import static vn.doithoai.notify.OutboxTesting.drain;

/**
 * A committed message is sent even if the application is killed between the commit and
 * the send, for both channels. A kill is simulated by a sender that claims and then never
 * goes on (its claim committed), or whose claiming transaction never commits. Each sender
 * claims up to 1,000 messages, so that other tests' messages cannot push this test's one
 * out of a batch.
 */
@IntegrationTest
class KilledSenderTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	static GatewayServer gateway;

	@Autowired
	Outbox outbox;

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

	@ParameterizedTest
	@EnumSource(Channel.class)
	void aMessageWhoseSenderWasKilledAfterClaimingItIsSentOnceWhenTheClaimLapses(Channel channel) throws Exception {
		String to = queue(channel);
		Instant claimedAt = this.clock.now();
		List<Claimed> claimed = sender(this.clock).claim();
		// ...and the sender is killed here: nothing more happens on its side.
		long id = (Long) row().get("id");
		assertThat(claimed).extracting(Claimed::id).contains(id);
		assertThat(row()).containsEntry("state", "SENDING")
			.containsEntry("attempts", 1)
			.containsEntry("next_attempt_at", claimedAt.plus(LEASE));
		this.mvc.perform(get("/admin/outbox").param("state", "SENDING").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nếu bộ gửi dừng giữa chừng, tin được gửi lại từ")));

		OutboxSender survivor = sender(this.clock);
		this.clock.move(LEASE.minusSeconds(1));
		drain(survivor);
		assertThat(row()).containsEntry("state", "SENDING");
		assertThat(deliveries(channel, to)).isZero();

		this.clock.move(Duration.ofSeconds(1));
		drain(survivor);
		assertThat(row()).containsEntry("state", "SENT").containsEntry("attempts", 2).containsEntry("body", null);
		awaitDeliveries(channel, to, 1);
	}

	@ParameterizedTest
	@EnumSource(Channel.class)
	void aMessageWhoseSenderWasKilledWhileClaimingItIsNotLost(Channel channel) {
		String to = queue(channel);
		this.clock.now();
		assertThatIllegalStateException().isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			assertThat(sender(this.clock).claim()).extracting(Claimed::id).contains((Long) row().get("id"));
			// The node dies before its claim commits: the database rolls it back.
			throw new IllegalStateException("killed");
		}));
		assertThat(row()).containsEntry("state", "PENDING").containsEntry("attempts", 0);

		drain(sender(this.clock));
		assertThat(row()).containsEntry("state", "SENT").containsEntry("attempts", 1);
		awaitDeliveries(channel, to, 1);
	}

	@ParameterizedTest
	@EnumSource(Channel.class)
	void aSenderThatFindsItsClaimLapsedBeforeSendingLeavesTheMessageToAnother(Channel channel) {
		String to = queue(channel);
		this.clock.now();
		OutboxSender late = sender(this.clock);
		List<Claimed> claimed = late.claim();
		assertThat(claimed).extracting(Claimed::id).contains((Long) row().get("id"));

		this.clock.move(LEASE);
		late.deliver(claimed);
		assertThat(row()).containsEntry("state", "SENDING").containsEntry("attempts", 1);
		assertThat(deliveries(channel, to)).isZero();

		drain(sender(this.clock));
		assertThat(row()).containsEntry("state", "SENT").containsEntry("attempts", 2);
		awaitDeliveries(channel, to, 1);
	}

	/**
	 * The case the outbox cannot settle alone: a sender that stalls past its lease (or is
	 * killed after the server took the message, before recording it) sends the message a
	 * second time. The repeat carries the same key, so the receiver can drop it; the
	 * stalled sender's outcome does not overwrite the one recorded meanwhile.
	 */
	@ParameterizedTest
	@EnumSource(Channel.class)
	void aRepeatFromASenderThatOutlivedItsClaimCarriesTheSameKeyAndChangesNothing(Channel channel) throws Exception {
		String to = queue(channel);
		MovableClock stalledClock = new MovableClock();
		OutboxSender stalled = sender(stalledClock);
		List<Claimed> claimed = stalled.claim();
		long id = (Long) row().get("id");
		assertThat(claimed).extracting(Claimed::id).contains(id);

		this.clock.now();
		this.clock.move(LEASE);
		drain(sender(this.clock));
		Map<String, Object> sent = row();
		assertThat(sent).containsEntry("state", "SENT").containsEntry("attempts", 2);
		awaitDeliveries(channel, to, 1);

		stalled.deliver(claimed);

		assertThat(row()).isEqualTo(sent);
		if (channel == Channel.EMAIL) {
			await().untilAsserted(() -> assertThat(mailsTo(to)).hasSize(2));
			assertThat(mailsTo(to)).extracting(MimeMessage::getMessageID)
				.containsOnly("<outbox." + id + "@doithoai.local>");
		}
		else {
			assertThat(gateway.requestsTo(to)).hasSize(2)
				.extracting(GatewayServer.Request::key)
				.containsOnly(String.valueOf(id));
			assertThat(gateway.deliveredTo(to)).hasSize(1);
		}
	}

	private String queue(Channel channel) {
		String to = (channel == Channel.EMAIL) ? "killed." + this.run + "@example.vn"
				: "09" + Math.abs(this.run.hashCode() % 100_000_000);
		this.transactions.executeWithoutResult((status) -> {
			if (channel == Channel.EMAIL) {
				this.outbox.email("21172", to, "Thông báo", "Nội dung thông báo", key());
			}
			else {
				this.outbox.webhook("21172", to, "Nội dung thông báo", key());
			}
		});
		return to;
	}

	private OutboxSender sender(MovableClock clock) {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost(smtp.getSmtp().getBindTo());
		mail.setPort(smtp.getSmtp().getPort());
		mail.setDefaultEncoding("UTF-8");
		NotifyProperties.Webhook webhook = OutboxTesting.webhook(gateway.url(), OutboxTesting.SECRET);
		return new OutboxSender(this.jdbc, this.transactionManager, mail,
				new WebhookGateway(webhook, this.json, clock.getZone()), OutboxTesting.properties(1000, 8, webhook),
				clock);
	}

	private void awaitDeliveries(Channel channel, String to, int count) {
		await().untilAsserted(() -> assertThat(deliveries(channel, to)).isEqualTo(count));
	}

	/** What reached the recipient: mails received, or texts the gateway passed on. */
	private static int deliveries(Channel channel, String to) {
		return (channel == Channel.EMAIL) ? mailsTo(to).size() : gateway.deliveredTo(to).size();
	}

	private static List<MimeMessage> mailsTo(String to) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> {
			try {
				return Arrays.stream(mail.getAllRecipients())
					.anyMatch((a) -> ((InternetAddress) a).getAddress().equals(to));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private Map<String, Object> row() {
		return OutboxTesting.row(this.jdbc, key());
	}

	private String key() {
		return "test:" + this.run + ":killed";
	}

}
