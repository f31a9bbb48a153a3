package vn.doithoai.document;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks of document rendering: goal ≤ 300 ms for the PDF of a three-page KẾ
 * HOẠCH (issue 4), ≤ 1 s for the PDF of the minutes of a 60-exchange dialogue (issue 6),
 * warm. Not a test: run with {@code bench/document-jmh.sh}.
 * <p>
 * The documents are {@link DocumentFixtures#stateDialoguePlan()} (three A4 pages) and
 * {@link DocumentFixtures#minutesWithExchanges(int) minutesWithExchanges(60)} (30 pages);
 * each invocation renders one from scratch, the record to the finished bytes, as a
 * request would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DocumentBenchmarks {

	private DocumentRenderer renderer;

	private OfficialDocument plan;

	private OfficialDocument minutes;

	@Setup(Level.Trial)
	public void setUp() {
		this.renderer = new DocumentRenderer();
		this.plan = DocumentFixtures.stateDialoguePlan();
		this.minutes = DocumentFixtures.minutesWithExchanges(60);
	}

	/** The three-page plan as PDF, Liberation Serif embedded (subset). */
	@Benchmark
	public byte[] pdf() {
		return this.renderer.pdf(this.plan);
	}

	/** The same plan as DOCX. */
	@Benchmark
	public byte[] docx() {
		return this.renderer.docx(this.plan);
	}

	/** The XHTML alone: how much of the PDF's time is building the page. */
	@Benchmark
	public String xhtml() {
		return DocumentXhtml.of(this.plan);
	}

	/** The minutes of a dialogue with 60 exchanges as PDF (issue 6). */
	@Benchmark
	public byte[] minutesPdf() {
		return this.renderer.pdf(this.minutes);
	}

	/** The same minutes as DOCX. */
	@Benchmark
	public byte[] minutesDocx() {
		return this.renderer.docx(this.minutes);
	}

}
