package vn.doithoai.petition;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchVocabularyTest {

	@ParameterizedTest
	@CsvSource({ "khoan, khoan, 0", "khaon, khoan, 1", "quymh, quynh, 1", "khoan, khan, 1", "khoan, khoang, 1",
			"karaoek, karaoke, 1", "nahm, nham, 1", "dat, dai, 1", "abc, xyz, 3", "'', dat, 3" })
	void countsTypingSlipsWithASwapAsOne(String typed, String known, int slips) {
		assertThat(SearchVocabulary.slips(typed, known)).isEqualTo(slips);
		assertThat(SearchVocabulary.slips(known, typed)).isEqualTo(slips);
	}

	@Test
	void aLenientQueryMatchesEachWordByAnyOfItsFormsAndTheLastAsAStart() {
		SearchVocabulary.Attempt relaxed = new SearchVocabulary.Attempt(SearchVocabulary.Kind.RELAXED,
				List.of(List.of(new SearchVocabulary.Term("nuoc", false)),
						List.of(new SearchVocabulary.Term("khaon", true), new SearchVocabulary.Term("khoan", true))));
		assertThat(relaxed.query()).isEqualTo("'nuoc' & ('khaon':* | 'khoan':*)");
		assertThat(relaxed.phrase()).isNull();
		assertThat(relaxed.described()).isEqualTo("nuoc khaon…/khoan…");
	}

	@Test
	void anExactQueryRanksTheWordsInOrderHigher() {
		SearchVocabulary.Attempt exact = new SearchVocabulary.Attempt(SearchVocabulary.Kind.EXACT, List
			.of(List.of(new SearchVocabulary.Term("dat", false)), List.of(new SearchVocabulary.Term("dai", false))));
		assertThat(exact.query()).isEqualTo("'dat' & 'dai'");
		assertThat(exact.phrase()).isEqualTo("'dat' <-> 'dai'");
	}

	@Test
	void quotesInAWordCannotBreakTheQuery() {
		assertThat(new SearchVocabulary.Term("o'neil\\", false).tsquery()).isEqualTo("'o''neil\\\\'");
	}

}
