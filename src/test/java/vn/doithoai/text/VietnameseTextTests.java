package vn.doithoai.text;

import java.text.Normalizer;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@ParameterizedTest
	@CsvSource({ "Nguyễn Văn An", "ĐỨC", "Hoà", "khoẻ", "Thuỷ", "thuyết", "Phường Ngọc Hà" })
	void nfcComposesDecomposedText(String text) {
		String decomposed = nfd(text);
		assertThat(decomposed).isNotEqualTo(text);
		assertThat(VietnameseText.nfc(decomposed)).isEqualTo(text);
		assertThat(VietnameseText.nfc(text)).isEqualTo(text);
	}

	@Test
	void nullStaysNull() {
		assertThat(VietnameseText.nfc(null)).isNull();
		assertThat(VietnameseText.fold(null)).isNull();
		assertThat(VietnameseText.canonicalTones(null)).isNull();
		assertThat(VietnameseText.searchKey(null)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"Nguyễn Văn An      | nguyen van an", //
			"ĐẶNG ĐỨC ĐẠT       | dang duc dat", //
			"đường Đồng Khởi    | duong dong khoi", //
			"Hoà Bình           | hoa binh", //
			"Hòa Bình           | hoa binh", //
			"THUỶ               | thuy", //
			"ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ | a a a a a a a a a a", //
			"ơ ờ ở ỡ ớ ợ ư ừ ử ữ ứ ự | o o o o o o u u u u u u", //
			"Ê Ề Ể Ễ Ế Ệ Ô Ồ Ổ Ỗ Ố Ộ | e e e e e e o o o o o o", //
			"ỳ ỷ ỹ ý ỵ ì ỉ ĩ í ị | y y y y y i i i i i", //
			"Ðoàn (eth for Đ)    | doan (eth for d)", //
			"Quý 3/2026         | quy 3/2026" })
	void foldsToLowerCaseWithoutDiacritics(String text, String folded) {
		assertThat(VietnameseText.fold(text)).isEqualTo(folded);
		assertThat(VietnameseText.fold(nfd(text))).isEqualTo(folded);
	}

	@Test
	void foldCollapsesWhiteSpaceOfAnyKind() {
		assertThat(VietnameseText.fold("  Nguyễn\t\tVăn \n An\u00A0\u00A0Bình\u3000 ")).isEqualTo("nguyen van an binh");
		assertThat(VietnameseText.fold(" \u00A0\t")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"Hoà    | Hòa", //
			"hoà    | hòa", //
			"HOÀ    | HÒA", //
			"hoá    | hóa", //
			"hoả    | hỏa", //
			"hoã    | hõa", //
			"hoạ    | họa", //
			"goá    | góa", //
			"oà     | òa", //
			"hoè    | hòe", //
			"khoẻ   | khỏe", //
			"KHOẺ   | KHỎE", //
			"xoè    | xòe", //
			"loẹ    | lọe", //
			"Thuỷ   | Thủy", //
			"thuý   | thúy", //
			"huỷ    | hủy", //
			"luỹ    | lũy", //
			"tuỳ    | tùy", //
			"uỷ ban | ủy ban", //
			"Uỷ     | Ủy" })
	void putsToneOfOpenGlideOnFirstVowel(String oldPlacement, String canonical) {
		assertThat(VietnameseText.canonicalTones(oldPlacement)).isEqualTo(canonical);
		assertThat(VietnameseText.canonicalTones(nfd(oldPlacement))).isEqualTo(canonical);
		assertThat(VietnameseText.canonicalTones(canonical)).isEqualTo(canonical);
		assertThat(VietnameseText.canonicalTones(nfd(canonical))).isEqualTo(canonical);
	}

	@ParameterizedTest
	@CsvSource({ "quý", "quả", "quỳ", "Quỷ", "QUÝ", "hoàng", "thuyết", "toán", "khuyên", "hoặc", "xoắn", "hoài", "xoáy",
			"khuỷu", "ngoẹo", "thuế", "huệ", "mùa", "mía", "mưa", "thuở", "Nguyễn", "hoa", "thuy", "Zoë" })
	void leavesOtherSyllablesAlone(String text) {
		assertThat(VietnameseText.canonicalTones(text)).isEqualTo(text);
		assertThat(VietnameseText.canonicalTones(nfd(text))).isEqualTo(text);
	}

	static Stream<Arguments> mixedPlacements() {
		return Stream.of(Arguments.of("Xã Hoà Bình, huyện Thuỷ Nguyên", "Xã Hòa Bình, huyện Thủy Nguyên"),
				Arguments.of("Chúc khoẻ! Hoà-thuận; quý khách", "Chúc khỏe! Hòa-thuận; quý khách"),
				Arguments.of(nfd("Trường THCS Hoà Quý, uỷ ban xã"), "Trường THCS Hòa Quý, ủy ban xã"),
				Arguments.of("Lê Thị Thuý Hoà", "Lê Thị Thúy Hòa"),
				Arguments.of("Nguyễn Thủy Hoà và Trần Thuỷ Hòa", "Nguyễn Thủy Hòa và Trần Thủy Hòa"));
	}

	@ParameterizedTest
	@MethodSource("mixedPlacements")
	void canonicalisesEveryWordOfMixedText(String text, String canonical) {
		assertThat(VietnameseText.canonicalTones(text)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@CsvSource({ "Hoà,Hòa", "hoè,hòe", "Thuỷ,Thủy", "khoẻ,khỏe", "HOÀ BÌNH,Hòa Bình", "  uỷ   ban ,Ủy ban" })
	void searchKeyMatchesOldAndNewPlacementAndPlainLetters(String oldPlacement, String newPlacement) {
		String key = VietnameseText.searchKey(oldPlacement);
		assertThat(VietnameseText.searchKey(newPlacement)).isEqualTo(key);
		assertThat(VietnameseText.searchKey(nfd(oldPlacement))).isEqualTo(key);
		assertThat(VietnameseText.searchKey(VietnameseText.fold(newPlacement))).isEqualTo(key);
	}

	@Property
	void foldIsIdempotent(@ForAll String text) {
		String folded = VietnameseText.fold(text);
		assertThat(VietnameseText.fold(folded)).isEqualTo(folded);
	}

	@Property
	void foldIgnoresNormalForm(@ForAll("vietnamese") String text) {
		assertThat(VietnameseText.fold(nfd(text))).isEqualTo(VietnameseText.fold(nfc(text)));
	}

	@Property
	void canonicalTonesIsIdempotent(@ForAll("vietnamese") String text) {
		String canonical = VietnameseText.canonicalTones(text);
		assertThat(VietnameseText.canonicalTones(canonical)).isEqualTo(canonical);
		assertThat(VietnameseText.canonicalTones(nfd(text))).isEqualTo(canonical);
	}

	@Property
	void canonicalTonesIsIdempotentOnAnyText(@ForAll String text) {
		String canonical = VietnameseText.canonicalTones(text);
		assertThat(VietnameseText.canonicalTones(canonical)).isEqualTo(canonical);
	}

	@Property
	void canonicalTonesChangesNothingButTonePlacement(@ForAll("vietnamese") String text) {
		assertThat(VietnameseText.fold(VietnameseText.canonicalTones(text))).isEqualTo(VietnameseText.fold(text));
		assertThat(VietnameseText.canonicalTones(text)).hasSameSizeAs(nfc(text));
	}

	/**
	 * Text in Vietnamese letters, either normal form, with tones anywhere and any case.
	 */
	@Provide
	Arbitrary<String> vietnamese() {
		Arbitrary<String> letter = Arbitraries.of("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l",
				"m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y", "A", "Đ", "O", "U", "Y",
				"Q");
		Arbitrary<String> tone = Arbitraries.of("", "", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323");
		Arbitrary<String> markedLetter = letter.flatMap((l) -> tone.map((t) -> l + t));
		Arbitrary<String> separator = Arbitraries.of(" ", "  ", ", ", "-", "\u00A0", "1");
		Arbitrary<String> word = markedLetter.list().ofMinSize(1).ofMaxSize(6).map((ls) -> String.join("", ls));
		return Arbitraries.oneOf(word, separator).list().ofMaxSize(12).map((parts) -> String.join("", parts));
	}

	private static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
