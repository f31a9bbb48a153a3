package vn.doithoai.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.doithoai.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Live updates in the running application, read over HTTP as a browser reads them,
 * through a display endpoint added for these tests only (registered on the running
 * context and removed after, so that the shared context stays the same).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveUpdatesTests {

	private static final String DISPLAYS = "/xa/live-test/";

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	LiveUpdates live;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@LocalServerPort
	int port;

	/** What each topic's screens show: the state a save changes. */
	private final Map<String, String> shown = new ConcurrentHashMap<>();

	/** How often each topic was rendered. */
	private final Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private RequestMappingInfo displayMapping;

	@BeforeAll
	void addDisplayEndpoint() throws NoSuchMethodException {
		this.displayMapping = RequestMappingInfo.paths(DISPLAYS + "{topic}")
			.methods(RequestMethod.GET)
			.options(this.mappings.getBuilderConfiguration())
			.build();
		this.mappings.registerMapping(this.displayMapping, new Displays(),
				Displays.class.getMethod("stream", String.class));
	}

	@AfterAll
	void removeDisplayEndpoint() {
		this.mappings.unregisterMapping(this.displayMapping);
		this.client.close();
	}

	@Test
	void aSaveReachesEveryScreenOfItsTopicOnceItsTransactionCommits() {
		String topic = topic("Lượt 1: ông Nguyễn Văn An\nhỏi về đường liên thôn");
		try (EventStreamClient projector = open(topic); EventStreamClient phone = open(topic)) {
			awaitData(projector, "Lượt 1: ông Nguyễn Văn An\nhỏi về đường liên thôn");
			awaitData(phone, "Lượt 1: ông Nguyễn Văn An\nhỏi về đường liên thôn");
			assertThat(projector.head().headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));

			save(topic, "Lượt 2: bà Trần Thị Bích\nhỏi về chợ phường");

			awaitData(projector, "Lượt 1: ông Nguyễn Văn An\nhỏi về đường liên thôn",
					"Lượt 2: bà Trần Thị Bích\nhỏi về chợ phường");
			awaitData(phone, "Lượt 1: ông Nguyễn Văn An\nhỏi về đường liên thôn",
					"Lượt 2: bà Trần Thị Bích\nhỏi về chợ phường");
			assertThat(projector.events()).extracting(EventStreamClient.Event::name).containsOnly(LiveUpdates.EVENT);
		}
	}

	@Test
	void aNodeRendersATopicOncePerChangeForAllItsScreens() {
		String topic = topic("Lượt 1");
		try (EventStreamClient projector = open(topic); EventStreamClient phone = openAfter(projector, topic)) {
			awaitData(phone, "Lượt 1");
			assertThat(this.renders.get(topic)).hasValue(1);

			save(topic, "Lượt 2");
			awaitData(projector, "Lượt 1", "Lượt 2");
			awaitData(phone, "Lượt 1", "Lượt 2");
			try (EventStreamClient latecomer = open(topic)) {
				awaitData(latecomer, "Lượt 2");
			}
			assertThat(this.renders.get(topic)).hasValue(2);
		}
	}

	@Test
	void aChangeCommittedOnAnotherNodeReachesTheScreensOnThisOne() throws SQLException {
		String topic = topic("trước");
		try (EventStreamClient display = open(topic); Connection otherNode = connection()) {
			awaitData(display, "trước");
			this.shown.put(topic, "sau");
			otherNode.setAutoCommit(false);
			notify(otherNode, topic);
			otherNode.commit();

			awaitData(display, "trước", "sau");
		}
	}

	@Test
	void aRolledBackSaveNotifiesNoNode() throws SQLException {
		String rolledBack = topic("trước");
		String committed = topic("trước");
		List<String> notified = new CopyOnWriteArrayList<>();
		try (Connection otherNode = connection()) {
			try (Statement statement = otherNode.createStatement()) {
				statement.execute("LISTEN " + LiveUpdates.CHANNEL);
			}
			this.transactions.executeWithoutResult((status) -> {
				this.live.publish(rolledBack);
				status.setRollbackOnly();
			});
			this.transactions.executeWithoutResult((status) -> this.live.publish(committed));

			// Notifications come in commit order: the rolled-back one would come first.
			await().atMost(WAIT).until(() -> {
				PGNotification[] received = otherNode.unwrap(PGConnection.class).getNotifications(100);
				for (PGNotification notification : (received != null) ? received : new PGNotification[0]) {
					notified.add(notification.getParameter());
				}
				return notified.contains(committed);
			});
			assertThat(notified).doesNotContain(rolledBack);
		}
	}

	@Test
	void publishingOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> this.live.publish(topic("trước")))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 201 })
	void aTopicIsANameOfOneTo200Characters(int length) {
		assertThatThrownBy(
				() -> this.transactions.executeWithoutResult((status) -> this.live.publish("x".repeat(length))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theListenerComesBackAfterItsConnectionIsKilledAndRefreshesEveryScreen() {
		String topic = topic("trước khi mất kết nối");
		try (EventStreamClient display = open(topic)) {
			awaitData(display, "trước khi mất kết nối");
			Integer listener = this.live.listenerBackendPid();
			assertThat(listener).isNotNull();

			// Changed while the listener is away: its notification would be lost.
			this.shown.put(topic, "trong lúc mất kết nối");
			this.jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, listener);

			awaitData(display, "trước khi mất kết nối", "trong lúc mất kết nối");
			await().atMost(WAIT).until(() -> this.live.listenerBackendPid() != null);
			assertThat(this.live.listenerBackendPid()).isNotEqualTo(listener);

			save(topic, "sau khi kết nối lại");
			awaitData(display, "trước khi mất kết nối", "trong lúc mất kết nối", "sau khi kết nối lại");
		}
	}

	@Test
	void everyScreenGetsAHeartbeat() {
		String topic = topic("trước");
		try (EventStreamClient display = open(topic)) {
			awaitData(display, "trước");

			this.live.sendHeartbeats();

			await().atMost(WAIT).until(() -> display.comments() > 0);
			assertThat(display.data()).containsExactly("trước");
		}
	}

	@Test
	void aClosedScreenIsDropped() {
		String topic = topic("trước");
		EventStreamClient display = open(topic);
		awaitData(display, "trước");
		assertThat(this.live.subscribers(topic)).isOne();

		display.close();

		// The server finds a closed connection when it writes to it.
		await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
			this.live.sendHeartbeats();
			return this.live.subscribers(topic) == 0;
		});
	}

	private String topic(String initiallyShown) {
		String topic = "test-" + UUID.randomUUID();
		this.shown.put(topic, initiallyShown);
		return topic;
	}

	private void save(String topic, String nowShown) {
		this.transactions.executeWithoutResult((status) -> {
			this.shown.put(topic, nowShown);
			this.live.publish(topic);
		});
	}

	private EventStreamClient open(String topic) {
		return EventStreamClient.open(this.client, URI.create("http://localhost:" + this.port + DISPLAYS + topic));
	}

	/**
	 * Screens that open together may each render: this one opens once the other has its
	 * state.
	 */
	private EventStreamClient openAfter(EventStreamClient other, String topic) {
		await().atMost(WAIT).until(() -> !other.events().isEmpty());
		return open(topic);
	}

	private static void awaitData(EventStreamClient stream, String... data) {
		await().atMost(WAIT).untilAsserted(() -> assertThat(stream.data()).containsExactly(data));
	}

	/** A connection of another node: not from this node's pool. */
	private Connection connection() throws SQLException {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
				Objects.requireNonNullElse(pool.getPassword(), ""));
	}

	private static void notify(Connection connection, String topic) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
			statement.setString(1, LiveUpdates.CHANNEL);
			statement.setString(2, topic);
			statement.execute();
		}
	}

	/** A display endpoint as the meeting module writes one. */
	public class Displays {

		public SseEmitter stream(@PathVariable("topic") String topic) {
			return LiveUpdatesTests.this.live.subscribe(topic, () -> {
				LiveUpdatesTests.this.renders.computeIfAbsent(topic, (key) -> new AtomicInteger()).incrementAndGet();
				return LiveUpdatesTests.this.shown.get(topic);
			});
		}

	}

}
