package vn.doithoai.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A screen's side of a Server-Sent Events stream, as a browser's {@code EventSource}
 * reads it: events (named, their data lines joined) and comment lines, collected as they
 * come.
 */
final class EventStreamClient implements AutoCloseable {

	record Event(String name, String data) {
	}

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private final AtomicInteger comments = new AtomicInteger();

	private final CompletableFuture<HttpResponse.ResponseInfo> headers = new CompletableFuture<>();

	/** Completes when the stream ends. */
	private final CompletableFuture<HttpResponse<Void>> response;

	private volatile Flow.Subscription subscription;

	private String name;

	private final List<String> data = new ArrayList<>();

	private EventStreamClient(HttpClient client, URI uri) {
		HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET().build();
		this.response = client.sendAsync(request, (info) -> {
			this.headers.complete(info);
			return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines());
		});
	}

	static EventStreamClient open(HttpClient client, URI uri) {
		return new EventStreamClient(client, uri);
	}

	List<Event> events() {
		return List.copyOf(this.events);
	}

	List<String> data() {
		return this.events.stream().map(Event::data).toList();
	}

	int comments() {
		return this.comments.get();
	}

	/** The response's status and headers, once they came. */
	HttpResponse.ResponseInfo head() {
		return this.headers.orTimeout(10, TimeUnit.SECONDS).join();
	}

	@Override
	public void close() {
		Flow.Subscription open = this.subscription;
		if (open != null) {
			open.cancel();
		}
		this.response.cancel(true);
	}

	private void line(String line) {
		if (line.isEmpty()) {
			if (!this.data.isEmpty()) {
				this.events.add(new Event((this.name != null) ? this.name : "message", String.join("\n", this.data)));
			}
			this.name = null;
			this.data.clear();
		}
		else if (line.startsWith(":")) {
			this.comments.incrementAndGet();
		}
		else {
			int colon = line.indexOf(':');
			String field = (colon < 0) ? line : line.substring(0, colon);
			String value = (colon < 0) ? "" : line.substring(colon + 1);
			value = value.startsWith(" ") ? value.substring(1) : value;
			if (field.equals("event")) {
				this.name = value;
			}
			else if (field.equals("data")) {
				this.data.add(value);
			}
		}
	}

	private final class Lines implements Flow.Subscriber<String> {

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			EventStreamClient.this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String item) {
			line(item);
		}

		@Override
		public void onError(Throwable throwable) {
		}

		@Override
		public void onComplete() {
		}

	}

}
