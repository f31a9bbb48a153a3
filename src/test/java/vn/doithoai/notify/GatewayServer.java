package vn.doithoai.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS gateway on a local port, as a real one would behave: it checks each request's
 * signature (401 when wrong), drops a request whose {@code Idempotency-Key} it has
 * already delivered, and otherwise answers as the test scripted for the recipient (by
 * default 200). Tests tell recipients apart, so one server serves a whole test class.
 */
final class GatewayServer implements AutoCloseable {

	/** A scripted answer: no answer at all until the server closes. */
	static final int HANG = 0;

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final String secret;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, Deque<Integer>> script = new ConcurrentHashMap<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final List<Request> delivered = new CopyOnWriteArrayList<>();

	private final CountDownLatch closing = new CountDownLatch(1);

	GatewayServer(String secret) throws IOException {
		this.secret = secret;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(this.threads);
		this.server.createContext("/sms", this::handle);
		this.server.start();
	}

	URI url() {
		return URI.create("http://" + this.server.getAddress().getHostString() + ":"
				+ this.server.getAddress().getPort() + "/sms");
	}

	/** The next answers to requests for this recipient, in order; then 200 again. */
	void answer(String to, Integer... statuses) {
		this.script.computeIfAbsent(to, (key) -> new ArrayDeque<>()).addAll(List.of(statuses));
	}

	/** Every request for the recipient, repeats included. */
	List<Request> requestsTo(String to) {
		return this.requests.stream().filter((request) -> to.equals(request.to())).toList();
	}

	/** What the gateway passed on to the recipient: each message once. */
	List<Request> deliveredTo(String to) {
		return this.delivered.stream().filter((request) -> to.equals(request.to())).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		JsonNode payload = this.json.readTree(body);
		Request request = new Request(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
				exchange.getRequestHeaders().getFirst("Content-Type"), payload, signedWithTheSecret(exchange, body));
		this.requests.add(request);
		Integer scripted;
		synchronized (this.script) {
			Deque<Integer> answers = this.script.get(request.to());
			scripted = (answers != null) ? answers.poll() : null;
		}
		int status = (scripted != null) ? scripted : 200;
		if (!request.signatureValid()) {
			status = 401;
		}
		if (status == HANG) {
			try {
				this.closing.await(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			status = 200;
		}
		else if (status / 100 == 2 && this.delivered.stream().noneMatch((d) -> d.key().equals(request.key()))) {
			this.delivered.add(request);
		}
		byte[] answer = ((status / 100 == 2) ? "{\"accepted\":true}" : "{\"error\":\"gateway says " + status + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

	private boolean signedWithTheSecret(HttpExchange exchange, byte[] body) {
		String header = exchange.getRequestHeaders().getFirst("X-DoiThoai-Signature");
		if (header == null || !header.startsWith("sha256=")) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] expected = mac.doFinal(body);
			return MessageDigest.isEqual(expected, HexFormat.of().parseHex(header.substring("sha256=".length())));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public void close() {
		this.closing.countDown();
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	/** One request as the gateway received it. */
	record Request(String key, String contentType, JsonNode payload, boolean signatureValid) {

		String to() {
			return this.payload.path("to").asString();
		}

	}

}
