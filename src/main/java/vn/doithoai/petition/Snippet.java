package vn.doithoai.petition;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A short passage of a text around the first words searched, cut into parts that are or
 * are not a match. The words are found without regard to diacritics, case or normal form,
 * but the passage keeps the text exactly as written; pages show each part escaped, a
 * match inside {@code <mark>}.
 */
record Snippet(List<Part> parts) {

	/** Characters shown before the first match. */
	private static final int LEAD = 60;

	/** One piece of the passage. */
	record Part(String text, boolean match) {
	}

	/** Whether any part is a match. */
	boolean matched() {
		return this.parts.stream().anyMatch(Part::match);
	}

	/**
	 * The passage of {@code text} of about {@code width} characters around the first of
	 * the words, each highlighted; the start of the text when none occurs.
	 */
	static Snippet of(String text, Collection<SearchVocabulary.Term> terms, int width) {
		if (text == null || text.isEmpty()) {
			return new Snippet(List.of());
		}
		Folded folded = Folded.of(text);
		List<int[]> ranges = new ArrayList<>();
		for (SearchVocabulary.Term term : terms) {
			folded.find(term, ranges);
		}
		ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
		ranges = joined(text, ranges);
		int start = ranges.isEmpty() ? 0 : wordStart(text, Math.max(0, ranges.get(0)[0] - LEAD));
		int end = Math.min(text.length(), start + width);
		if (end < text.length()) {
			int space = text.lastIndexOf(' ', end);
			end = (space > start + width / 2) ? space : end;
		}
		List<Part> parts = new ArrayList<>();
		if (start > 0) {
			parts.add(new Part("…", false));
		}
		int at = start;
		for (int[] range : ranges) {
			int from = Math.max(range[0], at);
			int to = Math.min(range[1], end);
			if (from >= to) {
				continue;
			}
			if (from > at) {
				parts.add(new Part(text.substring(at, from), false));
			}
			parts.add(new Part(text.substring(from, to), true));
			at = to;
		}
		if (at < end) {
			parts.add(new Part(text.substring(at, end), false));
		}
		if (end < text.length()) {
			parts.add(new Part("…", false));
		}
		return new Snippet(parts);
	}

	/** Matches apart only by spaces become one: "đất đai", not "đất" and "đai". */
	private static List<int[]> joined(String text, List<int[]> ranges) {
		List<int[]> joined = new ArrayList<>();
		for (int[] range : ranges) {
			int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && range[0] <= last[1]) {
				last[1] = Math.max(last[1], range[1]);
			}
			else if (last != null && text.substring(last[1], range[0]).isBlank()) {
				last[1] = range[1];
			}
			else {
				joined.add(new int[] { range[0], range[1] });
			}
		}
		return joined;
	}

	private static int wordStart(String text, int index) {
		int space = text.lastIndexOf(' ', index);
		return (space < 0 || index - space > 20) ? index : space + 1;
	}

	/**
	 * A text folded character by character (as {@code VietnameseText.fold} folds it),
	 * with the place in the original text of each folded character.
	 */
	private record Folded(String text, int[] origin, int[] originEnd) {

		static Folded of(String original) {
			StringBuilder folded = new StringBuilder(original.length());
			int[] origin = new int[original.length() * 2 + 1];
			int[] originEnd = new int[original.length() * 2 + 1];
			int i = 0;
			while (i < original.length()) {
				int cp = original.codePointAt(i);
				int next = i + Character.charCount(cp);
				String piece = fold(cp);
				for (int k = 0; k < piece.length(); k++) {
					if (folded.length() >= origin.length) {
						break;
					}
					origin[folded.length()] = i;
					originEnd[folded.length()] = next;
					folded.append(piece.charAt(k));
				}
				if (piece.isEmpty() && folded.length() > 0) {
					// A combining mark: it belongs to the character before it.
					originEnd[folded.length() - 1] = next;
				}
				i = next;
			}
			return new Folded(folded.toString(), origin, originEnd);
		}

		private static String fold(int cp) {
			if (cp < 0x80) {
				return String.valueOf((char) Character.toLowerCase(cp));
			}
			if (cp == 'đ' || cp == 'Đ' || cp == 'ð' || cp == 'Ð') {
				return "d";
			}
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
				return " ";
			}
			String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
				.toLowerCase(Locale.ROOT);
			StringBuilder kept = new StringBuilder(decomposed.length());
			decomposed.codePoints().filter((c) -> !isMark(c)).forEach(kept::appendCodePoint);
			return kept.toString();
		}

		private static boolean isMark(int cp) {
			int type = Character.getType(cp);
			return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
					|| type == Character.ENCLOSING_MARK;
		}

		/** Adds the original ranges of every whole-word occurrence of the term. */
		void find(SearchVocabulary.Term term, List<int[]> ranges) {
			String word = term.word();
			int from = 0;
			while (!word.isEmpty()) {
				int at = this.text.indexOf(word, from);
				if (at < 0) {
					return;
				}
				int after = at + word.length();
				boolean startsWord = at == 0 || !Character.isLetterOrDigit(this.text.charAt(at - 1));
				boolean endsWord = after == this.text.length() || !Character.isLetterOrDigit(this.text.charAt(after));
				if (startsWord && (endsWord || term.prefix())) {
					int end = after;
					while (term.prefix() && end < this.text.length()
							&& Character.isLetterOrDigit(this.text.charAt(end))) {
						end++;
					}
					ranges.add(new int[] { this.origin[at], this.originEnd[end - 1] });
				}
				from = at + 1;
			}
		}

	}

}
