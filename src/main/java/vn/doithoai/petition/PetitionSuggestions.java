package vn.doithoai.petition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.doithoai.text.VietnameseText;

/**
 * Help while a petition is typed or triaged: the field it probably belongs to, from how
 * the commune classified petitions that share its telling words (and which words and
 * petitions those are), and the open petitions that ask the same thing, to merge with.
 */
@Service
class PetitionSuggestions {

	/** Words in more than this share of petitions tell nothing about a field. */
	static final double COMMON = 0.05;

	/** The telling words a text is matched by, at most. */
	static final int TELLING_WORDS = 12;

	/** Classified petitions that vote for a field. */
	static final int NEIGHBOURS = 25;

	/**
	 * Trigram similarity of the telling words (the common ones left out, as they make any
	 * two petitions look alike) from which an open petition asks the same thing; tuned on
	 * generated petitions, where those with the same question scored 0.24 on average and
	 * others 0.07 (docs/benchmarks.md).
	 */
	static final double SAME_QUESTION = 0.3;

	private static final int CANDIDATES = 30;

	private static final int SNIPPET_WIDTH = 140;

	private static final Pattern LETTERS = Pattern.compile("[a-z]{2,40}");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final String COLUMNS = "id, tracking_code, received_at, state, field_code, content, search_text";

	private final RankedMatches matches;

	private final SearchVocabulary vocabulary;

	private final WordFrequencies frequencies;

	private final JdbcTemplate jdbc;

	PetitionSuggestions(RankedMatches matches, SearchVocabulary vocabulary, WordFrequencies frequencies,
			JdbcTemplate jdbc) {
		this.matches = matches;
		this.vocabulary = vocabulary;
		this.frequencies = frequencies;
		this.jdbc = jdbc;
	}

