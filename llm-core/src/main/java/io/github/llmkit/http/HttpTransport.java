package io.github.llmkit.http;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmException;
import io.github.llmkit.LlmStreamException;
import io.github.llmkit.observation.ClientEventListener;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a client's requests over one pooled Apache HttpClient 5 (classic, blocking, on the caller's thread).
 * The pipeline of a call, in order: rate limit, send, map the status to an exception, retry with backoff, all
 * within the call's deadline. Every call is watched by the {@link Watchdog}, which aborts its exchange when the
 * thread is interrupted, the call is cancelled, its deadline passes or its stream goes silent. Bodies are read
 * through size caps. Thread-safe.
 *
 * @since 0.1.0
 */
public final class HttpTransport implements Closeable {

	private static final Logger logger = LoggerFactory.getLogger(HttpTransport.class);

	private final String clientName;

	private final ConnectionPool pool;

	/** One instance, so that the watchdog's set of housekeeping tasks holds it once. */
	private final BooleanSupplier housekeeping;

	private final FailureMapper failures;

	private final RequestFactory requests;

	private final EventPump pump;

	private final RetryPolicy retryPolicy;

	private final ClientEventListener events;

	private final Sleeper sleeper;

	private final ClientConfig config;

	private final Timeout streamIdle;

	private final boolean logBodies;

	private volatile boolean closed;

	/**
	 * Create a transport for one client.
	 * @param clientName the client's name, for errors and logs
	 * @param config the client's config (timeouts, pool, size limit, retries, rate limiter)
	 * @param errorParser reads the wire family's error bodies
	 */
	public HttpTransport(String clientName, ClientConfig config, ErrorParser errorParser) {
		this.clientName = clientName;
		this.config = config;
		this.retryPolicy = new RetryPolicy(config.retryDelay(), config.maxRetryDelay(), Instant::now);
		this.failures = new FailureMapper(clientName, config, errorParser, this.retryPolicy);
		this.requests = new RequestFactory(clientName, config, this.failures);
		this.pump = new EventPump(clientName, config);
		this.events = config.eventListener();
		this.sleeper = config.sleeper();
		this.logBodies = config.logRequests();
		this.streamIdle = Timeout.of(config.streamIdleTimeout());
		this.pool = new ConnectionPool(config);
		this.housekeeping = this.pool::closeIdle;
	}

	/**
	 * Send a request and read its successful body with {@code reader}, retrying as the policy allows, all
	 * within the call's deadline.
	 * @param <T> the value read
	 * @param call the request
	 * @param settings the per-call deadline, retries, cancel handle and size limit
	 * @param reader reads the body of a 2xx response from its capped stream
	 * @return what the reader returned
	 * @throws LlmException the mapped failure of the last attempt
	 */
	public <T> T execute(HttpCall call, CallSettings settings, BodyReader<T> reader) {
		Exchange exchange = begin(call, settings, null);
		try {
			for (int attempt = 1;; attempt++) {
				try {
					return executeOnce(call, settings, reader, exchange);
				}
				catch (AttemptFailure failure) {
					retryOrThrow(call, settings, failure, attempt, exchange);
				}
			}
		}
		finally {
			end(exchange);
		}
	}

	/**
	 * Send a streaming request and pass its events to the handler until the stream ends. A failure (including a
	 * retryable {@link LlmStreamException} the handler throws for an error event) is retried only while
	 * {@link SseHandler#delivered()} is false. The response is always closed; after a normal end its
	 * connection returns to the pool.
	 * @param call the request
	 * @param settings the deadline until the stream is open (then the idle timeout bounds the wait for each
	 * event, and {@code streamTimeout} the whole call), retries and cancel handle
	 * @param handler receives the events on this thread
	 * @throws LlmException the mapped failure, or whatever the handler threw
	 */
	public void stream(HttpCall call, CallSettings settings, SseHandler handler) {
		Exchange exchange = begin(call, settings, this.config.streamIdleTimeout());
		try {
			for (int attempt = 1;; attempt++) {
				try {
					streamOnce(call, settings, handler, exchange);
					return;
				}
				catch (AttemptFailure failure) {
					if (handler.delivered()) {
						throw failure.exception();
					}
					exchange.reopen();
					retryOrThrow(call, settings, failure, attempt, exchange);
					handler.restart();
				}
			}
		}
		finally {
			end(exchange);
		}
	}

	private Exchange begin(HttpCall call, CallSettings settings, Duration idle) {
		if (this.closed) {
			throw new LlmException(this.clientName, this.clientName + " is closed; create a new client");
		}
		Exchange exchange = new Exchange(settings.timeout(), (idle != null) ? this.config.streamTimeout() : null,
				idle, settings.cancellation());
		if (Thread.currentThread().isInterrupted()
				|| (settings.cancellation() != null && settings.cancellation().isCancelled())) {
			exchange.stop((Thread.currentThread().isInterrupted()) ? Exchange.Stop.INTERRUPTED
					: Exchange.Stop.CANCELLED);
			throw this.failures.stopped(call, exchange, settings.timeout()).exception();
		}
		Watchdog.INSTANCE.watch(exchange);
		return exchange;
	}

