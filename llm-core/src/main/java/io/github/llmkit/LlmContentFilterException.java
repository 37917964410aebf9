package io.github.llmkit;

/**
 * The provider refused the prompt itself (Gemini {@code promptFeedback.blockReason}): no answer was generated,
 * so there is no response to return. Never retried; the same prompt is blocked again. An answer cut short by a
 * filter is not this exception but a response with {@code FinishReason.CONTENT_FILTER}.
 *
 * @since 0.1.0
 */
public class LlmContentFilterException extends LlmException {

	private static final long serialVersionUID = 1L;

	private final String blockReason;

	/**
	 * Create an exception.
	 * @param provider the provider name
	 * @param blockReason the provider's reason, such as {@code SAFETY} or {@code PROHIBITED_CONTENT}
	 * @param message what was blocked and why
	 */
	public LlmContentFilterException(String provider, String blockReason, String message) {
		super(provider, message);
		this.blockReason = blockReason;
	}

	/**
	 * Return the provider's block reason ({@code SAFETY}, {@code BLOCKLIST}, {@code PROHIBITED_CONTENT}, ...).
	 * @return the reason, or null when the provider gave none
	 */
	public String blockReason() {
		return this.blockReason;
	}

}
