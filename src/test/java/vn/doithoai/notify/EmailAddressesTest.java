package vn.doithoai.notify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTest {

	@ParameterizedTest
	@ValueSource(strings = { "nguyenvana@gmail.com", "a.b+ubnd@xa-phuong.gov.vn", "x@y.vn" })
	void acceptsAddressesOfTheUsualShape(String address) {
		assertThat(EmailAddresses.isWellFormed(address)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "nguyenvana", "nguyenvana@gmail", "@gmail.com", "a@@gmail.com", "nguyen van a@gmail.com",
					"a@gmail.com\r\nBcc: b@gmail.com", "<a@gmail.com>", "a@gmail.com, b@gmail.com", "a@gmail." })
	void refusesWhatIsNotOneAddress(String address) {
		assertThat(EmailAddresses.isWellFormed(address)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void refusesAnAddressLongerThanSmtpCarries() {
		assertThat(EmailAddresses.isWellFormed("a@" + "b".repeat(250) + ".vn")).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "nguyenvana@gmail.com, ng***@gmail.com", "ab@ubnd.vn, a***@ubnd.vn", "x@y.vn, x***@y.vn",
			"abc@y.vn, ab***@y.vn" })
	void masksAllButTheStartOfTheMailbox(String address, String masked) {
		assertThat(EmailAddresses.mask(address)).isEqualTo(masked);
	}

}
