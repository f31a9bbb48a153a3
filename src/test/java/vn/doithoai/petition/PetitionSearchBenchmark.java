package vn.doithoai.petition;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.doithoai.DoiThoaiApplication;
import vn.doithoai.organization.CommuneDirectory;
import vn.doithoai.organization.CommuneInfo;

/**
 * Staff search over a million generated petitions (issue 5): boots the application on a
 * persistent embedded database, loads the petitions once with {@code COPY}, then times
 * {@link PetitionSearch} over a mixed set of rare and common queries, with and without
 * filters, against a plain {@code ILIKE} scan of the same queries. Not a test: run with
 * {@code bench/petition-search.sh}.
 */
public final class PetitionSearchBenchmark {

	/** The demo ward: it holds the large share of the petitions and is searched. */
	static final String SEARCHED = "21172";

	private PetitionSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of((args.length > 0) ? args[0] : "target/petition-bench");
		int total = Integer.getInteger("petitions", 1_000_000);
		HeapWatch heap = HeapWatch.start();
		String[] options = Stream
			.concat(Stream.of("--doithoai.data-dir=" + dataDir.toAbsolutePath(), "--server.port=0",
					"--logging.level.root=warn", "--logging.level.vn.doithoai=warn"), Stream.of(args).skip(1))
			.toArray(String[]::new);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DoiThoaiApplication.class)
			.run(options)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			CommuneDirectory directory = app.getBean(CommuneDirectory.class);
			long present = jdbc.queryForObject("select count(*) from petition", Long.class);
			if (present < total) {
				load(app.getBean(DataSource.class), jdbc, directory, total - (int) present);
			}
			System.out.printf("petitions: %,d; in %s: %,d%n",
					jdbc.queryForObject("select count(*) from petition", Long.class), SEARCHED,
					jdbc.queryForObject(
							"select count(*) from petition p join commune c on c.id = p.commune_id where c.code = ?",
							Long.class, SEARCHED));
			if (Boolean.getBoolean("loadOnly")) {
				return;
			}
			CommuneInfo ward = directory.findByCode(SEARCHED).orElseThrow();
			System.out.println("load average before: " + loadAverage());
			measure(app, jdbc, directory, ward, Integer.getInteger("rounds", 5));
			System.out.println("load average after: " + loadAverage());
		}
		finally {
			System.out.printf("max heap used: %d MB (sampled every 50 ms), peak of the heap pools: %d MB, -Xmx %d MB%n",
					heap.maxUsed() >> 20, heap.poolPeaks() >> 20, Runtime.getRuntime().maxMemory() >> 20);
		}
	}

	/**
	 * Times the mixed query set: one warm-up pass, then {@code rounds} passes, each query
	 * once per pass; then the text queries once more as a plain {@code ILIKE} scan of the
	 * content that gives the same page and a count, as a search without an index would.
	 */
	static void measure(ConfigurableApplicationContext app, JdbcTemplate jdbc, CommuneDirectory directory,
			CommuneInfo ward, int rounds) {
		PetitionSearch search = app.getBean(PetitionSearch.class);
		List<Query> queries = queries(jdbc, directory, ward);
		System.out.printf("%d queries (%d with words), %d timed rounds%n", queries.size(),
				queries.stream().filter((q) -> !q.criteria().text().isEmpty()).count(), rounds);
		for (Query query : queries) {
			search.search(ward.id(), query.criteria(), 1);
		}
		Map<Query, List<Long>> times = new LinkedHashMap<>();
		Map<Query, PetitionSearch.Result> results = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (Query query : queries) {
				long started = System.nanoTime();
				PetitionSearch.Result result = search.search(ward.id(), query.criteria(), 1);
				times.computeIfAbsent(query, (q) -> new ArrayList<>()).add(System.nanoTime() - started);
				results.put(query, result);
			}
		}
		System.out.printf("%-44s %-7s %9s %9s  %s%n", "query", "kind", "median ms", "max ms", "found");
		for (Query query : queries) {
			List<Long> own = new ArrayList<>(times.get(query));
			Collections.sort(own);
			PetitionSearch.Result result = results.get(query);
			System.out.printf("%-44s %-7s %9.1f %9.1f  %s%s%n", query.label(), query.kind(),
					own.get(own.size() / 2) / 1e6, own.get(own.size() - 1) / 1e6,
					(result.more() ? "> " : "") + result.total(),
					(result.kind() != null && result.kind() != SearchVocabulary.Kind.EXACT)
							? " (" + result.kind() + ": " + result.searched() + ")" : "");
		}
		List<Long> all = times.values().stream().flatMap(List::stream).sorted().toList();
		System.out.printf("staff search, all %d timings: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				all.size(), percentile(all, 50), percentile(all, 95), percentile(all, 99),
				all.get(all.size() - 1) / 1e6);
		for (String kind : List.of("common", "rare", "typo", "filter")) {
			List<Long> some = times.entrySet()
				.stream()
				.filter((e) -> e.getKey().kind().equals(kind))
				.flatMap((e) -> e.getValue().stream())
				.sorted()
				.toList();
			System.out.printf("  %-7s %3d timings: p50 %.1f ms, p95 %.1f ms%n", kind, some.size(), percentile(some, 50),
					percentile(some, 95));
		}
		List<Long> searchText = new ArrayList<>();
		List<Long> ilike = new ArrayList<>();
		for (Query query : queries) {
			if (query.criteria().text().isEmpty() || query.kind().equals("typo")) {
				continue;
			}
			ilikeScan(jdbc, ward, query);
			long started = System.nanoTime();
			ilikeScan(jdbc, ward, query);
			ilike.add(System.nanoTime() - started);
			searchText.addAll(times.get(query));
		}
		Collections.sort(ilike);
		Collections.sort(searchText);
		System.out.printf(
				"ILIKE scan of the same %d queries (page + count): p50 %.1f ms, p95 %.1f ms; ratio to staff search: "
						+ "p50 %.0f×, p95 %.0f×%n",
				ilike.size(), percentile(ilike, 50), percentile(ilike, 95),
				percentile(ilike, 50) / percentile(searchText, 50), percentile(ilike, 95) / percentile(searchText, 95));
		others(app, jdbc, ward);
	}

	/** The public answers search and the suggestions, timed the same way but fewer. */
	private static void others(ConfigurableApplicationContext app, JdbcTemplate jdbc, CommuneInfo ward) {
		PetitionSearch search = app.getBean(PetitionSearch.class);
		PetitionSuggestions suggestions = app.getBean(PetitionSuggestions.class);
		List<String> words = List.of("đất đai", "nạo vét kênh", "trợ cấp người cao tuổi", "camera an ninh", "",
				"sốt xuất huyết", "giấy phép xây dựng", "bảo hiểm y tế", "dat dia", "Bàu Sen");
		List<String> texts = jdbc.queryForList(
				"select content from petition where commune_id = ? and state = 'RECEIVED' order by id limit 20",
				String.class, ward.id());
		List<Long> answers = new ArrayList<>();
		List<Long> fields = new ArrayList<>();
		List<Long> similar = new ArrayList<>();
		for (int round = 0; round < 4; round++) {
			for (String q : words) {
				long started = System.nanoTime();
				search.publishedAnswers(ward.id(), q);
				answers.add(System.nanoTime() - started);
			}
			for (String text : texts) {
				long started = System.nanoTime();
				suggestions.fields(ward.id(), text);
				fields.add(System.nanoTime() - started);
				started = System.nanoTime();
				suggestions.similar(ward.id(), text, null, 5);
				similar.add(System.nanoTime() - started);
			}
		}
		for (List<Long> list : List.of(answers, fields, similar)) {
			list.subList(0, list.size() / 4).clear();
			Collections.sort(list);
		}
		System.out.printf("public answers search (%d timings): p50 %.1f ms, p95 %.1f ms%n", answers.size(),
				percentile(answers, 50), percentile(answers, 95));
		System.out.printf("field suggestions (%d timings): p50 %.1f ms, p95 %.1f ms%n", fields.size(),
				percentile(fields, 50), percentile(fields, 95));
		System.out.printf("similar open petitions (%d timings): p50 %.1f ms, p95 %.1f ms%n", similar.size(),
				percentile(similar, 50), percentile(similar, 95));
		String sample = texts.get(0);
		System.out.printf("suggestions for \"%s\": %s; similar: %s%n", sample,
				suggestions.fields(ward.id(), sample)
					.stream()
					.map((f) -> f.fieldCode() + " " + Math.round(f.score() * 100) + "% " + f.sharedWords())
					.toList(),
				suggestions.similar(ward.id(), sample, null, 5)
					.stream()
					.map((p) -> p.trackingCode() + " " + Math.round(p.similarity() * 100) + "%")
					.toList());
	}

	/**
	 * The page and the count as a search by {@code ILIKE} over the content would get
	 * them.
	 */
	private static void ilikeScan(JdbcTemplate jdbc, CommuneInfo ward, Query query) {
		StringBuilder where = new StringBuilder("commune_id = ? and content ilike ?");
		List<Object> args = new ArrayList<>(List.of(ward.id(), "%" + query.criteria().text() + "%"));
		PetitionSearch.Criteria c = query.criteria();
		if (!c.states().isEmpty()) {
			where.append(" and state in (")
				.append(String.join(", ", Collections.nCopies(c.states().size(), "?")))
				.append(")");
			c.states().forEach((state) -> args.add(state.name()));
		}
		if (c.fieldCode() != null) {
			where.append(" and field_code = ?");
			args.add(c.fieldCode());
		}
		if (c.departmentId() != null) {
			where.append(" and department_id = ?");
			args.add(c.departmentId());
		}
		if (c.areaCode() != null) {
			where.append(" and area_code = ?");
			args.add(c.areaCode());
		}
		if (c.conferenceId() != null) {
			where.append(" and conference_id = ?");
			args.add(c.conferenceId());
		}
		if (c.receivedFrom() != null) {
			where.append(" and received_at >= ?");
			args.add(java.sql.Date.valueOf(c.receivedFrom()));
		}
		if (c.receivedTo() != null) {
			where.append(" and received_at < ?");
			args.add(java.sql.Date.valueOf(c.receivedTo().plusDays(1)));
		}
		jdbc.queryForList("select id from petition where " + where + " order by received_at desc limit 20", Long.class,
				args.toArray());
		jdbc.queryForObject("select count(*) from petition where " + where, Long.class, args.toArray());
	}

	/**
	 * The mixed query set: common words (in more than 5 % of petitions), rare ones
	 * (names, numbers, places, a tracking code), typos and unfinished words, and filters
	 * with and without words.
	 */
	static List<Query> queries(JdbcTemplate jdbc, CommuneDirectory directory, CommuneInfo ward) {
		long department = directory.departments(ward.id()).get(0).id();
		long otherDepartment = directory.departments(ward.id()).get(2).id();
		String area = directory.areas(ward.id()).get(0).code();
		Long conference = jdbc.queryForObject(
				"select conference_id from petition where commune_id = ? and conference_id is not null limit 1",
				Long.class, ward.id());
		String code = jdbc.queryForObject(
				"select tracking_code from petition where commune_id = ? order by id desc limit 1 offset 1000",
				String.class, ward.id());
		String name = jdbc.queryForObject(
				"select full_name from petition where commune_id = ? order by id desc limit 1 offset 5000",
				String.class, ward.id());
		LocalDate from = LocalDate.of(2024, 1, 1);
		LocalDate to = LocalDate.of(2024, 12, 31);
		List<Query> queries = new ArrayList<>();
		for (String q : List.of("đất đai", "đề nghị", "người dân", "giấy chứng nhận quyền sử dụng đất", "xây dựng",
				"rác thải", "trợ cấp", "hộ nghèo", "đường", "chưa được giải quyết")) {
			queries.add(new Query("common", q, criteria(q)));
		}
		for (String q : List.of("sốt xuất huyết", "karaoke", "camera an ninh", "mương", "đèn chiếu sáng", "tái định cư",
				"Lê Lợi", "thẻ căn cước", "kênh Bàu Sen", "thửa đất số 1234", code, name,
				"nước giếng khoan có mùi phèn", "trạm biến áp 110kV")) {
			queries.add(new Query("rare", q, criteria(q)));
		}
		for (String q : List.of("nuoc gieng khaon", "dat dia", "chuyen muc dic", "karaoek", "cong thoat nuoc bi tac",
				"Nguyen Thi Hoa")) {
			queries.add(new Query("typo", q, criteria(q)));
		}
		queries.add(new Query("filter", "đất đai, assigned", new PetitionSearch.Criteria("đất đai",
				Set.of(PetitionState.ASSIGNED), null, null, null, null, null, null)));
		queries.add(new Query("filter", "rác, field MOI_TRUONG",
				new PetitionSearch.Criteria("rác", Set.of(), "MOI_TRUONG", null, null, null, null, null)));
		queries.add(new Query("filter", "đường, 2024",
				new PetitionSearch.Criteria("đường", Set.of(), null, null, null, null, from, to)));
		queries.add(new Query("filter", "trợ cấp, area",
				new PetitionSearch.Criteria("trợ cấp", Set.of(), null, null, area, null, null, null)));
		queries.add(new Query("filter", "đèn chiếu sáng, conference",
				new PetitionSearch.Criteria("đèn chiếu sáng", Set.of(), null, null, null, conference, null, null)));
		queries.add(new Query("filter", "lấn chiếm, department, open states",
				new PetitionSearch.Criteria("lấn chiếm",
						Set.of(PetitionState.ACCEPTED, PetitionState.ASSIGNED, PetitionState.ANSWER_PREPARED), null,
						otherDepartment, null, null, null, null)));
		queries.add(new Query("filter", "(no words) received",
				new PetitionSearch.Criteria("", Set.of(PetitionState.RECEIVED), null, null, null, null, null, null)));
		queries.add(new Query("filter", "(no words) department",
				new PetitionSearch.Criteria("", Set.of(), null, department, null, null, null, null)));
		queries.add(new Query("filter", "(no words) area, 2024",
				new PetitionSearch.Criteria("", Set.of(), null, null, area, null, from, to)));
		queries.add(new Query("filter", "(no words)", criteria("")));
		return queries;
	}

	private static PetitionSearch.Criteria criteria(String text) {
		return PetitionSearch.Criteria.text(text);
	}

	private static double percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
	}

	/** One query of the set: rare, common, typo or filter. */
	record Query(String kind, String label, PetitionSearch.Criteria criteria) {
	}

	/** The machine's load averages (1, 5, 15 minutes): other work skews the timings. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/**
	 * Loads the petitions: 60 % in the searched ward, the rest spread over the other demo
	 * communes. The indexes other than the unique ones are dropped for the load and built
	 * again after it, and foreign keys are not checked row by row (the generator only
	 * uses ids it read from the database).
	 */
	static void load(DataSource dataSource, JdbcTemplate jdbc, CommuneDirectory directory, int count) throws Exception {
		List<CommuneInfo> communes = directory.all();
		CommuneInfo searched = communes.stream().filter((c) -> c.code().equals(SEARCHED)).findFirst().orElseThrow();
		List<CommuneInfo> others = communes.stream().filter((c) -> c != searched).toList();
		long started = System.nanoTime();
		List<Map<String, Object>> indexes = jdbc.queryForList("""
				select indexname, indexdef from pg_indexes
				where tablename = 'petition' and indexdef not like 'CREATE UNIQUE%'
				""");
		for (Map<String, Object> index : indexes) {
			jdbc.execute("drop index " + index.get("indexname"));
		}
		PetitionGenerator generator = new PetitionGenerator(20_260_501L, Instant.now());
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("set session_replication_role = replica");
			List<PetitionGenerator.Target> targets = new ArrayList<>();
			double[] shares = new double[communes.size()];
			targets.add(target(jdbc, directory, searched));
			shares[0] = 0.6;
			for (int i = 0; i < others.size(); i++) {
				targets.add(target(jdbc, directory, others.get(i)));
				shares[i + 1] = 0.4 / others.size();
			}
			long written = generator.copy(connection, targets, shares, count, 7);
			System.out.printf("%,d petitions copied in %.0f s%n", written, (System.nanoTime() - started) / 1e9);
			statement.execute("set session_replication_role = origin");
			// What the trigger that COPY skipped would have added: the vocabulary of
			// folded words.
			statement.execute("set work_mem = '256MB'");
			statement.execute("""
					insert into search_word (word)
					select distinct w from petition, unnest(tsvector_to_array(search_vector)
					    || tsvector_to_array(public_search_vector)) as w
					where w ~ '^[a-z]{2,40}$' and w <> all (regexp_split_to_array(lower(tracking_code), '-'))
					on conflict do nothing
					""");
		}
		System.out.printf("copied, with the vocabulary, in %.0f s%n", (System.nanoTime() - started) / 1e9);
		long indexing = System.nanoTime();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("set maintenance_work_mem = '512MB'");
			statement.execute("set max_parallel_maintenance_workers = 2");
			for (Map<String, Object> index : indexes) {
				statement.execute((String) index.get("indexdef"));
			}
			statement.execute("vacuum analyze petition");
		}
		System.out.printf("indexed and analysed in %.0f s%n", (System.nanoTime() - indexing) / 1e9);
	}

	private static PetitionGenerator.Target target(JdbcTemplate jdbc, CommuneDirectory directory, CommuneInfo commune) {
		return new PetitionGenerator.Target(commune.id(),
				directory.areas(commune.id()).stream().map((a) -> Map.entry(a.code(), a.name())).toList(),
				directory.departments(commune.id()).stream().map((d) -> d.id()).toList(),
				jdbc.queryForList("select id from conference where commune_id = ?", Long.class, commune.id()));
	}

	/**
	 * The heap in use, sampled every 50 ms on a daemon thread, and the peaks the JVM
	 * itself records per heap pool (their sum bounds the true peak from above).
	 */
	static final class HeapWatch {

		private final AtomicLong max = new AtomicLong();

		static HeapWatch start() {
			HeapWatch watch = new HeapWatch();
			java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors
				.newSingleThreadScheduledExecutor((task) -> {
					Thread thread = new Thread(task, "heap-watch");
					thread.setDaemon(true);
					return thread;
				});
			sampler
				.scheduleAtFixedRate(
						() -> watch.max.accumulateAndGet(
								ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
						0, 50, java.util.concurrent.TimeUnit.MILLISECONDS);
			return watch;
		}

		long maxUsed() {
			return this.max.get();
		}

		long poolPeaks() {
			long sum = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					sum += pool.getPeakUsage().getUsed();
				}
			}
			return sum;
		}

	}

}
