package io.github.llmkit;

/**
 * A connect, request or stream-idle timeout expired.
 *
 * @since 0.1.0
 */
public class LlmTimeoutException extends LlmException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param provider the provider name
	 * @param message which timeout expired, and its value
	 * @param cause the cause, or null
	 */
	public LlmTimeoutException(String provider, String message, Throwable cause) {
		super(provider, message, cause);
	}

	@Override
	public boolean retryable() {
		return true;
	}

}
