package io.github.llmkit.route;

import java.util.Locale;

import io.github.llmkit.LlmAuthenticationException;
import io.github.llmkit.LlmException;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.LlmRateLimitException;
import io.github.llmkit.LlmStreamException;
import io.github.llmkit.LlmTimeoutException;
import io.github.llmkit.LlmTransportException;

/**
 * Why a route moved from one member to the next: a failure that another provider could fix. A caller's own
 * mistake (an invalid request, a content filter, an unsupported operation) has no reason and never fails
 * over.
 *
 * @since 0.1.0
 */
public enum FailoverReason {

	/** HTTP 429 after the retries, or with a {@code Retry-After} above the cap. */
	RATE_LIMITED,

	/** HTTP 529 or an overloaded error, after the retries. */
	OVERLOADED,

	/** A 5xx status, 408 or 409, after the retries. */
	SERVER_ERROR,

	/** A connect, response or stream-idle timeout, after the retries. */
	TIMEOUT,

	/** The connection could not be made or broke. */
	CONNECTION,

	/** A stream failed before its first delta. */
	STREAM,

	/** The member's circuit breaker is open. */
	CIRCUIT_OPEN,

	/** The member rejected its credentials; a reason only when the route is configured to fail over on it. */
	AUTHENTICATION;

	/**
	 * Return the reason as a metric tag value ({@code rate_limited}, {@code circuit_open}, ...).
	 * @return the lower-case name
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Classify a failure.
	 * @param failure the failure of one member
	 * @param authenticationFailsOver whether a rejected key moves to the next member
	 * @return the reason to fail over, or null when the failure is the caller's and must surface
	 */
	public static FailoverReason of(LlmException failure, boolean authenticationFailsOver) {
		if (failure instanceof CircuitOpenException) {
			return CIRCUIT_OPEN;
		}
		if (failure instanceof LlmAuthenticationException) {
			return (authenticationFailsOver) ? AUTHENTICATION : null;
		}
		if (failure instanceof LlmRateLimitException) {
			return RATE_LIMITED;
		}
		if (failure instanceof LlmHttpException http) {
			if (http.status() == 529 || "overloaded_error".equals(http.errorType())) {
				return OVERLOADED;
			}
			return (http.status() >= 500 || http.retryable()) ? SERVER_ERROR : null;
		}
		if (failure instanceof LlmTimeoutException) {
			return TIMEOUT;
		}
		if (failure instanceof LlmTransportException) {
			return CONNECTION;
		}
		if (failure instanceof LlmStreamException) {
			return (failure.retryable()) ? STREAM : null;
		}
		return null;
	}

}