	/**
	 * Up to three fields for the text, the likeliest first, from the commune's classified
	 * petitions nearest to it.
	 */
	List<FieldSuggestion> fields(long communeId, String text) {
		List<String> telling = tellingWords(text);
		if (telling.isEmpty()) {
			return List.of();
		}
		List<SearchVocabulary.Term> terms = telling.stream().map((w) -> new SearchVocabulary.Term(w, false)).toList();
		List<Neighbour> neighbours = this.matches.rank(
				new RankedMatches.Scope("commune_id = ?", List.of(communeId),
						"field_code is not null and state <> 'RECEIVED' and ", List.of()),
				"search_vector", matching(terms), COLUMNS,
				(rs, i) -> new Neighbour(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("field_code"),
						rs.getString("content"), words(rs.getString("search_text")), rs.getDouble("rank")),
				PetitionSearch.RANKED, 0, NEIGHBOURS)
			.rows();
		double all = neighbours.stream().mapToDouble(Neighbour::rank).sum();
		if (all <= 0) {
			return List.of();
		}
		Map<String, List<Neighbour>> byField = neighbours.stream()
			.collect(Collectors.groupingBy(Neighbour::fieldCode, LinkedHashMap::new, Collectors.toList()));
		Map<String, String> written = asWritten(text);
		List<FieldSuggestion> suggestions = new ArrayList<>();
		for (Map.Entry<String, List<Neighbour>> field : byField.entrySet()) {
			List<Neighbour> votes = field.getValue();
			double score = votes.stream().mapToDouble(Neighbour::rank).sum() / all;
			Map<String, Integer> shared = new HashMap<>();
			for (Neighbour neighbour : votes) {
				telling.stream().filter(neighbour.words()::contains).forEach((w) -> shared.merge(w, 1, Integer::sum));
			}
			List<String> sharedWords = shared.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue()
					.reversed()
					.thenComparing((e) -> telling.indexOf(e.getKey())))
				.limit(5)
				.map((e) -> written.getOrDefault(e.getKey(), e.getKey()))
				.toList();
			List<Example> examples = votes.stream()
				.limit(3)
				.map((n) -> new Example(n.id(), n.trackingCode(), Snippet.of(n.content(), terms, SNIPPET_WIDTH)))
				.toList();
			suggestions.add(new FieldSuggestion(field.getKey(), score, votes.size(), sharedWords, examples));
		}
		return suggestions.stream()
			.sorted(Comparator.comparingDouble(FieldSuggestion::score).reversed())
			.limit(3)
			.toList();
	}

	/**
	 * Open petitions of the commune (those another may be merged into) that ask what the
	 * text asks, the most alike first; {@code excludeId} is the petition itself, if any.
	 */
	List<SimilarPetition> similar(long communeId, String text, Long excludeId, int limit) {
		List<String> telling = tellingWords(text);
		if (telling.isEmpty() || limit <= 0) {
			return List.of();
		}
		List<SearchVocabulary.Term> terms = telling.stream().map((w) -> new SearchVocabulary.Term(w, false)).toList();
		String open = PetitionState.OPEN.stream()
			.map((s) -> "'" + s.name() + "'")
			.sorted()
			.collect(Collectors.joining(", "));
		List<Object> args = new ArrayList<>();
		String filtered = "state in (" + open + ") and ";
		if (excludeId != null) {
			filtered += "id <> ? and ";
			args.add(excludeId);
		}
		List<Long> candidates = this.matches
			.rank(new RankedMatches.Scope("commune_id = ?", List.of(communeId), filtered, args), "search_vector",
					matching(terms), "id, received_at", (rs, i) -> rs.getLong("id"), PetitionSearch.RANKED, 0,
					CANDIDATES)
			.rows();
		if (candidates.isEmpty()) {
			return List.of();
		}
		Set<String> common = commonWords();
		String tellingText = this.vocabulary.words(text, SearchVocabulary.MAX_WORDS * 20)
			.stream()
			.filter((w) -> !common.contains(w))
			.collect(Collectors.joining(" "));
		return this.jdbc.query((connection) -> {
			var statement = connection.prepareStatement("""
					with candidate as (
					    select id, tracking_code, state, content, received_at, similarity(array_to_string(array(
					        select w from unnest(tsvector_to_array(search_vector)) as w where w <> all (?)), ' '), ?)
					        as similarity
					    from petition where id = any(?))
					select * from candidate where similarity >= ? order by similarity desc, received_at desc limit ?
					""");
			statement.setArray(1, connection.createArrayOf("text", common.toArray()));
			statement.setString(2, tellingText);
			statement.setArray(3, connection.createArrayOf("bigint", candidates.toArray()));
			statement.setDouble(4, SAME_QUESTION);
			statement.setInt(5, limit);
			return statement;
		}, (rs, i) -> new SimilarPetition(rs.getLong("id"), rs.getString("tracking_code"),
				PetitionState.valueOf(rs.getString("state")), Snippet.of(rs.getString("content"), terms, SNIPPET_WIDTH),
				rs.getDouble("similarity")));
	}

	/** The words too common to tell petitions apart. */
	private Set<String> commonWords() {
		return this.frequencies.statistics()
			.byWord()
			.entrySet()
			.stream()
			.filter((e) -> e.getValue() >= COMMON)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/**
	 * The words of the text that tell petitions apart: letters only, not among the most
	 * common words of all petitions ({@link WordFrequencies}; with too few petitions for
	 * statistics, every word), the rarest first.
	 */
	private List<String> tellingWords(String text) {
		Map<String, Double> frequency = this.frequencies.statistics().byWord();
		return this.vocabulary.words(text, SearchVocabulary.MAX_WORDS * 20)
			.stream()
			.filter((w) -> LETTERS.matcher(w).matches())
			.filter((w) -> frequency.getOrDefault(w, 0.0) < COMMON)
			.distinct()
			.sorted(Comparator.comparingDouble((String w) -> frequency.getOrDefault(w, 0.0)))
			.limit(TELLING_WORDS)
			.toList();
	}

	/** Each folded word of the text as it was first written there: "trau" → "trấu". */
	private static Map<String, String> asWritten(String text) {
		Map<String, String> written = new HashMap<>();
		for (String word : NOT_WORD.split(VietnameseText.nfc(text))) {
			if (!word.isEmpty()) {
				written.putIfAbsent(VietnameseText.searchKey(word), word.toLowerCase(Locale.ROOT));
			}
		}
		return written;
	}

	/** Any of the telling words. */
	private RankedMatches.Matching matching(List<SearchVocabulary.Term> terms) {
		return this.frequencies.matching(SearchVocabulary.allOf(List.of(terms)), null, List.of(terms));
	}

	private static Set<String> words(String folded) {
		return new HashSet<>(List.of(NOT_WORD.split(folded)));
	}

	private record Neighbour(long id, String trackingCode, String fieldCode, String content, Set<String> words,
			double rank) {
	}

	/**
	 * A field suggested for a text: its share of the votes (0–1), how many of the nearest
	 * classified petitions are in it, the telling words they share with the text (as the
	 * text writes them), and up to three of them as examples.
	 */
	record FieldSuggestion(String fieldCode, double score, int petitions, List<String> sharedWords,
			List<Example> examples) {
	}

	/** A classified petition that made a field likely. */
	record Example(long id, String trackingCode, Snippet snippet) {
	}

	/** An open petition that asks what the text asks, and how alike the two are (0–1). */
	record SimilarPetition(long id, String trackingCode, PetitionState state, Snippet snippet, double similarity) {
	}

}
