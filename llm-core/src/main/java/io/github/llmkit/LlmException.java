package io.github.llmkit;

/**
 * The root of every exception llmkit throws. Unchecked; the message says what failed, for which provider,
 * and never contains an API key.
 *
 * @since 0.1.0
 */
public class LlmException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String provider;

	/**
	 * Create an exception.
	 * @param provider the provider or client name, or null
	 * @param message what failed
	 * @param cause the cause, or null
	 */
	public LlmException(String provider, String message, Throwable cause) {
		super(message, cause);
		this.provider = provider;
	}

	/**
	 * Create an exception without a cause.
	 * @param provider the provider or client name, or null
	 * @param message what failed
	 */
	public LlmException(String provider, String message) {
		this(provider, message, null);
	}

	/**
	 * Return the provider or client name the failure belongs to.
	 * @return the name, or null
	 */
	public String provider() {
		return this.provider;
	}

	/**
	 * Return whether retrying the same request may succeed.
	 * @return true for transient failures
	 */
	public boolean retryable() {
		return false;
	}

}
