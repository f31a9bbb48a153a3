package vn.doithoai.text;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A Vietnamese personal name written family name, middle name, given name: "Nguyễn Văn
 * An".
 *
 * @param family the family name (họ), "Nguyễn"
 * @param middle the middle name (tên đệm), "Văn", or empty
 * @param given the given name (tên), "An"
 */
public record PersonName(String family, String middle, String given) {

	private static final Comparator<PersonName> VIETNAMESE_ORDER = Comparator
		.comparing(PersonName::given, VietnameseCollation.comparator())
		.thenComparing(PersonName::middle, VietnameseCollation.comparator())
		.thenComparing(PersonName::family, VietnameseCollation.comparator());

	public PersonName {
		family = clean(family);
		middle = clean(middle);
		given = clean(given);
		if (family.isEmpty() || given.isEmpty()) {
			throw new IllegalArgumentException("A name needs a family name and a given name");
		}
	}

	/**
	 * Reads a full name: the first word is the family name, the last the given name, and
	 * the words between the middle name.
	 * @param full the full name, "Nguyễn Văn An"
	 * @return the name
	 * @throws IllegalArgumentException if the name has fewer than two words
	 */
	public static PersonName parse(String full) {
		String[] words = splitWords(full);
		if (words.length < 2) {
			throw new IllegalArgumentException("A name needs a family name and a given name: " + full);
		}
		String middle = String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1));
		return new PersonName(words[0], middle, words[words.length - 1]);
	}

	/**
	 * Returns the order in which lists of people are sorted: by given name, then middle
	 * name, then family name, each in Vietnamese collation.
	 * @return the comparator
	 */
	public static Comparator<PersonName> vietnameseOrder() {
		return VIETNAMESE_ORDER;
	}

	/**
	 * Returns the name as written: "Nguyễn Văn An", or "Nguyễn An" without a middle name.
	 * @return the full name
	 */
	public String full() {
		return middle.isEmpty() ? family + " " + given : family + " " + middle + " " + given;
	}

	private static String clean(String part) {
		return (part != null) ? VietnameseText.collapseSpaces(VietnameseText.nfc(part)) : "";
	}

	private static String[] splitWords(String text) {
		String cleaned = clean(text);
		return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
	}

}
