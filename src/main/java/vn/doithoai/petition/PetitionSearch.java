package vn.doithoai.petition;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.doithoai.text.VietnameseText;

/**
 * Search over petitions without regard to diacritics, case, normal form or tone
 * placement: staff search within their commune (the question, who asked, the code and the
 * answer, with filters), and the public search over published answers (the question as
 * approved for publication and the answer, nothing else). Best matches first; a typo or
 * an unfinished word still finds something (see {@link SearchVocabulary}).
 */
@Service
class PetitionSearch {

	static final int PAGE_SIZE = 20;

	/**
	 * How many of the newest matches are ranked when a query matches more (see
	 * {@link RankedMatches}); the pages go no further.
	 */
	static final int RANKED = 200;

	/** How many published answers the public search gives at most. */
	static final int PUBLIC_LIMIT = 50;

	/** Pages of the newest petitions (no words searched) go no further. */
	static final int MAX_BROWSE_PAGE = 500;

	private static final int SNIPPET_WIDTH = 220;

	private static final String STAFF_COLUMNS = "id, tracking_code, received_at, full_name, area_code, field_code, "
			+ "state, department_id, due_date, content, answer";

	private static final String PUBLIC_COLUMNS = "id, tracking_code, received_at, field_code, public_question, "
			+ "answer, answer_published_at";

	private final RankedMatches matches;

	private final SearchVocabulary vocabulary;

	private final WordFrequencies frequencies;

	private final Clock clock;

	PetitionSearch(RankedMatches matches, SearchVocabulary vocabulary, WordFrequencies frequencies, Clock clock) {
		this.matches = matches;
		this.vocabulary = vocabulary;
		this.frequencies = frequencies;
		this.clock = clock;
	}

	/**
	 * A page (from 1) of the commune's petitions that match the criteria: best first when
	 * words are searched, otherwise newest first.
	 */
	Result search(long communeId, Criteria criteria, int page) {
		RankedMatches.Scope scope = scope(communeId, criteria);
		List<SearchVocabulary.Attempt> attempts = this.vocabulary.attempts(criteria.text());
		if (attempts.isEmpty()) {
			int shown = Math.min(Math.max(page, 1), MAX_BROWSE_PAGE);
			RankedMatches.Ranked<Hit> newest = this.matches.newest(scope, "received_at", STAFF_COLUMNS,
					(rs, i) -> hit(rs, List.of()), (shown - 1) * PAGE_SIZE, PAGE_SIZE);
			return new Result(newest.rows(), shown, newest.capped() ? shown + 1 : shown, newest.total(),
					newest.capped(), null, null);
		}
		String code = TrackingCodes.normalize(criteria.text().strip());
		if (code != null) {
			RankedMatches.Scope byCode = new RankedMatches.Scope(scope.walked(), scope.walkedArgs(),
					scope.filtered() + "tracking_code = ? and ", append(scope.filteredArgs(), code));
			List<SearchVocabulary.Term> terms = List
				.of(new SearchVocabulary.Term(code.toLowerCase(Locale.ROOT), false));
			List<Hit> hits = this.matches.newest(byCode, "received_at", STAFF_COLUMNS, (rs, i) -> hit(rs, terms), 0, 1)
				.rows();
			if (!hits.isEmpty()) {
				return new Result(hits, 1, 1, 1, false, SearchVocabulary.Kind.EXACT, null);
			}
		}
		int shown = Math.min(Math.max(page, 1), RANKED / PAGE_SIZE);
		RankedMatches.Ranked<Hit> found = null;
		SearchVocabulary.Attempt used = null;
		for (SearchVocabulary.Attempt attempt : attempts) {
			used = attempt;
			found = this.matches.rank(scope, "search_vector", matching(attempt), STAFF_COLUMNS,
					(rs, i) -> hit(rs, attempt.terms()), RANKED, (shown - 1) * PAGE_SIZE, PAGE_SIZE);
			if (found.total() > 0) {
				break;
			}
		}
		int lastPage = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		if (shown > lastPage && found.rows().isEmpty()) {
			// A page beyond the last (an edited address): the last one.
			return search(communeId, criteria, lastPage);
		}
		return new Result(found.rows(), shown, lastPage, found.total(), found.capped(), used.kind(),
				(used.kind() == SearchVocabulary.Kind.EXACT) ? null : used.described());
	}

	/**
	 * The commune's published answers that match the text, best first (newest first
	 * without words), at most {@value #PUBLIC_LIMIT}.
	 */
	List<PublicAnswer> publishedAnswers(long communeId, String text) {
		RankedMatches.Scope scope = new RankedMatches.Scope("commune_id = ?", List.of(communeId),
				"answer_published_at is not null and ", List.of());
		List<SearchVocabulary.Attempt> attempts = this.vocabulary.attempts(text);
		if (attempts.isEmpty()) {
			return this.matches
				.newest(scope, "answer_published_at", PUBLIC_COLUMNS, PetitionSearch::publicAnswer, 0, PUBLIC_LIMIT)
				.rows();
		}
		List<PublicAnswer> found = List.of();
		for (SearchVocabulary.Attempt attempt : attempts) {
			found = this.matches
				.rank(scope, "public_search_vector", matching(attempt), PUBLIC_COLUMNS, PetitionSearch::publicAnswer,
						RANKED, 0, PUBLIC_LIMIT)
				.rows();
			if (!found.isEmpty()) {
				break;
			}
		}
		return found;
	}

