package vn.doithoai.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's one listening connection: {@code LISTEN} on {@link LiveUpdates#CHANNEL} from
 * a thread of its own, on a connection outside the pool (a pooled one would be taken from
 * the requests and recycled under the listener). When the connection fails, it opens a
 * new one, waiting longer after each failure (up to 30 s), and says so, because the
 * notifications sent in between are lost.
 */
final class LiveListener {

	/** Opens the listening connection. */
	@FunctionalInterface
	interface Connections {

		Connection open() throws SQLException;

	}

	static final String APPLICATION_NAME = "doithoai-live";

	private static final Logger log = LoggerFactory.getLogger(LiveListener.class);

	/** How long a wait for notifications lasts: also how soon a stop is noticed. */
	private static final int POLL_MILLIS = 500;

	/** A quiet connection is checked this often, so that a dead one is found. */
	private static final long PING_NANOS = Duration.ofSeconds(15).toNanos();

	private static final long FIRST_BACKOFF_MILLIS = 500;

	private static final long MAX_BACKOFF_MILLIS = 30_000;

	private final Connections connections;

	private final Consumer<String> changed;

	private final Runnable connected;

	private volatile CountDownLatch stopped = new CountDownLatch(0);

	private volatile Thread thread;

	private volatile Integer backendPid;

	/**
	 * @param changed called with each topic notified, on the listener's thread: must not
	 * block
	 * @param connected called each time the listener is (again) connected, when
	 * notifications may have been missed
	 */
	LiveListener(Connections connections, Consumer<String> changed, Runnable connected) {
		this.connections = connections;
		this.changed = changed;
		this.connected = connected;
	}

	/**
	 * A dedicated connection to the application's database: with the pool's URL and
	 * credentials when it is a Hikari pool (Spring Boot's, or the embedded database's),
	 * with a timeout on reads so that a silently dropped connection is noticed.
	 */
	static Connections connectionsFor(DataSource dataSource) {
		return () -> {
			if (!dataSource.isWrapperFor(HikariDataSource.class)) {
				throw new SQLException(
						"Live updates need a Hikari data source to open their own connection: " + dataSource);
			}
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			Properties properties = new Properties();
			properties.putAll(pool.getDataSourceProperties());
			if (pool.getUsername() != null) {
				properties.setProperty("user", pool.getUsername());
			}
			if (pool.getPassword() != null) {
				properties.setProperty("password", pool.getPassword());
			}
			properties.setProperty("ApplicationName", APPLICATION_NAME);
			properties.setProperty("tcpKeepAlive", "true");
			properties.setProperty("connectTimeout", "10");
			properties.setProperty("socketTimeout", "30");
			return DriverManager.getConnection(pool.getJdbcUrl(), properties);
		};
	}

	void start() {
		this.stopped = new CountDownLatch(1);
		Thread listening = Thread.ofPlatform().daemon().name("doithoai-live-listener").unstarted(this::listen);
		this.thread = listening;
		listening.start();
	}

	void stop() {
		this.stopped.countDown();
		Thread listening = this.thread;
		if (listening != null) {
			try {
				listening.join(Duration.ofSeconds(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** The server process of the listening connection, while it is up. */
	Integer backendPid() {
		return this.backendPid;
	}

	private boolean running() {
		return this.stopped.getCount() > 0;
	}

	private void listen() {
		long backoff = FIRST_BACKOFF_MILLIS;
		boolean failed = false;
		while (running()) {
			try (Connection connection = this.connections.open()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + LiveUpdates.CHANNEL);
				}
				this.backendPid = connection.unwrap(PGConnection.class).getBackendPID();
				if (failed) {
					log.info("Listening for live updates again; every screen is refreshed");
				}
				backoff = FIRST_BACKOFF_MILLIS;
				failed = false;
				this.connected.run();
				receive(connection);
			}
			catch (SQLException | RuntimeException ex) {
				this.backendPid = null;
				if (!running()) {
					return;
				}
				log.warn("The live updates' database connection failed ({}); trying again in {} ms", ex.toString(),
						backoff);
				failed = true;
				try {
					if (this.stopped.await(backoff, TimeUnit.MILLISECONDS)) {
						return;
					}
				}
				catch (InterruptedException interrupted) {
					return;
				}
				backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
			}
		}
		this.backendPid = null;
	}

	private void receive(Connection connection) throws SQLException {
		PGConnection notifications = connection.unwrap(PGConnection.class);
		long quietSince = System.nanoTime();
		while (running()) {
			PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
			if (received != null && received.length > 0) {
				for (PGNotification notification : received) {
					this.changed.accept(notification.getParameter());
				}
				quietSince = System.nanoTime();
			}
			else if (System.nanoTime() - quietSince > PING_NANOS) {
				try (Statement statement = connection.createStatement();
						ResultSet result = statement.executeQuery("select 1")) {
					result.next();
				}
				quietSince = System.nanoTime();
			}
		}
	}

}
