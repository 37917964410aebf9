package io.github.llmkit;

/**
 * The request was refused before sending because an argument is invalid; the message names it.
 *
 * @since 0.1.0
 */
public class LlmInvalidRequestException extends LlmException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param provider the provider name, or null
	 * @param message which argument is wrong and why
	 */
	public LlmInvalidRequestException(String provider, String message) {
		super(provider, message);
	}

}
