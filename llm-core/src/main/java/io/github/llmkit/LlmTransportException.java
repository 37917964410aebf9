package io.github.llmkit;

/**
 * The request could not be sent or its answer not read (connection refused, reset, malformed body).
 *
 * @since 0.1.0
 */
public class LlmTransportException extends LlmException {

	private static final long serialVersionUID = 1L;

	private final boolean retryable;

	/**
	 * Create an exception.
	 * @param provider the provider name
	 * @param message what failed
	 * @param cause the cause
	 * @param retryable whether a new attempt may succeed
	 */
	public LlmTransportException(String provider, String message, Throwable cause, boolean retryable) {
		super(provider, message, cause);
		this.retryable = retryable;
	}

	@Override
	public boolean retryable() {
		return this.retryable;
	}

}
