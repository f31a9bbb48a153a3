package vn.doithoai.notify;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NotifyPropertiesTest {

	@ParameterizedTest
	@CsvSource({ "1, 1", "2, 2", "3, 4", "4, 8", "6, 32", "7, 60", "40, 60" })
	void theWaitDoublesAfterEachFailureUpToTheMaximum(int failedAttempts, int minutes) {
		NotifyProperties properties = properties(Duration.ofMinutes(1), Duration.ofHours(1));
		assertThat(properties.delayAfter(failedAttempts)).isEqualTo(Duration.ofMinutes(minutes));
	}

	@Test
	void refusesADelayThatWouldRetryAtOnce() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Duration.ZERO, Duration.ofHours(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Duration.ofHours(2), Duration.ofHours(1)));
	}

	@Test
	void refusesASenderAddressThatIsNotOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NotifyProperties("không trả lời", "Đối Thoại", Duration.ofSeconds(5), 20, 8,
					Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(10), OutboxTesting.noWebhook()));
	}

	@Test
	void refusesALeaseThatASlowBatchOfWebhookMessagesWouldOutlast() {
		// 20 messages, each up to 5 s to connect and 10 s to answer: 5 minutes.
		NotifyProperties.Webhook webhook = new NotifyProperties.Webhook(null, null, Duration.ofSeconds(5),
				Duration.ofSeconds(10));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NotifyProperties("ubnd@example.vn", "Đối Thoại", Duration.ofSeconds(5), 20, 8,
					Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), webhook));
		assertThat(new NotifyProperties("ubnd@example.vn", "Đối Thoại", Duration.ofSeconds(5), 20, 8,
				Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(6), webhook)
			.lease()).isEqualTo(Duration.ofMinutes(6));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://sms.example.vn/gui", "/gui-tin", "sms.example.vn" })
	void refusesAWebhookUrlThatIsNotHttp(String url) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutboxTesting.webhook(URI.create(url), OutboxTesting.SECRET));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ngan-qua" })
	void refusesAWebhookWithoutALongEnoughSecret(String secret) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutboxTesting.webhook(URI.create("https://sms.example.vn/gui"), secret));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutboxTesting.webhook(URI.create("https://sms.example.vn/gui"), null));
	}

	@Test
	void theWebhookSecretStaysOutOfItsDescription() {
		assertThat(OutboxTesting.webhook(URI.create("https://sms.example.vn/gui"), OutboxTesting.SECRET))
			.hasToString("Webhook[url=https://sms.example.vn/gui, connectTimeout=PT1S, readTimeout=PT1S]");
	}

	private static NotifyProperties properties(Duration retryDelay, Duration maxRetryDelay) {
		return new NotifyProperties("khong-tra-loi@doithoai.local", "Hệ thống Đối Thoại", Duration.ofSeconds(5), 20, 8,
				retryDelay, maxRetryDelay, Duration.ofMinutes(10), OutboxTesting.noWebhook());
	}

}
