package io.github.llmkit.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmAuthenticationException;
import io.github.llmkit.LlmCancelledException;
import io.github.llmkit.LlmException;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.LlmPoolExhaustedException;
import io.github.llmkit.LlmRateLimitException;
import io.github.llmkit.LlmResponseTooLargeException;
import io.github.llmkit.LlmStreamException;
import io.github.llmkit.LlmTimeoutException;
import io.github.llmkit.LlmTransportException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a failed attempt of one client's transport to its {@link LlmException}: an error status through the
 * wire family's {@link ErrorParser}, an I/O failure by its kind, a call the {@link Watchdog} stopped by the
 * reason. Messages never hold the API key.
 */
final class FailureMapper {

	/** Enough of an error body for the provider's message; the rest is not read. */
	static final int MAX_ERROR_BODY = 8 * 1024;

	/** Logs under the transport's category, beside the request it belongs to. */
	private static final Logger logger = LoggerFactory.getLogger(HttpTransport.class);

	private final String clientName;

	private final String apiKey;

	private final ClientConfig config;

	private final String property;

	private final ErrorParser errorParser;

	private final RetryPolicy retryPolicy;

	FailureMapper(String clientName, ClientConfig config, ErrorParser errorParser, RetryPolicy retryPolicy) {
		this.clientName = clientName;
		this.apiKey = config.apiKey();
		this.config = config;
		this.property = "llm.providers." + clientName.toLowerCase(Locale.ROOT) + ".";
		this.errorParser = errorParser;
		this.retryPolicy = retryPolicy;
	}

	/**
	 * Map a non-2xx response, reading at most {@link #MAX_ERROR_BODY} bytes of its error body; a longer body
	 * aborts the request, so that its connection is closed instead of drained.
	 */
	AttemptFailure status(HttpCall call, ClassicHttpResponse response, HttpEntity entity, Cancellable request)
			throws IOException {
		int status = response.getCode();
		String body = Redactor.text(errorBody(entity, request), this.apiKey);
		logger.debug("{} {} answered HTTP {}: {}", this.clientName, call.operation(), status, body);
		ProviderError error = this.errorParser.parse(status, body);
		String message = Redactor.text(error.message(), this.apiKey);
		Duration headerDelay = this.retryPolicy.serverDelay(header(response, "retry-after-ms"),
				header(response, "retry-after"));
		Duration serverDelay = (headerDelay != null) ? headerDelay : error.retryAfter();
		LlmException exception;
		if (status == 401 || status == 403 || error.badCredentials()) {
			exception = new LlmAuthenticationException(this.clientName, status, error.type(), message);
		}
		else if (status == 429) {
			exception = new LlmRateLimitException(this.clientName, status, error.type(), message, serverDelay);
		}
		else {
			exception = new LlmHttpException(this.clientName, status, error.type(), message);
		}
		return new AttemptFailure(exception, serverDelay, header(response, "x-should-retry"));
	}

