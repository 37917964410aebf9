package io.github.llmkit.http;

import java.time.Duration;

import io.github.llmkit.LlmStreamException;

/**
 * What a wire family read from an error body.
 *
 * @param type the provider's error type or code, or null
 * @param message the provider's error message, or null
 * @param retryAfter a retry delay carried in the body (Gemini {@code RetryInfo}), or null
 * @param badCredentials whether the body says the API key is wrong although the status is not 401 or 403
 * (Gemini's 400 {@code API_KEY_INVALID}, xAI's 400 "Incorrect API key")
 * @param transientFailure whether the body, in its family's own vocabulary, reports a server-side failure that a
 * new attempt may overcome (overloaded, internal error, rate limited); decides whether an error event inside a
 * stream is retried, while HTTP failures are retried by their status
 * @since 0.1.0
 */
public record ProviderError(String type, String message, Duration retryAfter, boolean badCredentials,
		boolean transientFailure) {

	/**
	 * Create an error that does not report bad credentials by its body.
	 * @param type the provider's error type or code, or null
	 * @param message the provider's error message, or null
	 * @param retryAfter a retry delay carried in the body, or null
	 */
	public ProviderError(String type, String message, Duration retryAfter) {
		this(type, message, retryAfter, false, false);
	}

	/**
	 * Create an error that does not report a transient failure.
	 * @param type the provider's error type or code, or null
	 * @param message the provider's error message, or null
	 * @param retryAfter a retry delay carried in the body, or null
	 * @param badCredentials whether the body says the API key is wrong
	 */
	public ProviderError(String type, String message, Duration retryAfter, boolean badCredentials) {
		this(type, message, retryAfter, badCredentials, false);
	}

	/**
	 * Return this error with every occurrence of the API key in its message masked.
	 * @param apiKey the client's API key, may be null
	 * @return the masked error
	 */
	public ProviderError redacted(String apiKey) {
		return new ProviderError(this.type, Redactor.text(this.message, apiKey), this.retryAfter, this.badCredentials,
				this.transientFailure);
	}

	/**
	 * Return the exception for this error arriving inside a stream after the 200 status, stating whether a
	 * new attempt may succeed. Its message is the provider's message, or the error type when the provider sent
	 * no message.
	 * @param clientName the client's name
	 * @param retryable whether the transport may retry the stream (a transient failure before any delta)
	 * @return the exception, carrying {@link #type()} as its error type
	 */
	public LlmStreamException streamFailure(String clientName, boolean retryable) {
		String reason = (this.message != null) ? this.message
				: "the provider reported " + ((this.type != null) ? this.type : "an error");
		return new LlmStreamException(clientName, this.type, clientName + " stream failed: " + reason, null,
				retryable);
	}

}
