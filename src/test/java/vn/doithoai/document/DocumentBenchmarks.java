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
 * JMH benchmarks of document rendering (issue 4): goal ≤ 300 ms for the PDF of a
 * three-page KẾ HOẠCH, warm. Not a test: run with {@code bench/document-jmh.sh}.
 * <p>
 * The document is {@link DocumentFixtures#stateDialoguePlan()} (three A4 pages); each
 * invocation renders it from scratch, XHTML to PDF bytes, as a request would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DocumentBenchmarks {

	private DocumentRenderer renderer;

	private OfficialDocument plan;

	@Setup(Level.Trial)
	public void setUp() {
		this.renderer = new DocumentRenderer();
		this.plan = DocumentFixtures.stateDialoguePlan();
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

}
