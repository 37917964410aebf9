package io.github.llmkit;

/**
 * A stream failed after it started: the provider sent an error event, the connection dropped, or the stream
 * ended without its terminal event. The partial answer is never returned as if it were complete.
 *
 * @since 0.1.0
 */
public class LlmStreamException extends LlmException {

	private static final long serialVersionUID = 1L;

	private final String errorType;

	private final boolean retryable;

	/**
	 * Create an exception for a stream that must not be retried.
	 * @param provider the provider name
	 * @param errorType the provider's error type from the error event, or null
	 * @param message what went wrong
	 * @param cause the cause, or null
	 */
	public LlmStreamException(String provider, String errorType, String message, Throwable cause) {
		this(provider, errorType, message, cause, false);
	}

	/**
	 * Create an exception.
	 * @param provider the provider name
	 * @param errorType the provider's error type from the error event, or null
	 * @param message what went wrong
	 * @param cause the cause, or null
	 * @param retryable whether a new attempt may succeed (a connection lost before anything was delivered)
	 */
	public LlmStreamException(String provider, String errorType, String message, Throwable cause,
			boolean retryable) {
		super(provider, message, cause);
		this.errorType = errorType;
		this.retryable = retryable;
	}

	/**
	 * Return the provider's error type from the error event ({@code overloaded_error}, ...).
	 * @return the type, or null
	 */
	public String errorType() {
		return this.errorType;
	}

	@Override
	public boolean retryable() {
		return this.retryable;
	}

}
