package vn.doithoai.system;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.doithoai.DoiThoaiApplication;

/**
 * The application with a stand-in display for {@code bench/DisplayFanout.java} (issue 6),
 * until the meeting module's display exists. Not a test: run with
 * {@code bench/live-fanout.sh}.
 * <p>
 * Boots node A on a fresh embedded database and, with {@code -Dnodes=2}, node B on the
 * same database (as a second server would be), each with, registered on the running
 * context only:
 * <ul>
 * <li>{@code GET /xa/live-bench/{topic}}: a display stream; the data is the topic's turn
 * read from the database, with a queue of names around it (about 2 KB);</li>
 * <li>{@code POST /api/v1/public/live-bench/{topic}}: saves the next turn in a
 * transaction that publishes the topic.</li>
 * </ul>
 * Arguments: data folder (default {@code target/live-bench}), node A's port (default
 * 8091; node B takes the next one).
 */
public final class LiveUpdatesFanoutBenchmark {

	private static final String QUEUE = "Hàng chờ: 1. Nguyễn Văn An (thôn Đông); 2. Trần Thị Bích (thôn Tây); "
			+ "3. Lê Văn Cường (tổ dân phố 4); 4. Phạm Thị Dung (thôn Bắc); 5. Hoàng Văn Em (thôn Nam). ";

	private LiveUpdatesFanoutBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of((args.length > 0) ? args[0] : "target/live-bench").toAbsolutePath();
		int port = (args.length > 1) ? Integer.parseInt(args[1]) : 8091;
		ConfigurableApplicationContext nodeA = start("--doithoai.data-dir=" + dataDir.resolve("a"),
				"--doithoai.embedded-db.clean=true", "--server.port=" + port);
		JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
		jdbc.execute("create table if not exists live_bench_turn (topic text primary key, turn int not null, "
				+ "saved_at timestamptz not null)");
		addDisplay(nodeA);
		System.out.println("node A: http://localhost:" + port);
		if (Integer.getInteger("nodes", 1) > 1) {
			HikariDataSource database = nodeA.getBean(DataSource.class).unwrap(HikariDataSource.class);
			ConfigurableApplicationContext nodeB = start("--doithoai.data-dir=" + dataDir.resolve("b"),
					"--spring.datasource.url=" + database.getJdbcUrl(),
					"--spring.datasource.username=" + database.getUsername(), "--server.port=" + (port + 1));
			addDisplay(nodeB);
			System.out.println("node B: http://localhost:" + (port + 1));
		}
		System.out.println("ready");
	}

	private static ConfigurableApplicationContext start(String... options) {
		String[] common = { "--logging.level.root=warn", "--spring.main.banner-mode=off",
				"--doithoai.public.rate-limit.enabled=false", "--doithoai.public.challenge.enabled=false" };
		String[] all = new String[common.length + options.length];
		System.arraycopy(common, 0, all, 0, common.length);
		System.arraycopy(options, 0, all, common.length, options.length);
		return new SpringApplicationBuilder(DoiThoaiApplication.class).run(all);
	}

	private static void addDisplay(ConfigurableApplicationContext node) throws NoSuchMethodException {
		RequestMappingHandlerMapping mappings = node.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		Display display = new Display(node.getBean(LiveUpdates.class), node.getBean(JdbcTemplate.class),
				node.getBean(TransactionTemplate.class));
		mappings.registerMapping(RequestMappingInfo.paths("/xa/live-bench/{topic}")
			.methods(RequestMethod.GET)
			.options(mappings.getBuilderConfiguration())
			.build(), display, Display.class.getMethod("stream", String.class));
		mappings.registerMapping(RequestMappingInfo.paths("/api/v1/public/live-bench/{topic}")
			.methods(RequestMethod.POST)
			.options(mappings.getBuilderConfiguration())
			.build(), display, Display.class.getMethod("save", String.class));
	}

	public record Display(LiveUpdates live, JdbcTemplate jdbc, TransactionTemplate transactions) {

		public SseEmitter stream(@PathVariable("topic") String topic) {
			return this.live.subscribe(topic, () -> render(topic));
		}

		public ResponseEntity<Void> save(@PathVariable("topic") String topic) {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.update("insert into live_bench_turn (topic, turn, saved_at) values (?, 1, clock_timestamp()) "
						+ "on conflict (topic) do update set turn = live_bench_turn.turn + 1, saved_at = clock_timestamp()",
						topic);
				this.live.publish(topic);
			});
			return ResponseEntity.noContent().build();
		}

		private String render(String topic) {
			String turn = this.jdbc
				.query("select 'Lượt ' || turn || ', lưu lúc ' || to_char(saved_at, 'HH24:MI:SS.MS') "
						+ "from live_bench_turn where topic = ?", (row, i) -> row.getString(1), topic)
				.stream()
				.findFirst()
				.orElse("Chưa có lượt nào");
			return turn + "\n" + QUEUE.repeat(5);
		}

	}

}
