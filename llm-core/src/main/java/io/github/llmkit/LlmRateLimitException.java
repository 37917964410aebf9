package io.github.llmkit;

import java.time.Duration;

/**
 * The provider rate-limited the request (HTTP 429) and retries were exhausted or not allowed.
 *
 * @since 0.1.0
 */
public class LlmRateLimitException extends LlmHttpException {

	private static final long serialVersionUID = 1L;

	private final Duration retryAfter;

	/**
	 * Create an exception.
	 * @param provider the provider name
	 * @param status the HTTP status
	 * @param errorType the provider's error type, or null
	 * @param errorMessage the provider's error message, or null
	 * @param retryAfter the delay the provider asked for, or null
	 */
	public LlmRateLimitException(String provider, int status, String errorType, String errorMessage,
			Duration retryAfter) {
		super(provider, status, errorType, errorMessage);
		this.retryAfter = retryAfter;
	}

	/**
	 * Return the delay the provider asked for before trying again.
	 * @return the delay, or null when the provider gave none
	 */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
