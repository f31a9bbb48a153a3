package vn.doithoai.petition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How often words occur in petitions, from PostgreSQL's own statistics of the search
 * vectors (the most common words and their share of rows, refreshed by autovacuum's
 * analyse), read again every few minutes. A word not listed is rarer than every listed
 * one.
 */
@Component
class WordFrequencies {

	/**
	 * Statistics of fewer petitions than this call every word of a small commune common.
	 */
	static final int TRUSTED_FROM = 10_000;

	private static final Duration AGE = Duration.ofMinutes(10);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile Statistics statistics = new Statistics(Map.of(), 0, 0, false, Instant.MIN);

	WordFrequencies(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The statistics, read again when they are a few minutes old. */
	Statistics statistics() {
		Statistics known = this.statistics;
		Instant now = this.clock.instant();
		if (known.read().plus(AGE).isAfter(now)) {
			return known;
		}
		Map<String, Double> byWord = new HashMap<>();
		double[] floor = { 0 };
		double rows = this.jdbc.queryForObject("select reltuples from pg_class where oid = 'petition'::regclass",
				Double.class);
		this.jdbc.query("""
				select most_common_elems::text::text[] as words, most_common_elem_freqs as freqs from pg_stats
				where schemaname = current_schema() and tablename = 'petition' and attname = 'search_vector'
				and ? >= ?
				""", (rs) -> {
			String[] words = (String[]) rs.getArray("words").getArray();
			Float[] freqs = (Float[]) rs.getArray("freqs").getArray();
			for (int i = 0; i < words.length && i < freqs.length; i++) {
				byWord.put(words[i], freqs[i].doubleValue());
			}
			// After the words' shares come the least and the greatest, then nulls.
			floor[0] = (freqs.length > words.length) ? freqs[words.length] : 0;
		}, rows, TRUSTED_FROM);
		Statistics read = new Statistics(Collections.unmodifiableMap(byWord), floor[0], rows, !byWord.isEmpty(), now);
		this.statistics = read;
		return read;
	}

	/**
	 * The query's bounds: at most which share of all petitions, and how many, can match
	 * all the groups, each matched by any of its words (the smallest group's share); 1
	 * and unbounded when unknown (no trusted statistics, or the start of words).
	 */
	RankedMatches.Matching matching(String query, String phrase, List<List<SearchVocabulary.Term>> allOf) {
		Statistics known = statistics();
		double least = 1;
		for (List<SearchVocabulary.Term> anyOf : allOf) {
			double sum = 0;
			for (SearchVocabulary.Term term : anyOf) {
				sum += known.share(term);
			}
			least = Math.min(least, sum);
		}
		boolean bounded = known.trusted() && least < 1;
		return new RankedMatches.Matching(query, phrase, least, bounded ? least * known.rows() : Double.MAX_VALUE);
	}

	/**
	 * The statistics: each listed word's share of petitions, the share under which the
	 * others fall, how many petitions there are, whether the statistics are trusted, and
	 * when they were read.
	 */
	record Statistics(Map<String, Double> byWord, double floor, double rows, boolean trusted, Instant read) {

		/** The share of petitions that hold the term, at most; 1 when unknown. */
		double share(SearchVocabulary.Term term) {
			if (!this.trusted || term.prefix()) {
				return 1;
			}
			return this.byWord.getOrDefault(term.word(), this.floor);
		}

	}

}
