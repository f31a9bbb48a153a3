package vn.doithoai.document;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentLineBreakerTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Hoàn thành trước ngày 24/12/2026 theo chỉ đạo.|24/12/2026",
			"Theo Biên bản số 05/BB-UBND của phường.|05/BB-UBND", "Thời hạn 03/12 /2026 là sai.|Thời" })
	void neverBreaksInsideADateOrASymbol(String text, String whole) {
		List<Integer> breaks = breaks(text);
		int start = text.indexOf(whole);
		assertThat(breaks).noneMatch((at) -> at > start && at < start + whole.length());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "đất đai / xây dựng|'đất đai / '", "một hai ba|'một '" })
	void breaksBetweenWordsAsUsual(String text, String firstLine) {
		assertThat(breaks(text)).contains(firstLine.length());
	}

	private static List<Integer> breaks(String text) {
		DocumentLineBreaker breaker = new DocumentLineBreaker();
		breaker.setText(text);
		List<Integer> breaks = new ArrayList<>();
		for (int at = breaker.next(); at != -1; at = breaker.next()) {
			breaks.add(at);
		}
		return breaks;
	}

}
