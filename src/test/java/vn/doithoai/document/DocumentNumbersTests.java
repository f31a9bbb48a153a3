package vn.doithoai.document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.doithoai.IntegrationTest;
import vn.doithoai.organization.CommuneDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register of document numbers on the real database: each test uses a year of its
 * own, so that its series start at 1 whatever ran before.
 */
@IntegrationTest
class DocumentNumbersTests {

	private static final String COMMUNE = "21172";

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	CommuneDirectory communes;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private long communeId;

	@BeforeEach
	void findCommune() {
		this.communeId = this.communes.findByCode(COMMUNE).orElseThrow().id();
	}

	@Test
	void numbersFollowOneAnotherAndEachIsAudited() {
		assertThat(IntStream.rangeClosed(1, 3).mapToObj((i) -> plan(2061, "plan-" + i).symbol()))
			.containsExactly("01/KH-UBND", "02/KH-UBND", "03/KH-UBND");
		assertThat(this.jdbc.queryForList("""
				select after_state ->> 'symbol' from audit_event
				where action = 'document.numbered' and commune_code = ? and after_state ->> 'year' = '2061'
				order by id
				""", String.class, COMMUNE)).containsExactly("01/KH-UBND", "02/KH-UBND", "03/KH-UBND");
	}

	@Test
	void issuingTheSameSubjectAgainGivesTheSameNumber() {
		DocumentNumber first = plan(2062, "conference-7");
		DocumentNumber again = plan(2062, "conference-7");
		assertThat(again).isEqualTo(first);
		assertThat(first.number()).isEqualTo(1);
		assertThat(plan(2062, "conference-8").number()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event
				where action = 'document.numbered' and after_state ->> 'year' = '2062'
				    and after_state ->> 'subjectId' = 'conference-7'
				""", Integer.class)).isEqualTo(1);
	}

	@Test
	void eachTypeYearAndIssuerHasASeriesOfItsOwn() {
		assertThat(plan(2063, "a").number()).isEqualTo(1);
		assertThat(plan(2063, "b").number()).isEqualTo(2);
		assertThat(inTransaction(() -> this.numbers.allocate(this.communeId, COMMUNE, 2063, DocumentType.THONG_BAO,
				"UBND", "conference", "a"))
			.symbol()).isEqualTo("01/TB-UBND");
		assertThat(plan(2064, "c").symbol()).isEqualTo("01/KH-UBND");
		DocumentNumber party = inTransaction(() -> this.numbers.allocate(this.communeId, COMMUNE, 2063,
				DocumentFamily.PARTY, DocumentType.KE_HOACH, "ĐU", "party-plan", "a"));
		assertThat(party.symbol()).isEqualTo("01-KH/ĐU");
		assertThat(plan(2063, "d").number()).isEqualTo(3);
	}

	@Test
	void concurrentIssuesGetDistinctConsecutiveNumbers() throws Exception {
		int threads = 8;
		int perThread = 25;
		List<Integer> allocated = runConcurrently(threads, (thread) -> {
			List<Integer> mine = new ArrayList<>();
			for (int i = 0; i < perThread; i++) {
				mine.add(plan(2065, "t" + thread + "-" + i).number());
			}
			return mine;
		});
		assertThat(allocated).hasSize(threads * perThread)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * perThread).boxed().toList());
	}

	@Test
	void aDoubleClickedIssueFromManyThreadsStillGetsOneNumber() throws Exception {
		List<Integer> allocated = runConcurrently(8, (thread) -> List.of(plan(2066, "clicked").number()));
		assertThat(allocated).containsOnly(1);
		assertThat(plan(2066, "next").number()).isEqualTo(2);
	}

	@Test
	void anIssueThatWaitedForTheSameSubjectGivesItsNumberBack() throws Exception {
		CountDownLatch firstAllocated = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);
		try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
			Future<DocumentNumber> first = executor.submit(() -> inTransaction(() -> {
				DocumentNumber number = this.numbers.allocate(this.communeId, COMMUNE, 2069, DocumentType.KE_HOACH,
						"UBND", "plan", "twice");
				firstAllocated.countDown();
				commitFirst.await();
				return number;
			}));
			firstAllocated.await();
			// The second finds no document yet, then waits for the series' row.
			Future<DocumentNumber> second = executor.submit(() -> plan(2069, "twice"));
			awaitALockWait();
			commitFirst.countDown();
			assertThat(second.get()).isEqualTo(first.get());
		}
		assertThat(plan(2069, "after").number()).isEqualTo(2);
	}

	@Test
	void aRolledBackIssueLeavesNoGap() {
		assertThat(plan(2067, "kept").number()).isEqualTo(1);
		Integer rolledBack = this.transactions.execute((status) -> {
			int number = this.numbers
				.allocate(this.communeId, COMMUNE, 2067, DocumentType.KE_HOACH, "UBND", "plan", "abandoned")
				.number();
			status.setRollbackOnly();
			return number;
		});
		assertThat(rolledBack).isEqualTo(2);
		assertThat(plan(2067, "next").number()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from issued_document where year = 2067 and subject_id = 'abandoned'", Integer.class))
			.isZero();
	}

	@Test
	void aNumberIsOnlyTakenInsideTheIssuingTransaction() {
		assertThatThrownBy(() -> this.numbers.allocate(this.communeId, COMMUNE, 2068, DocumentType.KE_HOACH, "UBND",
				"plan", "outside"))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	private DocumentNumber plan(int year, String subjectId) {
		return inTransaction(() -> this.numbers.allocate(this.communeId, COMMUNE, year, DocumentType.KE_HOACH, "UBND",
				"plan", subjectId));
	}

	private DocumentNumber inTransaction(Callable<DocumentNumber> allocation) {
		return this.transactions.execute((status) -> {
			try {
				return allocation.call();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** Runs the task on each thread at once, each allocation in its own transaction. */
	private static List<Integer> runConcurrently(int threads, ThreadTask task) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService executor = Executors.newFixedThreadPool(threads)) {
			List<Future<List<Integer>>> futures = new ArrayList<>();
			for (int thread = 0; thread < threads; thread++) {
				int id = thread;
				futures.add(executor.submit(() -> {
					start.await();
					return task.run(id);
				}));
			}
			start.countDown();
			List<Integer> all = new ArrayList<>();
			for (Future<List<Integer>> future : futures) {
				all.addAll(future.get());
			}
			return all;
		}
	}

	/** Waits until a session of this database waits for a row lock. */
	private void awaitALockWait() {
		Awaitility.await("a session waiting for the series' row")
			.atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(10))
			.until(() -> this.jdbc.queryForObject("select count(*) from pg_stat_activity"
					+ " where datname = current_database() and wait_event_type = 'Lock'", Integer.class) > 0);
	}

	@FunctionalInterface
	private interface ThreadTask {

		List<Integer> run(int thread) throws Exception;

	}

}
