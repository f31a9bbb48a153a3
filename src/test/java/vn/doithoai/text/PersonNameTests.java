package vn.doithoai.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PersonNameTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"Nguyễn Văn An            | Nguyễn | Văn         | An", //
			"Nguyễn Ảnh               | Nguyễn | ''          | Ảnh", //
			"Tôn Nữ Thị Ngọc Hoà      | Tôn    | Nữ Thị Ngọc | Hoà", //
			"'  Lê \t Thị\u00A0 Bình  ' | Lê     | Thị         | Bình" })
	void parsesFamilyMiddleAndGivenName(String full, String family, String middle, String given) {
		PersonName name = PersonName.parse(full);
		assertThat(name).isEqualTo(new PersonName(family, middle, given));
		assertThat(PersonName.parse(nfd(full))).isEqualTo(name);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "An", "  Ánh \t" })
	void rejectsNameWithoutFamilyAndGivenName(String full) {
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.parse(full));
	}

	@Test
	void normalisesPartsToNfcAndTrimsThem() {
		PersonName name = new PersonName(nfd(" Phạm "), nfd(" Đức  Minh "), nfd("Dũng\u00A0"));
		assertThat(name.family()).isEqualTo("Phạm");
		assertThat(name.middle()).isEqualTo("Đức Minh");
		assertThat(name.given()).isEqualTo("Dũng");
		assertThat(name.full()).isEqualTo("Phạm Đức Minh Dũng");
	}

	@Test
	void writesNameWithoutMiddleNameWithOneSpace() {
		assertThat(new PersonName("Nguyễn", null, "Ảnh").full()).isEqualTo("Nguyễn Ảnh");
		assertThat(new PersonName("Nguyễn", " ", "Ảnh").full()).isEqualTo("Nguyễn Ảnh");
	}

	@Test
	void rejectsBlankFamilyOrGivenName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonName(" ", "Văn", "An"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonName("Lê", "Văn", null));
	}

	@Test
	void sortsPeopleByGivenNameInVietnameseOrder() {
		assertSortedAs("Lê Văn An", "Nguyễn Ảnh", "Trần Thị Ánh", "Võ Văn Dung", "Phạm Đức Dũng", "Hồ Văn Dương",
				"Đặng Thị Đào", "Bùi Thị Hoa", "Lý Thị Hòa", "Đỗ Văn Hoà", "Mai Văn Hóa", "Ngô Thị Ơn", "Lê Thị Uyên",
				"Vũ Văn Ưng");
	}

	@Test
	void sortsPeopleWithTheSameGivenNameByMiddleThenFamilyName() {
		assertSortedAs("Trần Minh Anh", "Dương Thị Anh", "Đoàn Thị Anh", "Lê Thị Anh", "Nguyễn Thị Anh", "Lê Văn Anh");
	}

	@Test
	void sortsOldAndNewTonePlacementOfAGivenNameAsOneName() {
		assertSortedAs("Lê Thị Hòa", "Trần Thị Hoà", "Lê Văn Hoà", "Nguyễn Văn Hòa");
	}

	private static void assertSortedAs(String... fullNames) {
		List<String> expected = List.of(fullNames);
		List<PersonName> names = new ArrayList<>(expected.stream().map((full) -> PersonName.parse(nfd(full))).toList());
		Collections.shuffle(names, new Random(42));
		names.sort(PersonName.vietnameseOrder());
		assertThat(names).map(PersonName::full).containsExactlyElementsOf(expected);
	}

	private static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

}
