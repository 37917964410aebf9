package io.github.llmkit.chat;

/**
 * Why the model stopped, normalised over every provider; the provider's own value is kept in
 * {@link ChatResponse#rawFinishReason()}.
 *
 * @since 0.1.0
 */
public enum FinishReason {

	/** A natural end or a stop sequence. */
	STOP,

	/** The token limit was reached; the answer is cut short. */
	LENGTH,

	/** The model asks for tool calls. */
	TOOL_CALLS,

	/** A safety or content filter blocked or cut the answer. */
	CONTENT_FILTER,

	/** The model declined to answer (OpenAI {@code refusal}, Claude {@code stop_reason: refusal}). */
	REFUSAL,

	/** Any other reason; see the raw value. */
	OTHER

}