	private void end(Exchange exchange) {
		Watchdog.INSTANCE.forget(exchange);
		Watchdog.INSTANCE.sweep(this.housekeeping);
	}

	private void retryOrThrow(HttpCall call, CallSettings settings, AttemptFailure failure, int attempt,
			Exchange exchange) {
		int retries = settings.retries();
		if (attempt > retries || exchange.stop() != null
				|| !this.retryPolicy.isRetryable(failure.exception(), failure.shouldRetry())) {
			throw failure.exception();
		}
		Duration delay = this.retryPolicy.delayBefore(attempt, failure.serverDelay());
		Duration left = exchange.remaining();
		if (delay == null || (left != null && delay.compareTo(left) >= 0)) {
			throw failure.exception();
		}
		logger.debug("{}: retrying after {} ms (attempt {} of {}): {}", this.clientName, delay.toMillis(),
				attempt + 1, retries + 1, failure.exception().getMessage());
		notifySafely(() -> this.events.onRetry(this.clientName, attempt + 1, delay, failure.exception()));
		if (!exchange.pause(delay, this.sleeper)) {
			throw this.failures.stopped(call, exchange, settings.timeout()).exception();
		}
	}

	private <T> T executeOnce(HttpCall call, CallSettings settings, BodyReader<T> reader, Exchange exchange)
			throws AttemptFailure {
		HttpUriRequestBase request = this.requests.request(call, exchange);
		long start = System.nanoTime();
		try (ClassicHttpResponse response = this.pool.httpClient().executeOpen(null, request, null)) {
			boolean done = false;
			try {
				int status = response.getCode();
				HttpEntity entity = response.getEntity();
				if (status < 200 || status >= 300) {
					AttemptFailure failure = this.failures.status(call, response, entity, request);
					done = true;
					throw failure;
				}
				long limit = (settings.maxResponseSize() > 0) ? settings.maxResponseSize()
						: this.config.maxResponseSize();
				CappedInputStream body = new CappedInputStream(
						(entity != null) ? entity.getContent() : InputStream.nullInputStream(), "the answer", limit);
				T value = read(call, status, start, body, reader);
				body.finish();
				done = true;
				return value;
			}
			finally {
				if (!done) {
					// Abort before the response is closed: closing an unread body would drain the rest of it.
					request.cancel();
				}
			}
		}
		catch (LlmException ex) {
			if (exchange.stop() == null) {
				throw ex;
			}
			throw this.failures.attempt(call, ex, exchange, settings.timeout(), false, false);
		}
		catch (IOException | RuntimeException ex) {
			throw this.failures.attempt(call, ex, exchange, settings.timeout(), false, false);
		}
	}

	private <T> T read(HttpCall call, int status, long start, InputStream body, BodyReader<T> reader)
			throws IOException {
		if (this.logBodies && logger.isDebugEnabled()) {
			byte[] bytes = body.readAllBytes();
			this.requests.logResponse(call, status, start, bytes);
			return reader.read(new ByteArrayInputStream(bytes));
		}
		this.requests.logResponse(call, status, start, null);
		return reader.read(body);
	}

	private void streamOnce(HttpCall call, CallSettings settings, SseHandler handler, Exchange exchange)
			throws AttemptFailure {
		HttpUriRequestBase request = this.requests.request(call, exchange);
		HttpClientContext context = HttpClientContext.create();
		context.setAttribute(StreamIdleRequestExecutor.IDLE_TIMEOUT, this.streamIdle);
		long start = System.nanoTime();
		try (ClassicHttpResponse response = this.pool.httpClient().executeOpen(null, request, context)) {
			boolean ended = false;
			try {
				int status = response.getCode();
				HttpEntity entity = response.getEntity();
				if (status < 200 || status >= 300) {
					AttemptFailure failure = this.failures.status(call, response, entity, request);
					ended = true;
					throw failure;
				}
				exchange.opened();
				this.requests.logResponse(call, status, start, null);
				if (entity == null) {
					throw new AttemptFailure(new LlmStreamException(this.clientName, null,
							this.clientName + " answered " + status + " without a stream body", null), null, null);
				}
				this.pump.pump(call, entity.getContent(), handler, exchange);
				ended = true;
			}
			finally {
				if (!ended) {
					// Abort before the response is closed: closing an unread chunked body would drain the stream.
					request.cancel();
				}
			}
		}
		catch (IOException ex) {
			throw this.failures.attempt(call, ex, exchange, settings.timeout(), exchange.streaming(),
					handler.delivered());
		}
		catch (RuntimeException ex) {
			// The listener's own exceptions leave as they are, unless the call was stopped meanwhile.
			if (exchange.stop() == null && !Thread.currentThread().isInterrupted()) {
				throw ex;
			}
			throw this.failures.attempt(call, ex, exchange, settings.timeout(), exchange.streaming(),
					handler.delivered());
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
		this.pool.close();
	}

}
