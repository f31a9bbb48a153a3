package vn.doithoai.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes a change to every screen that shows it (the conference display on a projector
 * and on citizens' phones), on every node, with Server-Sent Events.
 * <p>
 * A screen subscribes to a <em>topic</em> (a name for what it shows, such as
 * {@code conference/42/display/vi}) with a renderer that turns the topic's current state
 * into the event's data. A save calls {@link #publish(String)} inside its transaction:
 * PostgreSQL delivers the notification to every node's listener only when that
 * transaction commits, so a rolled-back save shows nothing. Each node then renders the
 * topic once, from the committed state, and sends the result to its own subscribers.
 * <p>
 * Rendering after the commit rather than inside the saving transaction means two saves
 * committed close together can never leave a screen on the state of the first one, and
 * the data is not bound by the 8,000 bytes a notification may carry. When the listener's
 * connection is lost and comes back, notifications sent meanwhile are lost, so every
 * topic is rendered again for its subscribers.
 */
@Component
public class LiveUpdates implements SmartLifecycle {

	/** The PostgreSQL notification channel; the payload of a notification is a topic. */
	static final String CHANNEL = "doithoai_live";

	/** The name of each event that carries a rendered topic. */
	public static final String EVENT = "update";

	/** Well under the 8,000 bytes PostgreSQL allows a notification's payload. */
	private static final int MAX_TOPIC_LENGTH = 200;

	private static final MediaType TEXT_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);

	/** How long a browser waits before it opens a dropped stream again. */
	private static final long RECONNECT_MILLIS = 2000;

	private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

	private final JdbcTemplate jdbc;

	private final LiveListener listener;

	private final Duration heartbeat;

	private final Duration streamTimeout;

	private final Map<String, Topic> topics = new ConcurrentHashMap<>();

	private final AtomicBoolean running = new AtomicBoolean();

	/** Set once the node shuts down: new streams are closed after their first event. */
	private volatile boolean closing;

	/**
	 * Renders changed topics: few threads, so that a burst of saves cannot take every
	 * connection of the pool.
	 */
	private final ExecutorService renderers = Executors.newFixedThreadPool(2,
			Thread.ofPlatform().daemon().name("doithoai-live-render-", 1).factory());

	/** Writes to the streams: a slow or dead client holds only its own virtual thread. */
	private final ExecutorService senders = Executors
		.newThreadPerTaskExecutor(Thread.ofVirtual().name("doithoai-live-send-", 1).factory());

	private final ScheduledExecutorService heartbeats = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("doithoai-live-heartbeat").factory());

	LiveUpdates(JdbcTemplate jdbc, DataSource dataSource, @Value("${doithoai.live.heartbeat:20s}") Duration heartbeat,
			@Value("${doithoai.live.stream-timeout:30m}") Duration streamTimeout) {
		this.jdbc = jdbc;
		this.listener = new LiveListener(LiveListener.connectionsFor(dataSource), this::changed, this::reconnected);
		this.heartbeat = heartbeat;
		this.streamTimeout = streamTimeout;
	}

	/**
	 * Tells every node that the topic changed, once the current transaction commits; must
	 * be called inside the transaction that saves the change.
	 * @param topic what changed, as the screens showing it subscribed to it
	 * @throws IllegalTransactionStateException outside a transaction
	 */
	public void publish(String topic) {
		checkTopic(topic);
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalTransactionStateException(
					"LiveUpdates.publish must run inside the transaction that saves the change");
		}
		this.jdbc.query("select pg_notify(?, ?)", (resultSet) -> null, CHANNEL, topic);
	}

	/**
	 * Opens a stream of the topic for one screen: an {@value #EVENT} event with the
	 * rendered topic at once, then one after each published change (a quick series of
	 * changes may be sent as its last state only), and a comment line every
	 * {@code doithoai.live.heartbeat} (20 s) so that proxies keep the connection open and
	 * closed screens are found. The stream ends after
	 * {@code doithoai.live.stream-timeout} (30 min); browsers open it again by
	 * themselves.
	 * @param topic what the screen shows
	 * @param render the topic's current state as the event's data, used for all the
	 * topic's screens on this node, so it must depend on the topic alone (put the
	 * language in the topic if the data use it); called on this thread unless the node
	 * has a render of the current state already, then once per change on another thread
	 * (no request, no session, no transaction: open one if needed)
	 * @return the stream, for the controller to return
	 */
	public SseEmitter subscribe(String topic, Supplier<String> render) {
		checkTopic(topic);
		Stream stream = new Stream(this.streamTimeout.toMillis());
		Subscriber subscriber = new Subscriber(topic, stream);
		Topic subscribed = this.topics.compute(topic, (name, existing) -> {
			Topic present = (existing != null) ? existing : new Topic(name, render);
			present.subscribers.add(subscriber);
			return present;
		});
		Runnable unsubscribe = () -> unsubscribe(topic, subscriber);
		stream.onCompletion(unsubscribe);
		stream.onError((ex) -> unsubscribe.run());
		stream.onTimeout(() -> {
			unsubscribe.run();
			stream.complete();
		});
		// After joining the topic: a change this first event misses is rendered again
		// afterwards, for this screen too.
		Rendered first;
		try {
			first = subscribed.current();
		}
		catch (RuntimeException ex) {
			unsubscribe.run();
			throw ex;
		}
		subscriber.sendFirst(first.ticket(), first.payload());
		if (this.closing) {
			// Shutting down: the browser reconnects, through the load balancer, to a node
			// that is up.
			subscriber.closeAfterSending();
		}
		return stream;
	}

	/** The screens connected to this node for the topic. */
	int subscribers(String topic) {
		Topic present = this.topics.get(topic);
		return (present != null) ? present.subscribers.size() : 0;
	}

	/** Sends the heartbeat comment to every screen connected to this node now. */
	void sendHeartbeats() {
		this.topics.values().forEach((topic) -> topic.subscribers.forEach(Subscriber::heartbeat));
	}

	/** The listener's connection, while it is up: for tests that cut it. */
	Integer listenerBackendPid() {
		return this.listener.backendPid();
	}

	@Override
	public void start() {
		if (this.closing) {
			throw new IllegalStateException("LiveUpdates cannot start again once stopped");
		}
		if (this.running.compareAndSet(false, true)) {
			long period = this.heartbeat.toMillis();
			this.heartbeats.scheduleWithFixedDelay(this::sendHeartbeats, period, period, TimeUnit.MILLISECONDS);
			this.listener.start();
		}
	}

	/**
	 * Stops listening and ends every stream, before the web server's graceful shutdown,
	 * which would otherwise wait for these never-ending requests.
	 */
	@Override
	public void stop() {
		if (this.running.compareAndSet(true, false)) {
			this.closing = true;
			this.listener.stop();
			this.heartbeats.shutdownNow();
			this.renderers.shutdownNow();
			this.topics.values().forEach((topic) -> topic.subscribers.forEach(Subscriber::closeAfterSending));
			this.senders.shutdown();
			try {
				if (!this.senders.awaitTermination(5, TimeUnit.SECONDS)) {
					this.senders.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running.get();
	}

	private void changed(String topic) {
		Topic changed = this.topics.get(topic);
		if (changed != null) {
			changed.changed();
		}
	}

	private void reconnected() {
		this.topics.values().forEach(Topic::changed);
	}

	private void unsubscribe(String topic, Subscriber subscriber) {
		this.topics.computeIfPresent(topic, (name, present) -> {
			present.subscribers.remove(subscriber);
			return present.subscribers.isEmpty() ? null : present;
		});
	}

	private static void checkTopic(String topic) {
		if (topic == null || topic.isBlank() || topic.length() > MAX_TOPIC_LENGTH) {
			throw new IllegalArgumentException(
					"A topic is a non-blank name of at most " + MAX_TOPIC_LENGTH + " characters: " + topic);
		}
	}

	/** A topic with screens on this node. */
	private final class Topic {

		private final String name;

		private final Supplier<String> render;

		private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

		/** Orders the renders: a screen never goes back to an older one. */
		private final AtomicLong tickets = new AtomicLong();

		/** Changes notified (and reconnections, which may hide some). */
		private final AtomicLong changes = new AtomicLong();

		/** The newest render, shared by the screens that open before the next change. */
		private final AtomicReference<Rendered> latest = new AtomicReference<>();

		private final AtomicBoolean dirty = new AtomicBoolean();

		private final AtomicBoolean rendering = new AtomicBoolean();

		Topic(String name, Supplier<String> render) {
			this.name = name;
			this.render = render;
		}

		/**
		 * The topic as it is: the newest render if nothing changed since it began (many
		 * screens open at once when a conference starts or a node restarts), else a new
		 * one.
		 */
		Rendered current() {
			long changesBefore = this.changes.get();
			Rendered newest = this.latest.get();
			if (newest != null && newest.changes() == changesBefore && LiveUpdates.this.listener.backendPid() != null) {
				return newest;
			}
			return render(changesBefore);
		}

		void changed() {
			this.changes.incrementAndGet();
			refresh();
		}

		/**
		 * Takes its ticket before it reads the state: a later ticket saw a later state.
		 */
		private Rendered render(long changesBefore) {
			long ticket = this.tickets.incrementAndGet();
			Rendered rendered = new Rendered(ticket, changesBefore, this.render.get());
			this.latest.accumulateAndGet(rendered, (present,
					candidate) -> (present == null || candidate.ticket() > present.ticket()) ? candidate : present);
			return rendered;
		}

		/**
		 * Renders the topic again after the latest change, once for any number of them.
		 */
		private void refresh() {
			this.dirty.set(true);
			if (this.rendering.compareAndSet(false, true)) {
				try {
					LiveUpdates.this.renderers.execute(this::renderWhileDirty);
				}
				catch (RuntimeException ex) {
					// Stopped: the streams are being closed.
					this.rendering.set(false);
				}
			}
		}

		private void renderWhileDirty() {
			do {
				while (this.dirty.getAndSet(false)) {
					try {
						Rendered rendered = render(this.changes.get());
						this.subscribers
							.forEach((subscriber) -> subscriber.offer(rendered.ticket(), rendered.payload()));
					}
					catch (RuntimeException ex) {
						log.warn("Could not render the live topic {}; its screens keep the previous state", this.name,
								ex);
					}
				}
				this.rendering.set(false);
			}
			while (this.dirty.get() && this.rendering.compareAndSet(false, true));
		}

	}

	/**
	 * One screen's stream, with room for one event waiting: a screen that cannot keep up
	 * skips to the newest state instead of queueing every one.
	 */
	private final class Subscriber {

		private final String topic;

		private final Stream stream;

		private long newestTicket;

		private String pending;

		private boolean heartbeatDue;

		private boolean closeDue;

		/** Taken by the subscribing thread until the first event is sent. */
		private boolean sending = true;

		private boolean dead;

		Subscriber(String topic, Stream stream) {
			this.topic = topic;
			this.stream = stream;
		}

		/**
		 * Sends the first event on the subscribing thread, before the controller returns
		 * the stream: Spring MVC then writes it, with the response's headers, on the
		 * request's thread. Written from another thread, it would race with the request's
		 * thread, which may still be adding headers (Tomcat's response is not
		 * thread-safe).
		 */
		void sendFirst(long ticket, String payload) {
			synchronized (this) {
				if (ticket > this.newestTicket) {
					this.newestTicket = ticket;
					this.pending = payload;
				}
			}
			send();
		}

		void offer(long ticket, String payload) {
			synchronized (this) {
				if (ticket <= this.newestTicket) {
					return;
				}
				this.newestTicket = ticket;
				this.pending = payload;
			}
			scheduleSending();
		}

		void heartbeat() {
			synchronized (this) {
				this.heartbeatDue = true;
			}
			scheduleSending();
		}

		void closeAfterSending() {
			synchronized (this) {
				this.closeDue = true;
			}
			scheduleSending();
		}

		private void scheduleSending() {
			synchronized (this) {
				if (this.sending || this.dead) {
					return;
				}
				this.sending = true;
			}
			try {
				LiveUpdates.this.senders.execute(this::send);
			}
			catch (RuntimeException ex) {
				// The senders are stopped (shutdown): the container closes the stream.
				synchronized (this) {
					this.sending = false;
				}
			}
		}

		private void send() {
			while (true) {
				String payload;
				boolean beat;
				boolean close;
				synchronized (this) {
					payload = this.pending;
					beat = this.heartbeatDue;
					close = this.closeDue;
					this.pending = null;
					this.heartbeatDue = false;
					if (payload == null && !beat && !close) {
						this.sending = false;
						return;
					}
				}
				try {
					if (payload != null) {
						this.stream.send(SseEmitter.event()
							.name(EVENT)
							.reconnectTime(RECONNECT_MILLIS)
							.data(payload, TEXT_UTF8));
					}
					else if (beat) {
						this.stream.send(SseEmitter.event().comment(""));
					}
					if (close) {
						this.stream.complete();
						markDead();
						return;
					}
				}
				catch (IOException | IllegalStateException ex) {
					// The screen is gone, or its stream already ended: the container
					// tells
					// Spring MVC, which ends the request; here it is only forgotten.
					markDead();
					return;
				}
			}
		}

		private void markDead() {
			synchronized (this) {
				this.dead = true;
				this.sending = false;
			}
			unsubscribe(this.topic, this);
		}

	}

	/** A topic's state as sent to its screens, and the count of changes before it. */
	private record Rendered(long ticket, long changes, String payload) {
	}

	/** Asks proxies such as nginx not to buffer the stream. */
	private static final class Stream extends SseEmitter {

		Stream(long timeoutMillis) {
			super(timeoutMillis);
		}

		@Override
		protected void extendResponse(ServerHttpResponse outputMessage) {
			super.extendResponse(outputMessage);
			outputMessage.getHeaders().set("X-Accel-Buffering", "no");
		}

	}

}
