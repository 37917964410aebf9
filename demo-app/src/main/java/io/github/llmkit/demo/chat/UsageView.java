package io.github.llmkit.demo.chat;

import io.github.llmkit.chat.Usage;

/**
 * Token usage as the API shows it; a field is null when the provider did not report it.
 *
 * @param inputTokens the prompt tokens
 * @param outputTokens the answer tokens
 * @param totalTokens input plus output
 * @param reasoningTokens the reasoning tokens counted in the output
 * @param cachedTokens the input tokens served from the provider's cache
 * @since 0.1.0
 */
public record UsageView(Integer inputTokens, Integer outputTokens, Integer totalTokens, Integer reasoningTokens,
		Integer cachedTokens) {

	/**
	 * Create the view of a usage.
	 * @param usage the usage
	 * @return the view
	 */
	public static UsageView of(Usage usage) {
		return new UsageView(usage.inputTokens(), usage.outputTokens(), usage.totalTokens(), usage.reasoningTokens(),
				usage.cachedTokens());
	}

}
