package vn.doithoai.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese alphabetical order: a < ă < â, d < đ, o < ô < ơ, u < ư, tones in the order
 * none, huyền, hỏi, ngã, sắc, nặng, and "Hoà" with "Hòa" as one word.
 */
public final class VietnameseCollation {

	private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

	// Collator is not documented as thread-safe, so each thread uses a copy of its own.
	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> (Collator) VIETNAMESE.clone());

	private static final Comparator<String> ORDER = VietnameseCollation::compare;

	private VietnameseCollation() {
	}

	/**
	 * Returns a thread-safe comparator of non-null strings in Vietnamese order, whatever
	 * their normal form or tone placement; other strings that collate alike are ordered
	 * by code point.
	 * @return the comparator
	 */
	public static Comparator<String> comparator() {
		return ORDER;
	}

	private static int compare(String left, String right) {
		// Old and new tone placement spell the same word, so they must not sort apart.
		String canonicalLeft = VietnameseText.canonicalTones(left);
		String canonicalRight = VietnameseText.canonicalTones(right);
		int order = COLLATOR.get().compare(canonicalLeft, canonicalRight);
		// The collator ignores some differences (control characters); code points decide.
		return (order != 0) ? order : canonicalLeft.compareTo(canonicalRight);
	}

}
