package vn.doithoai.petition;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

	private static List<SearchVocabulary.Term> terms(String... words) {
		return List.of(words).stream().map((w) -> new SearchVocabulary.Term(w, false)).toList();
	}

	private static String marked(Snippet snippet) {
		return snippet.parts()
			.stream()
			.map((part) -> part.match() ? "[" + part.text() + "]" : part.text())
			.collect(Collectors.joining());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Tranh chấp ĐẤT ĐAI ở xóm Bàu | dat,dai | Tranh chấp [ĐẤT ĐAI] ở xóm Bàu
			Ông Hoà hỏi về nhà Hòa Bình  | hoa     | Ông [Hoà] hỏi về nhà [Hòa] Bình
			Đường Đất đỏ, đất đai         | dat     | Đường [Đất] đỏ, [đất] đai
			đạt chuẩn, đất                | dat     | [đạt] chuẩn, [đất]
			nhà đất thổ cư                | da      | nhà đất thổ cư
			""")
	void highlightsWholeWordsWithoutRegardToDiacriticsOrCaseAndKeepsTheText(String text, String words,
			String expected) {
		assertThat(marked(Snippet.of(text, terms(words.split(",")), 200))).isEqualTo(expected);
	}

	@Test
	void findsWordsInDecomposedTextAndKeepsItsMarks() {
		String nfd = Normalizer.normalize("Kênh Khê Lư ô nhiễm", Normalizer.Form.NFD);
		Snippet snippet = Snippet.of(nfd, terms("khe", "lu"), 200);
		assertThat(snippet.parts()).extracting(Snippet.Part::text)
			.contains(Normalizer.normalize("Khê Lư", Normalizer.Form.NFD));
	}

	@Test
	void anUnfinishedWordHighlightsTheWholeWord() {
		Snippet snippet = Snippet.of("Xin chuyển mục đích sử dụng đất", List.of(new SearchVocabulary.Term("dic", true)),
				200);
		assertThat(marked(snippet)).isEqualTo("Xin chuyển mục [đích] sử dụng đất");
	}

	@Test
	void aLongTextIsCutAroundTheFirstMatch() {
		String text = "Mở đầu dài dòng. ".repeat(30) + "Cống thoát nước bị tắc ở ngõ 5. " + "Kết thúc. ".repeat(30);
		String shown = marked(Snippet.of(text, terms("cong"), 120));
		assertThat(shown).startsWith("…").endsWith("…").contains("[Cống] thoát nước");
		assertThat(shown.length()).isLessThan(130);
	}

	@Test
	void withoutAMatchTheTextStartsTheSnippet() {
		Snippet snippet = Snippet.of("Đề nghị sửa đường", terms("cau"), 200);
		assertThat(snippet.matched()).isFalse();
		assertThat(marked(snippet)).isEqualTo("Đề nghị sửa đường");
	}

}
