package vn.doithoai.notify;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
		assertThatIllegalArgumentException().isThrownBy(() -> new NotifyProperties("không trả lời", "Đối Thoại",
				Duration.ofSeconds(5), 20, 10, Duration.ofMinutes(1), Duration.ofHours(1)));
	}

	private static NotifyProperties properties(Duration retryDelay, Duration maxRetryDelay) {
		return new NotifyProperties("khong-tra-loi@doithoai.local", "Hệ thống Đối Thoại", Duration.ofSeconds(5), 20, 10,
				retryDelay, maxRetryDelay);
	}

}
