package io.github.llmkit.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmException;
import io.github.llmkit.LlmStreamException;
import io.github.llmkit.observation.ClientEventListener;
import io.github.llmkit.ratelimit.RateLimiter;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a client's requests over one pooled Apache HttpClient 5 (classic, blocking, on the caller's thread).
 * The pipeline of every attempt, in order: rate limit, send, map the status to an exception, retry with
 * backoff. Thread-safe.
 *
 * @since 0.1.0
 */
public final class HttpTransport implements Closeable {

	private static final Logger logger = LoggerFactory.getLogger(HttpTransport.class);

	private static final String USER_AGENT = "llmkit/0.1";

	private static final int MAX_CACHED_URIS = 64;

	private final String clientName;

	private final String apiKey;

	private final CloseableHttpClient httpClient;

	private final FailureMapper failures;

	private final RetryPolicy retryPolicy;

	private final RateLimiter rateLimiter;

	private final ClientEventListener events;

	private final Sleeper sleeper;

	private final Duration defaultTimeout;

	private final RequestConfig defaultRequestConfig;

	private final Duration streamIdleTimeout;

	private final Timeout streamIdle;

	private volatile boolean closed;

	private final boolean logBodies;

	private final Map<String, URI> uris = new ConcurrentHashMap<>();

	/**
	 * Create a transport for one client.
	 * @param clientName the client's name, for errors and logs
	 * @param config the client's config (timeouts, pool size, retries, rate limiter)
	 * @param errorParser reads the wire family's error bodies
	 */
	public HttpTransport(String clientName, ClientConfig config, ErrorParser errorParser) {
		this.clientName = clientName;
		this.apiKey = config.apiKey();
		this.retryPolicy = new RetryPolicy(config.retryDelay(), config.maxRetryDelay(), Instant::now);
		this.failures = new FailureMapper(clientName, this.apiKey, errorParser, this.retryPolicy);
		this.rateLimiter = config.rateLimiter();
		this.events = config.eventListener();
		this.sleeper = config.sleeper();
		this.defaultTimeout = config.timeout();
		this.streamIdleTimeout = config.streamIdleTimeout();
		this.logBodies = config.logRequests();
		this.defaultRequestConfig = requestConfig(config.timeout());
		this.streamIdle = Timeout.of(config.streamIdleTimeout());
		PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setMaxConnTotal(config.maxConnections())
			.setMaxConnPerRoute(config.maxConnections())
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(config.connectTimeout()))
				.setSocketTimeout(Timeout.of(config.timeout()))
				.build())
			.build();
		this.httpClient = HttpClients.custom()
			.setConnectionManager(connections)
			.setDefaultRequestConfig(this.defaultRequestConfig)
			.setRequestExecutor(new StreamIdleRequestExecutor())
			.setUserAgent(USER_AGENT)
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.disableContentCompression()
			.disableAuthCaching()
			.build();
	}

	private static RequestConfig requestConfig(Duration responseTimeout) {
		return RequestConfig.custom().setResponseTimeout(Timeout.of(responseTimeout)).build();
	}

	/**
	 * Send a request and return its successful body, retrying as the policy allows.
	 * @param call the request
	 * @param settings the per-call timeout and retries
	 * @return the body bytes of a 2xx response
	 * @throws LlmException the mapped failure of the last attempt
	 */
	public byte[] execute(HttpCall call, CallSettings settings) {
		for (int attempt = 1;; attempt++) {
			try {
				return executeOnce(call, settings);
			}
			catch (AttemptFailure failure) {
				retryOrThrow(failure, attempt, settings.retries());
			}
		}
	}

	/**
	 * Send a streaming request and pass its events to the handler until the stream ends. A failure (including a
	 * retryable {@link LlmStreamException} the handler throws for an error event) is retried only while
	 * {@link SseHandler#delivered()} is false. The response is always closed; after a normal end its
	 * connection returns to the pool.
	 * @param call the request
	 * @param settings the per-call timeout (until the response headers; then the stream idle timeout bounds
	 * every silence) and retries
	 * @param handler receives the events on this thread
	 * @throws LlmException the mapped failure, or whatever the handler threw
	 */
	public void stream(HttpCall call, CallSettings settings, SseHandler handler) {
		for (int attempt = 1;; attempt++) {
			try {
				streamOnce(call, settings, handler);
				return;
			}
			catch (AttemptFailure failure) {
				if (handler.delivered()) {
					throw failure.exception();
				}
				retryOrThrow(failure, attempt, settings.retries());
				handler.restart();
			}
		}
	}

	private void retryOrThrow(AttemptFailure failure, int attempt, int retries) {
		if (attempt > retries || !this.retryPolicy.isRetryable(failure.exception(), failure.shouldRetry())) {
			throw failure.exception();
		}
		Duration delay = this.retryPolicy.delayBefore(attempt, failure.serverDelay());
		if (delay == null) {
			throw failure.exception();
		}
		logger.debug("{}: retrying after {} ms (attempt {} of {}): {}", this.clientName, delay.toMillis(),
				attempt + 1, retries + 1, failure.exception().getMessage());
		notifySafely(() -> this.events.onRetry(this.clientName, attempt + 1, delay, failure.exception()));
		sleep(delay);
	}

	private byte[] executeOnce(HttpCall call, CallSettings settings) throws AttemptFailure {
		HttpUriRequestBase request = request(call, settings);
		long start = System.nanoTime();
		try (ClassicHttpResponse response = this.httpClient.executeOpen(null, request, null)) {
			int status = response.getCode();
			HttpEntity entity = response.getEntity();
			if (status < 200 || status >= 300) {
				throw this.failures.status(call, response, entity);
			}
			byte[] body = (entity != null) ? EntityUtils.toByteArray(entity) : new byte[0];
			logExchange(call, status, start, body);
			return body;
		}
		catch (IOException ex) {
			throw this.failures.io(call, ex, settings.timeout(), false, false);
		}
	}

	private void streamOnce(HttpCall call, CallSettings settings, SseHandler handler) throws AttemptFailure {
		HttpUriRequestBase request = request(call, settings);
		HttpClientContext context = HttpClientContext.create();
		context.setAttribute(StreamIdleRequestExecutor.IDLE_TIMEOUT, this.streamIdle);
		long start = System.nanoTime();
		boolean open = false;
		try (ClassicHttpResponse response = this.httpClient.executeOpen(null, request, context)) {
			int status = response.getCode();
			HttpEntity entity = response.getEntity();
			if (status < 200 || status >= 300) {
				throw this.failures.status(call, response, entity);
			}
			open = true;
			logExchange(call, status, start, null);
			if (entity == null) {
				throw new AttemptFailure(new LlmStreamException(this.clientName, null,
						this.clientName + " answered " + status + " without a stream body", null), null, null);
			}
			readEvents(call, request, entity.getContent(), handler);
		}
		catch (IOException ex) {
			throw this.failures.io(call, ex, (open) ? this.streamIdleTimeout : settings.timeout(), open,
					handler.delivered());
		}
	}

	/**
	 * Pass every event of a stream body to the handler; the request is aborted unless the body ended.
	 */
	private void readEvents(HttpCall call, HttpUriRequestBase request, InputStream body, SseHandler handler)
			throws IOException, AttemptFailure {
		boolean ended = false;
		try {
			SseReader reader = new SseReader(body);
			SseEvent event;
			while ((event = reader.next()) != null) {
				if (this.logBodies && logger.isDebugEnabled()) {
					logger.debug("{} {} event {}: {}", this.clientName, call.operation(), event.event(),
							Redactor.text(event.data(), this.apiKey));
				}
				deliver(handler, event);
			}
			ended = true;
		}
		finally {
			if (!ended) {
				// Abort first: closing an unread chunked body would otherwise drain the rest of the stream.
				request.cancel();
			}
		}
		body.close();
	}

	/**
	 * Pass an event to the handler; an error event it reports as retryable is retried like a lost connection,
	 * as long as nothing has been delivered yet.
	 */
	private static void deliver(SseHandler handler, SseEvent event) throws AttemptFailure {
		try {
			handler.onEvent(event);
		}
		catch (LlmStreamException ex) {
			if (ex.retryable() && !handler.delivered()) {
				throw new AttemptFailure(ex, null, null);
			}
			throw ex;
		}
	}

	/**
	 * Return the parsed URI of a URL, parsed once per distinct URL since a client calls the same few endpoints;
	 * URLs that vary per call (paging cursors) stop being cached once a small bound is reached.
	 */
	private URI uri(String url) {
		URI uri = this.uris.get(url);
		if (uri == null) {
			uri = URI.create(url);
			if (this.uris.size() < MAX_CACHED_URIS) {
				this.uris.putIfAbsent(url, uri);
			}
		}
		return uri;
	}

	private HttpUriRequestBase request(HttpCall call, CallSettings settings) {
		if (this.closed) {
			throw new LlmException(this.clientName, this.clientName + " is closed; create a new client");
		}
		HttpUriRequestBase request = new HttpUriRequestBase(call.method(), uri(call.url()));
		call.headers().forEach(request::setHeader);
		if (call.body() != null) {
			request.setEntity(new ByteArrayEntity(call.body(), ContentType.APPLICATION_JSON));
		}
		if (!settings.timeout().equals(this.defaultTimeout)) {
			request.setConfig(requestConfig(settings.timeout()));
		}
		acquirePermit();
		if (logger.isDebugEnabled()) {
			logger.debug("{} {} {} {}{}", this.clientName, call.method(), Redactor.url(call.url()),
					Redactor.headers(call.headers()), (this.logBodies && call.body() != null)
							? " " + Redactor.text(new String(call.body(), StandardCharsets.UTF_8), this.apiKey) : "");
		}
		return request;
	}

	private void acquirePermit() {
		if (this.rateLimiter == null) {
			return;
		}
		try {
			Duration waited = this.rateLimiter.acquire();
			if (!waited.isZero()) {
				notifySafely(() -> this.events.onRateLimitWait(this.clientName, waited));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LlmException(this.clientName, this.clientName + ": interrupted while waiting for the rate limiter", ex);
		}
	}

	private void logExchange(HttpCall call, int status, long startNanos, byte[] body) {
		if (logger.isDebugEnabled()) {
			logger.debug("{} {} -> HTTP {} in {} ms{}", this.clientName, call.operation(), status,
					(System.nanoTime() - startNanos) / 1_000_000, (this.logBodies && body != null)
							? " " + Redactor.text(new String(body, StandardCharsets.UTF_8), this.apiKey) : "");
		}
	}

	private void sleep(Duration delay) {
		try {
			this.sleeper.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LlmException(this.clientName, this.clientName + ": interrupted while waiting to retry", ex);
		}
	}

	private void notifySafely(Runnable notification) {
		try {
			notification.run();
		}
		catch (RuntimeException ex) {
			logger.warn("{}: an event listener failed", this.clientName, ex);
		}
	}

	@Override
	public void close() {
		this.closed = true;
		try {
			this.httpClient.close();
		}
		catch (IOException ex) {
			logger.debug("{}: closing the HTTP client failed", this.clientName, ex);
		}
	}

}
