package vn.doithoai.petition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.doithoai.text.VietnameseText;

/**
 * Turns what someone typed into full-text queries, from the strictest to the most
 * lenient: every word as typed; then with a typo replaced by the known words nearest to
 * it and the last word taken as the start of a word; then any of these words. The known
 * words are every folded word of every petition ({@code search_word}, kept by a trigger).
 */
@Component
class SearchVocabulary {

	/** Words beyond these are ignored: a search is a few words, not a text. */
	static final int MAX_WORDS = 10;

	private static final Pattern LETTERS = Pattern.compile("[a-z]{2,40}");

	private final JdbcTemplate jdbc;

	private final WordFrequencies frequencies;

	SearchVocabulary(JdbcTemplate jdbc, WordFrequencies frequencies) {
		this.jdbc = jdbc;
		this.frequencies = frequencies;
	}

	/** The queries to try in turn; none for text without a word. */
	List<Attempt> attempts(String text) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			return List.of();
		}
		if (TrackingCodes.normalize(text.strip()) != null) {
			// A tracking code: its halves are not words to correct.
			return List.of(new Attempt(Kind.EXACT, words.stream().map((w) -> List.of(new Term(w, false))).toList()));
		}
		Set<String> known = known(words);
		Map<String, List<String>> alternatives = new LinkedHashMap<>();
		boolean exactPossible = true;
		for (String word : words) {
			List<String> forms = new ArrayList<>();
			forms.add(word);
			if (LETTERS.matcher(word).matches() && !known.contains(word)) {
				exactPossible = false;
				forms.addAll(corrections(word));
			}
			alternatives.put(word, forms);
		}
		String last = words.get(words.size() - 1);
		boolean prefixLast = LETTERS.matcher(last).matches();
		List<Attempt> attempts = new ArrayList<>();
		if (exactPossible) {
			attempts.add(new Attempt(Kind.EXACT, words.stream().map((w) -> List.of(new Term(w, false))).toList()));
		}
		List<List<Term>> groups = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : alternatives.entrySet()) {
			boolean prefix = prefixLast && entry.getKey().equals(last);
			groups.add(entry.getValue().stream().map((w) -> new Term(w, prefix)).toList());
		}
		if (!exactPossible || prefixLast) {
			attempts.add(new Attempt(Kind.RELAXED, groups));
		}
		if (words.size() > 1) {
			attempts.add(new Attempt(Kind.ANY, List.of(flatten(groups))));
		}
		return attempts;
	}

	/**
	 * The words of the text as PostgreSQL's parser finds them in petitions, folded, in
	 * the order typed; a tracking code however it was typed.
	 */
	List<String> words(String text) {
		return words(text, MAX_WORDS);
	}

	/** The first {@code max} distinct words of the text, as {@link #words(String)}. */
	List<String> words(String text, int max) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String code = TrackingCodes.normalize(text.strip());
		String folded = VietnameseText.searchKey((code != null) ? code : text);
		return this.jdbc.queryForList(
				"select lexeme from unnest(to_tsvector('simple', ?)) order by positions[1] limit ?", String.class,
				folded, max);
	}

	/** Of these words, those that occur in some petition. */
	private Set<String> known(List<String> words) {
		String marks = String.join(", ", Collections.nCopies(words.size(), "?"));
		return new HashSet<>(this.jdbc.queryForList("select word from search_word where word in (" + marks + ")",
				String.class, words.toArray()));
	}

	/**
	 * The known words nearest to a word nobody wrote: within one typing slip for short
	 * words and two for longer ones (a slip: a letter missing, extra, wrong, or two
	 * letters swapped), or for long words, most of their trigrams shared; the nearest
	 * first, then the most common.
	 */
	private List<String> corrections(String word) {
		int slips = (word.length() <= 4) ? 1 : 2;
		WordFrequencies.Statistics statistics = this.frequencies.statistics();
		record Candidate(String word, int slips, double share, double similarity) {
		}
		return this.jdbc.query("""
				select word, similarity(word, ?) as similarity from search_word
				where word % ? or (length(word) between ? and ? and levenshtein_less_equal(word, ?, ?) <= ?)
				""", (rs, i) -> {
			String known = rs.getString("word");
			return new Candidate(known, slips(word, known), statistics.byWord().getOrDefault(known, 0.0),
					rs.getDouble("similarity"));
		}, word, word, word.length() - slips, word.length() + slips, word, 2 * slips, 2 * slips)
			.stream()
			.filter((c) -> c.slips() <= slips || (word.length() >= 6 && c.similarity() >= 0.5))
			.sorted(Comparator.comparingInt(Candidate::slips)
				.thenComparing(Comparator.comparingDouble(Candidate::share).reversed())
				.thenComparing(Comparator.comparingDouble(Candidate::similarity).reversed())
				.thenComparing(Candidate::word))
			.limit(3)
			.map(Candidate::word)
			.toList();
	}

	/**
	 * How many slips turn one word into the other: letters missing, extra or wrong, and
	 * two neighbouring letters swapped (optimal string alignment distance).
	 */
	static int slips(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int wrong = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + wrong);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private static List<Term> flatten(List<List<Term>> groups) {
		return groups.stream().flatMap(List::stream).distinct().toList();
	}

	/** The tsquery that matches every group, each by any of its terms. */
	static String allOf(List<List<Term>> groups) {
		return groups.stream()
			.map((group) -> (group.size() == 1) ? group.get(0).tsquery()
					: group.stream().map(Term::tsquery).collect(Collectors.joining(" | ", "(", ")")))
			.collect(Collectors.joining(" & "));
	}

	/** How far a query departs from the words typed. */
	enum Kind {

		/** Every word as typed. */
		EXACT,

		/** Typos replaced by known words, the last word as the start of a word. */
		RELAXED,

		/** Any of the words. */
		ANY

	}

	/**
	 * A query to try: each group must match, by any of its terms (ANY has a single group
	 * of every term).
	 */
	record Attempt(Kind kind, List<List<Term>> groups) {

		/** The tsquery. */
		String query() {
			return allOf(this.groups);
		}

		/**
		 * For several words as typed, the tsquery of the words in order, ranked higher.
		 */
		String phrase() {
			return (this.kind == Kind.EXACT && this.groups.size() > 1)
					? this.groups.stream().map((group) -> group.get(0).tsquery()).collect(Collectors.joining(" <-> "))
					: null;
		}

		/** Every term, to highlight. */
		List<Term> terms() {
			return flatten(this.groups);
		}

		/** The words searched as people read them: "thach nham/nhan", "chuyen mu…". */
		String described() {
			return this.groups.stream()
				.map((group) -> group.stream().map(Term::shown).distinct().collect(Collectors.joining("/")))
				.collect(Collectors.joining(" "));
		}

	}

	/** A folded word, or the start of words. */
	record Term(String word, boolean prefix) {

		String tsquery() {
			return "'" + this.word.replace("\\", "\\\\").replace("'", "''") + "'" + (this.prefix ? ":*" : "");
		}

		String shown() {
			return this.word + (this.prefix ? "…" : "");
		}

	}

}
