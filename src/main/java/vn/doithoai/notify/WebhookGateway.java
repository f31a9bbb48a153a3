package vn.doithoai.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * Hands a text to the SMS or Zalo gateway: a JSON {@code POST} of {@code {id, channel,
 * to, text, createdAt}}, signed with HMAC-SHA256 over the exact body
 * ({@value #SIGNATURE_HEADER}: {@code sha256=<hex>}), with the message's id as
 * {@code Idempotency-Key}: a message sent twice (its sender was killed before it could
 * record the first sending) carries the same key, and the gateway drops the repeat.
 */
final class WebhookGateway {

	static final String SIGNATURE_HEADER = "X-DoiThoai-Signature";

	static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

	private static final int MAX_QUOTED_ANSWER = 200;

	private final URI url;

	private final SecretKeySpec key;

	private final Duration readTimeout;

	private final Duration longestExchange;

	private final HttpClient http;

	private final JsonMapper json;

	private final ZoneId zone;

	WebhookGateway(NotifyProperties.Webhook webhook, JsonMapper json, ZoneId zone) {
		if (!webhook.configured()) {
			throw new IllegalArgumentException("No webhook URL");
		}
		this.url = webhook.url();
		this.key = new SecretKeySpec(webhook.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.readTimeout = webhook.readTimeout();
		this.longestExchange = webhook.longestExchange();
		this.http = HttpClient.newBuilder()
			.connectTimeout(webhook.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.json = json;
		this.zone = zone;
	}

	/**
	 * Posts one message and waits at most the connect and read timeouts for the answer.
	 * @throws WebhookException if the gateway did not answer with a 2xx
	 */
	void send(long id, String to, String text, Instant createdAt) throws WebhookException {
		byte[] body = this.json.writeValueAsBytes(new Payload(id, Channel.WEBHOOK.name(), to, text,
				DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(createdAt.atZone(this.zone))));
		HttpRequest request = HttpRequest.newBuilder(this.url)
			.timeout(this.readTimeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.header(IDEMPOTENCY_HEADER, String.valueOf(id))
			.header(SIGNATURE_HEADER, signature(body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		// The request's own timeout ends with the answer's headers: this bounds the body
		// too.
		CompletableFuture<HttpResponse<String>> exchange = this.http.sendAsync(request,
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> response;
		try {
			response = exchange.get(this.longestExchange.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			exchange.cancel(true);
			throw new WebhookException("No answer from the gateway within " + this.longestExchange, false, ex);
		}
		catch (ExecutionException ex) {
			throw new WebhookException("The gateway did not answer", false, ex.getCause());
		}
		catch (InterruptedException ex) {
			exchange.cancel(true);
			Thread.currentThread().interrupt();
			throw new WebhookException("Interrupted while waiting for the gateway", false, ex);
		}
		int status = response.statusCode();
		if (status / 100 == 2) {
			return;
		}
		String answer = response.body().strip();
		String quoted = (answer.length() > MAX_QUOTED_ANSWER) ? answer.substring(0, MAX_QUOTED_ANSWER) + "…" : answer;
		throw new WebhookException("HTTP " + status + " from the gateway" + (quoted.isEmpty() ? "" : ": " + quoted),
				refusesForGood(status), null);
	}

	/**
	 * Whether the gateway refused this very message, so that sending it again cannot
	 * help: any 4xx (a malformed number, a bad signature, a blocked recipient) except 408
	 * (request timeout) and 429 (too many requests), which ask to try later. A 5xx, a 3xx
	 * or no answer may pass and is retried.
	 */
	static boolean refusesForGood(int status) {
		return status / 100 == 4 && status != 408 && status != 429;
	}

	String signature(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** The body the gateway receives. */
	record Payload(long id, String channel, String to, String text, String createdAt) {
	}

	/** The gateway did not take the message. */
	static final class WebhookException extends Exception {

		private final boolean permanent;

		WebhookException(String message, boolean permanent, Throwable cause) {
			super(message, cause);
			this.permanent = permanent;
		}

		/** Whether sending the same message again cannot succeed. */
		boolean permanent() {
			return this.permanent;
		}

	}

}