	/**
	 * What the public search finds a published answer by: the question as approved for
	 * publication and the answer, folded; null while it is not published. Stored in
	 * {@code petition.public_search_text} whenever a petition is saved.
	 */
	static String publicSearchText(Petition petition) {
		if (petition.answerPublishedAt() == null) {
			return null;
		}
		String question = (petition.publicQuestion() != null) ? petition.publicQuestion() : "";
		String answer = (petition.answer() != null && petition.answer().text() != null) ? petition.answer().text() : "";
		return VietnameseText.searchKey(question + " " + answer);
	}

	private RankedMatches.Matching matching(SearchVocabulary.Attempt attempt) {
		return this.frequencies.matching(attempt.query(), attempt.phrase(), attempt.groups());
	}

	private RankedMatches.Scope scope(long communeId, Criteria criteria) {
		StringBuilder walked = new StringBuilder("commune_id = ?");
		List<Object> walkedArgs = new ArrayList<>(List.of(communeId));
		if (criteria.receivedFrom() != null) {
			walked.append(" and received_at >= ?");
			walkedArgs.add(Timestamp.from(criteria.receivedFrom().atStartOfDay(this.clock.getZone()).toInstant()));
		}
		if (criteria.receivedTo() != null) {
			walked.append(" and received_at < ?");
			walkedArgs
				.add(Timestamp.from(criteria.receivedTo().plusDays(1).atStartOfDay(this.clock.getZone()).toInstant()));
		}
		StringBuilder filtered = new StringBuilder();
		List<Object> filteredArgs = new ArrayList<>();
		if (!criteria.states().isEmpty()) {
			filtered.append("state in (")
				.append(String.join(", ", Collections.nCopies(criteria.states().size(), "?")))
				.append(") and ");
			criteria.states().stream().map(Enum::name).sorted().forEach(filteredArgs::add);
		}
		condition(filtered, filteredArgs, "field_code = ?", criteria.fieldCode());
		condition(filtered, filteredArgs, "department_id = ?", criteria.departmentId());
		condition(filtered, filteredArgs, "area_code = ?", criteria.areaCode());
		condition(filtered, filteredArgs, "conference_id = ?", criteria.conferenceId());
		return new RankedMatches.Scope(walked.toString(), walkedArgs, filtered.toString(), filteredArgs);
	}

	private static List<Object> append(List<Object> args, Object arg) {
		List<Object> all = new ArrayList<>(args);
		all.add(arg);
		return all;
	}

	private static void condition(StringBuilder sql, List<Object> args, String condition, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			sql.append(condition).append(" and ");
			args.add(value);
		}
	}

	private static Hit hit(ResultSet rs, List<SearchVocabulary.Term> terms) throws SQLException {
		Date due = rs.getDate("due_date");
		Snippet snippet = Snippet.of(rs.getString("content"), terms, SNIPPET_WIDTH);
		if (!snippet.matched() && !terms.isEmpty() && rs.getString("answer") != null) {
			Snippet inAnswer = Snippet.of(rs.getString("answer"), terms, SNIPPET_WIDTH);
			snippet = inAnswer.matched() ? inAnswer : snippet;
		}
		return new Hit(rs.getLong("id"), rs.getString("tracking_code"), rs.getTimestamp("received_at").toInstant(),
				rs.getString("full_name"), rs.getString("area_code"), rs.getString("field_code"),
				PetitionState.valueOf(rs.getString("state")), rs.getObject("department_id", Long.class),
				(due != null) ? due.toLocalDate() : null, snippet);
	}

	private static PublicAnswer publicAnswer(ResultSet rs, int row) throws SQLException {
		return new PublicAnswer(rs.getString("tracking_code"), rs.getString("field_code"),
				rs.getString("public_question"), rs.getString("answer"),
				rs.getTimestamp("answer_published_at").toInstant());
	}

	/**
	 * What staff search for: words (any form) and filters, each optional; the states are
	 * any of those given.
	 */
	record Criteria(String text, Set<PetitionState> states, String fieldCode, Long departmentId, String areaCode,
			Long conferenceId, LocalDate receivedFrom, LocalDate receivedTo) {

		Criteria {
			states = (states != null) ? Set.copyOf(states) : Set.of();
		}

		static Criteria text(String text) {
			return new Criteria(text, Set.of(), null, null, null, null, null, null);
		}

	}

	/** A petition found, as the staff list shows it. */
	record Hit(long id, String trackingCode, Instant receivedAt, String fullName, String areaCode, String fieldCode,
			PetitionState state, Long departmentId, LocalDate dueDate, Snippet snippet) {
	}

	/**
	 * A page of petitions found and the last page that can be opened; {@code total} of
	 * them, or more than that when {@code more} (words matched many petitions and the
	 * newest were ranked, or without words, the count is not taken); {@code kind} says
	 * how leniently the words were matched (null without words) and {@code searched} the
	 * words a lenient match used.
	 */
	record Result(List<Hit> hits, int page, int lastPage, long total, boolean more, SearchVocabulary.Kind kind,
			String searched) {
	}

	/** A published answer as the public sees it: no personal data. */
	record PublicAnswer(String trackingCode, String fieldCode, String question, String answer, Instant answeredAt) {
	}

}
