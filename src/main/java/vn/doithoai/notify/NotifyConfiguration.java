package vn.doithoai.notify;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox's sender, polling on every node. Spring Boot makes a mail sender only when
 * {@code spring.mail.host} is set, and does not connect to it at start-up; without one,
 * e-mails wait in the outbox. Without {@code doithoai.notify.webhook.url}, texts for the
 * SMS or Zalo gateway wait likewise.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotifyProperties.class)
class NotifyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NotifyConfiguration.class);

	@Bean
	OutboxSender outboxSender(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			ObjectProvider<JavaMailSender> mail, NotifyProperties properties, JsonMapper json, Clock clock) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("No mail server configured (spring.mail.host): e-mails wait in the outbox");
		}
		WebhookGateway webhook = null;
		if (properties.webhook().configured()) {
			webhook = new WebhookGateway(properties.webhook(), json, clock.getZone());
		}
		else {
			log.info(
					"No SMS or Zalo gateway configured (doithoai.notify.webhook.url): its messages wait in the outbox");
		}
		return new OutboxSender(jdbc, transactionManager, sender, webhook, properties, clock);
	}

}
