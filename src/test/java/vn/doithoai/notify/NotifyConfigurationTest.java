package vn.doithoai.notify;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The sender gets Spring Boot's mail sender exactly when a mail server is configured. */
class NotifyConfigurationTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(NotifyConfiguration.class)
		.withBean(JdbcTemplate.class, () -> new JdbcTemplate(mock(DataSource.class)))
		.withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class))
		.withBean(JsonMapper.class, () -> JsonMapper.builder().build())
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void withoutAMailHostNothingIsSent() {
		this.contexts.run((context) -> {
			OutboxSender sender = context.getBean(OutboxSender.class);
			assertThat(sender.mailConfigured()).isFalse();
			assertThat(sender.webhookConfigured()).isFalse();
			assertThat(sender.sendDue()).isZero();
		});
	}

	@Test
	void withAMailHostTheSenderUsesIt() {
		this.contexts
			.withPropertyValues("spring.mail.host=smtp.example.vn", "doithoai.notify.from=ubnd@example.vn",
					"doithoai.notify.max-attempts=4", "doithoai.notify.retry-delay=30s")
			.run((context) -> {
				assertThat(context.getBean(OutboxSender.class).mailConfigured()).isTrue();
				NotifyProperties properties = context.getBean(NotifyProperties.class);
				assertThat(properties.from()).isEqualTo("ubnd@example.vn");
				assertThat(properties.fromName()).isEqualTo("Hệ thống Đối Thoại");
				assertThat(properties.maxAttempts()).isEqualTo(4);
				assertThat(properties.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
				assertThat(context.getBean(OutboxSender.class).webhookConfigured()).isFalse();
			});
	}

	@Test
	void withAWebhookUrlTheSenderPostsToItWithTheDefaultTimeouts() {
		this.contexts
			.withPropertyValues("doithoai.notify.webhook.url=https://sms.example.vn/gui",
					"doithoai.notify.webhook.secret=" + OutboxTesting.SECRET)
			.run((context) -> {
				assertThat(context.getBean(OutboxSender.class).webhookConfigured()).isTrue();
				NotifyProperties properties = context.getBean(NotifyProperties.class);
				assertThat(properties.maxAttempts()).isEqualTo(8);
				assertThat(properties.lease()).isEqualTo(Duration.ofMinutes(10));
				assertThat(properties.webhook().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(properties.webhook().readTimeout()).isEqualTo(Duration.ofSeconds(10));
			});
	}

	@Test
	void aWebhookWithoutASecretStopsTheStart() {
		this.contexts.withPropertyValues("doithoai.notify.webhook.url=https://sms.example.vn/gui")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void aSenderAddressThatIsNotOneStopsTheStart() {
		this.contexts.withPropertyValues("doithoai.notify.from=ubnd").run((context) -> assertThat(context).hasFailed());
	}

}
