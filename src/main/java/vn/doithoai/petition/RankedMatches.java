package vn.doithoai.petition;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGStatement;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Full-text matches over petitions, best first, in bounded time whatever the query
 * matches. Reading a match through the GIN index and ranking it costs a heap row each
 * (about 15 µs over a million petitions), so a query that matches tens of thousands
 * cannot have them all ranked. Two ways are used:
 * <ul>
 * <li>a query that can match only a few ({@value #FEW} at most in scope, by the share of
 * its rarest required word, {@link WordFrequencies}) has every match read through the
 * index and ranked: the count is exact;</li>
 * <li>otherwise the newest {@value #WALKED} petitions of the commune (within the dates
 * asked for) are walked newest first, in the order the table is in (petitions are stored
 * as they come), about 2.5 µs each, and the newest matches among them, up to
 * {@code ranked}, are ranked: older matches may exist (the result says so). A walk that
 * finds fewer than a page of matches means they are rare after all, and every match is
 * read through the index.</li>
 * </ul>
 * PostgreSQL's estimate of a query of several common words is not used to choose: it
 * multiplies the words' shares as if they were unrelated and finds a few thousand matches
 * where there are tens of thousands.
 */
@Component
class RankedMatches {

	/** At most this many matches are read through the index and ranked. */
	static final int FEW = 5000;

	/** Newest petitions walked for a query that may match many. */
	static final int WALKED = 20_000;

	/** A walk that finds fewer matches than this falls back to reading every match. */
	static final int ENOUGH = 20;

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

	private final JdbcTemplate jdbc;

	RankedMatches(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rows of {@code petition} in scope that match, best first.
	 * @param scope the rows searched
	 * @param vector the tsvector column matched
	 * @param matching the tsquery, the words in order, and how many rows can match at
	 * most
	 * @param columns the columns selected, mapped by {@code mapper}, with
	 * {@code received_at} and {@code id}; {@code rank} is added
	 * @param ranked how many of the newest matches are ranked at most when there are many
	 */
	<T> Ranked<T> rank(Scope scope, String vector, Matching matching, String columns, RowMapper<T> mapper, int ranked,
			int offset, int limit) {
		double walked = Math.max(1, estimate(scope.walked(), scope.walkedArgs()));
		if (Math.min(matching.atMost(), walked) > FEW && expectedInWalk(scope, matching, walked) >= ENOUGH) {
			Ranked<T> newest = walk(scope, vector, matching, columns, mapper, ranked, offset, limit);
			if (newest.total() >= ENOUGH) {
				boolean complete = newest.total() <= ranked && walked < WALKED * 0.9;
				return new Ranked<>(newest.rows(), Math.min(newest.total(), ranked), !complete);
			}
		}
		return all(scope, vector, matching, columns, mapper, offset, limit);
	}

	/**
	 * How many matches a walk would find at most: the filters' share of the walked rows
	 * (PostgreSQL's estimate) times the words' share. Selective filters leave a walk
	 * nothing to find; their indexes then find the few rows directly.
	 */
	private double expectedInWalk(Scope scope, Matching matching, double walked) {
		double filtered = scope.filtered().isEmpty() ? walked : estimate(scope.sql(), scope.args());
		return Math.min(WALKED, walked) * Math.min(1, filtered / walked) * matching.share();
	}

	/**
	 * Ranks the newest matches, up to {@code ranked} and one more, among the newest
	 * {@value #WALKED} rows of the walked part of the scope; the total is how many were
	 * found there.
	 */
	private <T> Ranked<T> walk(Scope scope, String vector, Matching matching, String columns, RowMapper<T> mapper,
			int ranked, int offset, int limit) {
		String found = "(select * from petition where " + scope.walked()
				+ " order by received_at desc, id desc limit ?) w where " + scope.filtered() + vector
				+ " @@ to_tsquery('simple', ?) order by received_at desc, id desc limit ?";
		List<Object> foundArgs = new ArrayList<>(scope.walkedArgs());
		foundArgs.add(WALKED);
		foundArgs.addAll(scope.filteredArgs());
		foundArgs.add(matching.query());
		foundArgs.add(ranked + 1);
		List<Object> args = rankArguments(matching);
		args.addAll(foundArgs);
		args.add(offset);
		args.add(limit);
		long[] total = { -1 };
		List<T> rows = select("select r.*, count(*) over () as total from (select " + columns + ", "
				+ rank(vector, matching) + " as rank from " + found + ") r"
				+ " order by rank desc, received_at desc, id desc offset ? limit ?", args, (rs, i) -> {
					total[0] = rs.getLong("total");
					return mapper.mapRow(rs, i);
				});
		if (total[0] < 0) {
			// Nothing on this page: count what the walk finds.
			total[0] = select("select count(*) from (select 1 from " + found + ") f", foundArgs,
					(rs, i) -> rs.getLong(1))
				.get(0);
		}
		return new Ranked<>(rows, total[0], true);
	}

	/** Ranks every match, read through the index. */
	private <T> Ranked<T> all(Scope scope, String vector, Matching matching, String columns, RowMapper<T> mapper,
			int offset, int limit) {
		String match = scope.sql() + " and " + vector + " @@ to_tsquery('simple', ?)";
		List<Object> matchArgs = new ArrayList<>(scope.args());
		matchArgs.add(matching.query());
		List<Object> args = rankArguments(matching);
		args.addAll(matchArgs);
		args.add(offset);
		args.add(limit);
		long[] total = { -1 };
		List<T> rows = select("select " + columns + ", " + rank(vector, matching)
				+ " as rank, count(*) over () as total from petition where " + match
				+ " order by rank desc, received_at desc, id desc offset ? limit ?", args, (rs, i) -> {
					total[0] = rs.getLong("total");
					return mapper.mapRow(rs, i);
				});
		if (total[0] < 0) {
			// Nothing on this page: count what there is.
			total[0] = select("select count(*) from petition where " + match, matchArgs, (rs, i) -> rs.getLong(1))
				.get(0);
		}
		return new Ranked<>(rows, total[0], false);
	}

	/**
	 * The newest rows in scope by a time column; {@code capped} says whether a row
	 * follows the page (a count of a large commune with filters on columns without an
	 * index would read it all).
	 */
	<T> Ranked<T> newest(Scope scope, String timeColumn, String columns, RowMapper<T> mapper, int offset, int limit) {
		List<Object> args = new ArrayList<>(scope.args());
		args.add(offset);
		args.add(limit + 1);
		List<T> rows = select("select " + columns + " from petition where " + scope.sql() + " order by " + timeColumn
				+ " desc, id desc offset ? limit ?", args, mapper);
		boolean more = rows.size() > limit;
		List<T> page = more ? rows.subList(0, limit) : rows;
		return new Ranked<>(page, offset + page.size(), more);
	}

	private static String rank(String vector, Matching matching) {
		String rank = "ts_rank(" + vector + ", to_tsquery('simple', ?), 1)";
		if (matching.phrase() != null) {
			rank += " + case when " + vector + " @@ to_tsquery('simple', ?) then 1 else 0 end";
		}
		return rank;
	}

	private static List<Object> rankArguments(Matching matching) {
		List<Object> args = new ArrayList<>();
		args.add(matching.query());
		if (matching.phrase() != null) {
			args.add(matching.phrase());
		}
		return args;
	}

	/** PostgreSQL's estimate of how many rows the condition selects. */
	private double estimate(String condition, List<Object> args) {
		String plan = select("explain (format json) select 1 from petition where " + condition, args,
				(rs, i) -> rs.getString(1))
			.get(0);
		Matcher rows = PLAN_ROWS.matcher(plan);
		return rows.find() ? Double.parseDouble(rows.group(1)) : Double.MAX_VALUE;
	}

	/**
	 * Runs a query planned for its own arguments every time: a plan PostgreSQL would
	 * cache for any query text suits common words or rare ones, not both.
	 */
	private <T> List<T> select(String sql, List<Object> args, RowMapper<T> mapper) {
		return this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(sql);
			statement.unwrap(PGStatement.class).setPrepareThreshold(0);
			new ArgumentPreparedStatementSetter(args.toArray()).setValues(statement);
			return statement;
		}, mapper);
	}

	/**
	 * The rows searched: a part walked newest first through the index on the commune and
	 * the time received (the commune, and dates), and conditions on other columns, each
	 * condition ending with {@code " and "} (empty when none).
	 */
	record Scope(String walked, List<Object> walkedArgs, String filtered, List<Object> filteredArgs) {

		/** The whole condition. */
		String sql() {
			return this.walked + (this.filtered.isEmpty() ? ""
					: " and " + this.filtered.substring(0, this.filtered.length() - " and ".length()));
		}

		List<Object> args() {
			List<Object> args = new ArrayList<>(this.walkedArgs);
			args.addAll(this.filteredArgs);
			return args;
		}

	}

	/**
	 * A tsquery (syntax of {@code to_tsquery}, configuration simple), the tsquery of its
	 * words in order that ranks a row higher (or null), and which share and how many of
	 * the petitions of all communes it can match at most (1 and unbounded when unknown).
	 */
	record Matching(String query, String phrase, double share, double atMost) {
	}

	/**
	 * A page of matches and how many there are; {@code capped} says more may exist (only
	 * the newest were ranked; for the newest rows, another page follows).
	 */
	record Ranked<T>(List<T> rows, long total, boolean capped) {
	}

}
