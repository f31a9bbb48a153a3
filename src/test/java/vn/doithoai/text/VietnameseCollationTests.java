package vn.doithoai.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseCollationTests {

	@ParameterizedTest
	@CsvSource({ "a à ả ã á ạ ă ằ ẳ ẵ ắ ặ â ầ ẩ ẫ ấ ậ b", "d đ e", "e ê g", "o ô ơ p", "u ư v", "an anh ảnh ánh ăn âm",
			"Dung Dũng Dưng Dương Đào", "ca cà cả cã cá cạ", "hoa hòa hỏa hõa hóa họa hoan", "thu thú thư thứ" })
	void sortsLettersThenTonesInVietnameseOrder(String ordered) {
		List<String> expected = List.of(ordered.split(" "));
		assertThat(shuffledAndSorted(expected)).containsExactlyElementsOf(expected);
		assertThat(shuffledAndSorted(expected.stream().map(VietnameseCollationTests::nfd).toList()))
			.map(VietnameseText::nfc)
			.containsExactlyElementsOf(expected);
	}

	@Test
	void comparesDecomposedAndComposedTextAsEqual() {
		assertThat(VietnameseCollation.comparator().compare(nfd("Nguyễn Đức"), "Nguyễn Đức")).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "Hoà,Hòa", "khoẻ,khỏe", "Thuỷ,Thủy", "HOÀ BÌNH,HÒA BÌNH" })
	void comparesOldAndNewTonePlacementAsEqual(String oldPlacement, String newPlacement) {
		assertThat(VietnameseCollation.comparator().compare(oldPlacement, newPlacement)).isZero();
		assertThat(VietnameseCollation.comparator().compare(nfd(oldPlacement), newPlacement)).isZero();
	}

	@Test
	void putsDBeforeDStroke() {
		assertThat(VietnameseCollation.comparator().compare("Dz", "Đa")).isNegative();
		assertThat(VietnameseCollation.comparator().compare("đa", "Dz")).isPositive();
	}

	@Test
	void staysCorrectWhenSortingOnManyThreadsAtOnce() throws Exception {
		List<String> expected = List.of("a", "à", "ả", "ã", "á", "ạ", "ă", "â", "b", "d", "đ", "e", "ê", "o", "ô", "ơ",
				"u", "ư", "y");
		try (ExecutorService executor = Executors.newFixedThreadPool(8)) {
			List<Callable<List<String>>> sorts = Collections.nCopies(64, () -> shuffledAndSorted(expected));
			for (Future<List<String>> sorted : executor.invokeAll(sorts)) {
				assertThat(sorted.get()).containsExactlyElementsOf(expected);
			}
		}
	}

	private static List<String> shuffledAndSorted(List<String> words) {
		List<String> shuffled = new ArrayList<>(words);
		Collections.shuffle(shuffled, new Random(words.hashCode()));
		shuffled.sort(VietnameseCollation.comparator());
		return shuffled;
	}

	private static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

}
