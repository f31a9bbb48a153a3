package vn.doithoai.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalisation, diacritic folding and tone placement for Vietnamese text.
 */
public final class VietnameseText {

	private static final char COMBINING_GRAVE = '\u0300';

	private static final char COMBINING_ACUTE = '\u0301';

	private static final char COMBINING_TILDE = '\u0303';

	private static final char COMBINING_HOOK_ABOVE = '\u0309';

	private static final char COMBINING_DOT_BELOW = '\u0323';

	private VietnameseText() {
	}

	/**
	 * Returns the text in Unicode NFC, the form in which all text is stored and compared.
	 * @param text any text, may be {@code null}
	 * @return the NFC form, or {@code null} for {@code null}
	 */
	public static String nfc(String text) {
		if (text == null) {
			return null;
		}
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * Folds text for diacritic-insensitive search: lower case, no diacritics, đ as d,
	 * single spaces, no leading or trailing space; "Nguyễn ĐỨC" folds to "nguyen duc".
	 * @param text any text, may be {@code null}
	 * @return the folded text, or {@code null} for {@code null}
	 */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		String lower = nfc(text).toLowerCase(Locale.ROOT);
		String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		decomposed.codePoints()
			.filter((cp) -> !isMark(cp))
			.map(VietnameseText::foldLetter)
			.forEach(folded::appendCodePoint);
		// Recompose what is left (Hangul, say) so that folding twice changes nothing.
		return nfc(collapseSpaces(folded.toString()));
	}

	/**
	 * Puts the tone mark of the open syllables oa, oe and uy on their first vowel ("Hoà"
	 * → "Hòa", "khoẻ" → "khỏe", "Thuỷ" → "Thủy"), so that old and new tone placement
	 * compare equal. Syllables after "q" (quý) and syllables with a final consonant
	 * (hoàng, toán, thuyết) are left alone, as is letter case.
	 * @param text any text in any normal form, may be {@code null}
	 * @return the text in NFC with canonical tone placement, or {@code null} for
	 * {@code null}
	 */
	public static String canonicalTones(String text) {
		if (text == null) {
			return null;
		}
		// In NFD each tone is a mark of its own: moving a tone is moving one char.
		StringBuilder decomposed = new StringBuilder(Normalizer.normalize(text, Normalizer.Form.NFD));
		int i = 0;
		while (i < decomposed.length()) {
			int wordEnd = wordEnd(decomposed, i);
			if (wordEnd > i) {
				moveToneToFirstVowel(decomposed, i, wordEnd);
				i = wordEnd;
			}
			else {
				i++;
			}
		}
		return nfc(decomposed.toString());
	}

	/**
	 * Returns the key under which text is searched without regard to diacritics, case,
	 * spacing or tone placement.
	 * @param text any text, may be {@code null}
	 * @return the search key, or {@code null} for {@code null}
	 */
	public static String searchKey(String text) {
		// Folding removes every tone, so where a tone was placed no longer matters.
		return fold(text);
	}

	/**
	 * What every typed value becomes before it is used: NFC, without surrounding white
	 * space (no-break spaces included). Form fields, request parameters and passwords
	 * alike.
	 */
	public static String normalizeInput(String text) {
		return (text != null) ? strip(nfc(text)) : null;
	}

	/**
	 * Strips leading and trailing white space, no-break spaces included, which pasted
	 * text often carries and {@link String#strip()} keeps.
	 */
	static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.codePointAt(start))) {
			start += Character.charCount(text.codePointAt(start));
		}
		while (end > start && isSpace(text.codePointBefore(end))) {
			end -= Character.charCount(text.codePointBefore(end));
		}
		return text.substring(start, end);
	}

	/** Strips the text and turns every run of white space inside it into one space. */
	static String collapseSpaces(String text) {
		StringBuilder collapsed = new StringBuilder(text.length());
		boolean pendingSpace = false;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (isSpace(cp)) {
				pendingSpace = !collapsed.isEmpty();
				continue;
			}
			if (pendingSpace) {
				collapsed.append(' ');
				pendingSpace = false;
			}
			collapsed.appendCodePoint(cp);
		}
		return collapsed.toString();
	}

	private static boolean isSpace(int cp) {
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
	}

	private static boolean isMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static int foldLetter(int cp) {
		return switch (cp) {
			// đ does not decompose; ð (eth) stands in for it in text from old fonts.
			case 'đ', 'ð' -> 'd';
			default -> cp;
		};
	}

	/**
	 * Returns the end of the word (letters and their marks) starting at {@code start}.
	 */
	private static int wordEnd(CharSequence text, int start) {
		int i = start;
		while (i < text.length()) {
			int cp = Character.codePointAt(text, i);
			boolean partOfWord = Character.isLetter(cp) || (i > start && isMark(cp));
			if (!partOfWord) {
				break;
			}
			i += Character.charCount(cp);
		}
		return i;
	}

	/**
	 * Moves the tone of a word in NFD from the second vowel to the first if the word ends
	 * in the open syllable oa, oe or uy after nothing but consonants other than q.
	 */
	private static void moveToneToFirstVowel(StringBuilder word, int start, int end) {
		// Positions of the last two letters; in NFD each is followed by its marks.
		int second = lastLetterBefore(word, start, end);
		int first = (second > start) ? lastLetterBefore(word, start, second) : -1;
		if (first < 0 || !isOpenGlide(word.charAt(first), word.charAt(second))) {
			return;
		}
		for (int i = start; i < first; i++) {
			if (!isConsonant(word.charAt(i)) || Character.toLowerCase(word.charAt(i)) == 'q') {
				return;
			}
		}
		if (first + 1 != second || second + 2 != end || !isTone(word.charAt(second + 1))) {
			// The first vowel has a mark, or the second has none or several.
			return;
		}
		char tone = word.charAt(second + 1);
		word.deleteCharAt(second + 1);
		word.insert(first + 1, tone);
	}

	private static int lastLetterBefore(CharSequence word, int start, int end) {
		int i = end;
		while (i > start) {
			int cp = Character.codePointBefore(word, i);
			i -= Character.charCount(cp);
			if (!isMark(cp)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isOpenGlide(char first, char second) {
		String pair = ("" + first + second).toLowerCase(Locale.ROOT);
		return pair.equals("oa") || pair.equals("oe") || pair.equals("uy");
	}

	private static boolean isConsonant(char letter) {
		char lower = Character.toLowerCase(letter);
		return (lower >= 'a' && lower <= 'z' && "aeiouy".indexOf(lower) < 0) || lower == 'đ';
	}

	private static boolean isTone(char mark) {
		return mark == COMBINING_GRAVE || mark == COMBINING_ACUTE || mark == COMBINING_TILDE
				|| mark == COMBINING_HOOK_ABOVE || mark == COMBINING_DOT_BELOW;
	}

}
