package vn.doithoai.document;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Test {

	/** FIPS 180-2's test vectors, and a Vietnamese line checked with sha256sum. */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "''|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
					"abc|ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
					"Biên bản số 12/BB-UBND|37b47ff483df04369360ccf8bbc8df92654833f97a084870a92f21ce5b70294c" })
	void givesTheLowerCaseHexSha256OfTheBytes(String text, String expected) {
		assertThat(Sha256.hex(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
	}

}