	private static String errorBody(HttpEntity entity, Cancellable request) throws IOException {
		if (entity == null) {
			return "";
		}
		InputStream in = entity.getContent();
		byte[] bytes = in.readNBytes(MAX_ERROR_BODY);
		if (bytes.length == MAX_ERROR_BODY && in.read() >= 0) {
			request.cancel();
		}
		else {
			in.close();
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * Map a failed attempt: stopped by the watchdog (or an interrupt the socket saw first), an I/O failure, or
	 * another failure of the HTTP client.
	 */
	AttemptFailure attempt(HttpCall call, Exception ex, Exchange exchange, Duration timeout, boolean streamOpen,
			boolean delivered) {
		if (exchange.stop() == null && Thread.currentThread().isInterrupted()) {
			exchange.stop(Exchange.Stop.INTERRUPTED);
		}
		if (exchange.stop() != null) {
			return stopped(call, exchange, timeout);
		}
		if (ex instanceof IOException io) {
			return io(call, io, exchange, timeout, streamOpen, delivered);
		}
		return new AttemptFailure((ex instanceof LlmException llm) ? llm : new LlmTransportException(this.clientName,
				this.clientName + ": " + call.operation() + " failed: " + ex, ex, false), null, null);
	}

	/**
	 * Map a call the watchdog stopped; after an interrupt the thread's interrupt flag is set again.
	 */
	AttemptFailure stopped(HttpCall call, Exchange exchange, Duration timeout) {
		String operation = this.clientName + ": " + exchange.describe(call);
		LlmException exception = switch (exchange.stop()) {
			case INTERRUPTED -> {
				Thread.currentThread().interrupt();
				yield new LlmCancelledException(this.clientName,
						operation + " was interrupted; the request was aborted", true);
			}
			case CANCELLED -> new LlmCancelledException(this.clientName,
					operation + " was cancelled; the request was aborted", false);
			case IDLE -> new LlmTimeoutException(this.clientName, this.clientName + ": no stream data for "
					+ exchange.describe(call) + " within " + this.config.streamIdleTimeout().toMillis()
					+ " ms (stream-idle-timeout; comments do not count)", null);
			case DEADLINE -> (exchange.streaming()) ? new LlmTimeoutException(this.clientName, operation
					+ " did not finish within its stream-timeout of " + this.config.streamTimeout().toMillis() + " ms",
					null)
					: new LlmTimeoutException(this.clientName, operation + " did not complete within its timeout of "
							+ timeout.toMillis() + " ms (" + exchange.elapsedMillis() + " ms elapsed)", null);
		};
		return new AttemptFailure(exception, null, null);
	}

	/**
	 * Return the failure of a call whose rate limiter would make it wait past its deadline.
	 */
	LlmException rateLimiterTooSlow(HttpCall call, Exchange exchange) {
		return new LlmTimeoutException(this.clientName, this.clientName + ": " + call.operation()
				+ " would wait for the client's rate limiter past its timeout (" + exchange.elapsedMillis()
				+ " ms elapsed)", null);
	}

	/**
	 * Map an I/O failure: a size limit, an exhausted pool, a timeout, a stream that broke off or a failed
	 * request.
	 */
	private AttemptFailure io(HttpCall call, IOException ex, Exchange exchange, Duration timeout,
			boolean streamOpen, boolean delivered) {
		LlmException exception;
		if (ex instanceof BodyLimitException limit) {
			exception = new LlmResponseTooLargeException(this.clientName, this.clientName + ": " + limit.subject()
					+ " of " + call.operation() + " is larger than " + limit.limit() + " bytes; raise maxResponseSize ("
					+ this.property + "max-response-size)", limit.limit());
		}
		else if (ex instanceof ConnectionRequestTimeoutException) {
			exception = new LlmPoolExhaustedException(this.clientName, this.clientName
					+ ": the connection pool is exhausted: all " + this.config.maxConnections()
					+ " connections stayed busy while " + exchange.describe(call) + " waited " + exchange.leaseWait()
					+ " ms for one; raise maxConnections (" + this.property + "max-connections) or connectionWait ("
					+ this.property + "connection-wait)", this.config.maxConnections(), ex);
		}
		else if (ex instanceof ConnectTimeoutException) {
			exception = new LlmTimeoutException(this.clientName,
					this.clientName + ": connect to " + Redactor.url(call.url()) + " timed out", ex);
		}
		else if (ex instanceof SocketTimeoutException) {
			exception = new LlmTimeoutException(this.clientName,
					this.clientName + ": no " + ((streamOpen) ? "stream data" : "response") + " for "
							+ exchange.describe(call) + " within "
							+ ((streamOpen) ? this.config.streamIdleTimeout() : timeout).toMillis() + " ms",
					ex);
		}
		else if (ex instanceof InterruptedIOException) {
			exception = new LlmTransportException(this.clientName,
					this.clientName + ": " + exchange.describe(call) + " was aborted: " + ex.getMessage(), ex, false);
		}
		else if (streamOpen) {
			exception = new LlmStreamException(this.clientName, null,
					this.clientName + ": the " + call.operation() + " stream broke off: " + ex.getMessage(), ex,
					!delivered);
		}
		else {
			exception = new LlmTransportException(this.clientName, this.clientName + ": " + call.operation()
					+ " request to " + Redactor.url(call.url()) + " failed: " + ex, ex, true);
		}
		return new AttemptFailure(exception, null, null);
	}

	private static String header(ClassicHttpResponse response, String name) {
		Header header = response.getFirstHeader(name);
		return (header != null) ? header.getValue() : null;
	}

}
