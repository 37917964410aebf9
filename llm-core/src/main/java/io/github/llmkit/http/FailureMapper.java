package io.github.llmkit.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.llmkit.LlmAuthenticationException;
import io.github.llmkit.LlmException;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.LlmRateLimitException;
import io.github.llmkit.LlmStreamException;
import io.github.llmkit.LlmTimeoutException;
import io.github.llmkit.LlmTransportException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a failed attempt of one client's transport to its {@link LlmException}: an error status through the
 * wire family's {@link ErrorParser}, an I/O failure by its kind. Messages never hold the API key.
 */
final class FailureMapper {

	/** Logs under the transport's category, beside the request it belongs to. */
	private static final Logger logger = LoggerFactory.getLogger(HttpTransport.class);

	private final String clientName;

	private final String apiKey;

	private final ErrorParser errorParser;

	private final RetryPolicy retryPolicy;

	FailureMapper(String clientName, String apiKey, ErrorParser errorParser, RetryPolicy retryPolicy) {
		this.clientName = clientName;
		this.apiKey = apiKey;
		this.errorParser = errorParser;
		this.retryPolicy = retryPolicy;
	}

	/**
	 * Map a non-2xx response, reading its error body.
	 */
	AttemptFailure status(HttpCall call, ClassicHttpResponse response, HttpEntity entity) throws IOException {
		int status = response.getCode();
		String body = Redactor.text(
				(entity != null) ? new String(EntityUtils.toByteArray(entity), StandardCharsets.UTF_8) : "", this.apiKey);
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

	/**
	 * Map an I/O failure: a timeout, an interruption, a stream that broke off or a failed request.
	 */
	AttemptFailure io(HttpCall call, IOException ex, Duration timeout, boolean streamOpen, boolean delivered) {
		LlmException exception;
		if (ex instanceof ConnectTimeoutException) {
			exception = new LlmTimeoutException(this.clientName,
					this.clientName + ": connect to " + Redactor.url(call.url()) + " timed out", ex);
		}
		else if (ex instanceof SocketTimeoutException) {
			exception = new LlmTimeoutException(this.clientName,
					this.clientName + ": no " + ((streamOpen) ? "stream data" : "response") + " for "
							+ call.operation() + " within " + timeout.toMillis() + " ms",
					ex);
		}
		else if (ex instanceof InterruptedIOException) {
			exception = new LlmTransportException(this.clientName,
					this.clientName + ": " + call.operation() + " was interrupted", ex, false);
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
