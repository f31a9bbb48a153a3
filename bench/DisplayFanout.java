import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How long a saved change takes to reach many live displays (issue 6).
 * <p>
 * Opens N Server-Sent Events streams on the URL (HTTP/1.1, one connection each, read line by
 * line as they come), waits until each has its first event, notes the time t0, runs the
 * trigger command (for instance a curl that saves a turn), and measures for each stream the
 * time from t0 to its next event. Prints how many got it, the p50/p95/p99/max in ms, and how
 * many missed it within 5 s. {@code -Drounds=R} repeats the trigger R times on the same
 * streams (default 1), {@code -Dpause=MS} waits between rounds (default 1000).
 * <p>
 * Usage: {@code java [-Drounds=5] bench/DisplayFanout.java <sseUrl> <connections> <triggerCommand...>}
 */
public class DisplayFanout {

	private static final long MISSED_AFTER_NANOS = TimeUnit.SECONDS.toNanos(5);

	public static void main(String[] args) throws Exception {
		if (args.length < 3) {
			System.err.println("Usage: java bench/DisplayFanout.java <sseUrl> <connections> <triggerCommand...>");
			System.exit(2);
		}
		URI url = URI.create(args[0]);
		int connections = Integer.parseInt(args[1]);
		List<String> trigger = Arrays.asList(args).subList(2, args.length);
		int rounds = Integer.getInteger("rounds", 1);
		long pause = Long.getLong("pause", 1000);

		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(30))
			.build();
		List<Stream> streams = new ArrayList<>();
		long opening = System.nanoTime();
		for (int i = 0; i < connections; i++) {
			streams.add(new Stream(client, url));
		}
		for (Stream stream : streams) {
			if (!stream.firstEvent.await(60, TimeUnit.SECONDS)) {
				System.out.printf("stream %d: no first event within 60 s (%s)%n", streams.indexOf(stream),
						stream.failure.get());
			}
		}
		long open = streams.stream().filter((stream) -> stream.firstEvent.getCount() == 0).count();
		System.out.printf("%d of %d streams open with their first event after %d ms%n", open, connections,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opening));

		List<Double> all = new ArrayList<>();
		int missedInAll = 0;
		for (int round = 1; round <= rounds; round++) {
			CountDownLatch received = new CountDownLatch(connections);
			long t0 = System.nanoTime();
			for (Stream stream : streams) {
				stream.expect(t0, received);
			}
			Process process = new ProcessBuilder(trigger).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			int exit = process.waitFor();
			long triggered = System.nanoTime() - t0;
			received.await(MISSED_AFTER_NANOS - (System.nanoTime() - t0), TimeUnit.NANOSECONDS);
			List<Double> latencies = new ArrayList<>();
			for (Stream stream : streams) {
				long at = stream.receivedAt.get();
				if (at != 0 && at - t0 <= MISSED_AFTER_NANOS) {
					latencies.add((at - t0) / 1e6);
				}
			}
			int missed = connections - latencies.size();
			System.out.printf("round %d: trigger exited %d after %.1f ms; %s%n", round, exit, triggered / 1e6,
					summary(latencies, missed));
			all.addAll(latencies);
			missedInAll += missed;
			if (round < rounds) {
				Thread.sleep(pause);
			}
		}
		if (rounds > 1) {
			System.out.printf("all %d rounds: %s%n", rounds, summary(all, missedInAll));
		}
		streams.forEach(Stream::close);
		client.close();
		System.exit(0);
	}

	private static String summary(List<Double> latencies, int missed) {
		if (latencies.isEmpty()) {
			return "received 0; missed within 5 s: " + missed;
		}
		List<Double> sorted = latencies.stream().sorted().toList();
		return String.format("received %d; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; missed within 5 s: %d",
				sorted.size(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
				sorted.get(sorted.size() - 1), missed);
	}

	/** Nearest rank. */
	private static double percentile(List<Double> sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}

	/** One display: counts events (a blank line after data lines), ignores comments. */
	private static final class Stream implements Flow.Subscriber<String> {

		final CountDownLatch firstEvent = new CountDownLatch(1);

		final AtomicReference<Throwable> failure = new AtomicReference<>();

		/** When the first event after the expected time came (0: not yet). */
		final AtomicLong receivedAt = new AtomicLong();

		private volatile long expectedAfter = Long.MAX_VALUE;

		private volatile CountDownLatch expected;

		private volatile Flow.Subscription subscription;

		private boolean data;

		Stream(HttpClient client, URI url) {
			HttpRequest request = HttpRequest.newBuilder(url).header("Accept", "text/event-stream").GET().build();
			client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(this))
				.whenComplete((response, ex) -> {
					if (ex != null) {
						this.failure.set(ex);
					}
				});
		}

		void expect(long t0, CountDownLatch latch) {
			this.receivedAt.set(0);
			this.expected = latch;
			this.expectedAfter = t0;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			if (line.startsWith("data")) {
				this.data = true;
			}
			else if (line.isEmpty() && this.data) {
				this.data = false;
				long now = System.nanoTime();
				this.firstEvent.countDown();
				if (now >= this.expectedAfter && this.receivedAt.compareAndSet(0, now)) {
					this.expected.countDown();
				}
			}
		}

		@Override
		public void onError(Throwable throwable) {
			this.failure.set(throwable);
		}

		@Override
		public void onComplete() {
			this.failure.compareAndSet(null, new IllegalStateException("the stream ended"));
		}

		void close() {
			Flow.Subscription open = this.subscription;
			if (open != null) {
				open.cancel();
			}
		}

	}

}
