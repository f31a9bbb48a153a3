package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the calendar arithmetic (issue 3): goals ≥ 5 million
 * {@code addWorkingDays} per second and ≥ 1 million solar → lunar conversions per second,
 * on one thread. Not a test: run with {@code bench/calendar-jmh.sh}.
 * <p>
 * Each measured method works through a batch of {@value #BATCH} pre-drawn inputs (fixed
 * seed) and reports per operation ({@link OperationsPerInvocation}), so that the figures
 * are for varied dates rather than one date the JIT could specialise for. Every result
 * goes to a {@link Blackhole}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CalendarBenchmarks {

	/** Inputs per invocation; a power of two. */
	static final int BATCH = 1024;

	private static final long SEED = 20260503L;

	private static final LocalDate COMMON_FIRST_DAY = LocalDate.of(2024, 1, 1);

	private static final LocalDate COMMON_LAST_DAY = LocalDate.of(2027, 12, 31);

	/** The calendar the application uses: official schedules, provisional elsewhere. */
	private WorkingDayCalendar calendar;

	private List<YearSchedule> officialSchedules;

	/** From-dates over 1900–2100, with n in ±3650 (results inside 1900–2100). */
	private final LocalDate[] wideFrom = new LocalDate[BATCH];

	private final int[] wideN = new int[BATCH];

	/** From-dates in 2024–2027, with n in 1..30: a typical procedural deadline. */
	private final LocalDate[] commonFrom = new LocalDate[BATCH];

	private final int[] commonN = new int[BATCH];

	/** Pairs of dates over 1900–2100, in either order. */
	private final LocalDate[] countFrom = new LocalDate[BATCH];

	private final LocalDate[] countTo = new LocalDate[BATCH];

	/** Solar dates over 1900–2100. */
	private final LocalDate[] solar = new LocalDate[BATCH];

	@Setup(Level.Trial)
	public void setUp() {
		this.officialSchedules = OfficialSchedules.bundled();
		this.calendar = WorkingDayCalendar.withStatutoryHolidays(this.officialSchedules);
		SplittableRandom random = new SplittableRandom(SEED);
		for (int i = 0; i < BATCH; i++) {
			// Redraw the few pairs near 1900 or 2100 whose result would leave the
			// calendar.
			do {
				this.wideFrom[i] = randomDay(random, WorkingDayCalendar.FIRST_DAY, WorkingDayCalendar.LAST_DAY);
				this.wideN[i] = random.nextInt(-3650, 3651);
			}
			while (!inRange(this.wideFrom[i], this.wideN[i]));
			this.commonFrom[i] = randomDay(random, COMMON_FIRST_DAY, COMMON_LAST_DAY);
			this.commonN[i] = random.nextInt(1, 31);
			this.countFrom[i] = randomDay(random, WorkingDayCalendar.FIRST_DAY, WorkingDayCalendar.LAST_DAY);
			this.countTo[i] = randomDay(random, WorkingDayCalendar.FIRST_DAY, WorkingDayCalendar.LAST_DAY);
			this.solar[i] = randomDay(random, LunarCalendar.FIRST_DAY, LunarCalendar.LAST_DAY);
		}
	}

	/** {@code addWorkingDays} from any day of 1900–2100, up to ten years either way. */
	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void addWorkingDaysWide(Blackhole blackhole) {
		WorkingDayCalendar calendar = this.calendar;
		for (int i = 0; i < BATCH; i++) {
			blackhole.consume(calendar.addWorkingDays(this.wideFrom[i], this.wideN[i]));
		}
	}

	/**
	 * {@code addWorkingDays} as the application mostly calls it: 1–30 days, 2024–2027.
	 */
	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void addWorkingDaysCommon(Blackhole blackhole) {
		WorkingDayCalendar calendar = this.calendar;
		for (int i = 0; i < BATCH; i++) {
			blackhole.consume(calendar.addWorkingDays(this.commonFrom[i], this.commonN[i]));
		}
	}

	/** {@code countWorkingDays} between two days of 1900–2100. */
	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void countWorkingDays(Blackhole blackhole) {
		WorkingDayCalendar calendar = this.calendar;
		for (int i = 0; i < BATCH; i++) {
			blackhole.consume(calendar.countWorkingDays(this.countFrom[i], this.countTo[i]));
		}
	}

	/** Solar → lunar conversion of days of 1900–2100. */
	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void toLunar(Blackhole blackhole) {
		for (int i = 0; i < BATCH; i++) {
			blackhole.consume(LunarCalendar.toLunar(this.solar[i]));
		}
	}

	/**
	 * A whole rebuild after a schedule change: the bundled official schedules plus a
	 * provisional schedule for every other year of 1900–2100, indexed day by day. The
	 * lunar month table is built once per JVM and is already there, as in the running
	 * application; reading the CSV is not included.
	 */
	@Benchmark
	public WorkingDayCalendar buildWithStatutoryHolidays() {
		return WorkingDayCalendar.withStatutoryHolidays(this.officialSchedules);
	}

	private boolean inRange(LocalDate from, int n) {
		try {
			this.calendar.addWorkingDays(from, n);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static LocalDate randomDay(SplittableRandom random, LocalDate first, LocalDate last) {
		return LocalDate.ofEpochDay(random.nextLong(first.toEpochDay(), last.toEpochDay() + 1));
	}

}
