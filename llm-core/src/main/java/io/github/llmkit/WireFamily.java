package io.github.llmkit;

/**
 * The three HTTP protocols that carry all nine providers.
 *
 * @since 0.1.0
 */
public enum WireFamily {

	/** OpenAI Chat Completions and the providers that speak it. */
	OPENAI_COMPATIBLE,

	/** The Anthropic Messages API. */
	ANTHROPIC,

	/** The Gemini generativelanguage API. */
	GEMINI

}
