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

	/**
	 * Create an exception.
	 * @param provider the provider name
	 * @param errorType the provider's error type from the error event, or null
	 * @param message what went wrong
	 * @param cause the cause, or null
	 */
	public LlmStreamException(String provider, String errorType, String message, Throwable cause) {
		super(provider, message, cause);
		this.errorType = errorType;
	}

	/**
	 * Return the provider's error type from the error event ({@code overloaded_error}, ...).
	 * @return the type, or null
	 */
	public String errorType() {
		return this.errorType;
	}

}
