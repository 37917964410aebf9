package io.github.llmkit.chat;

/**
 * Token counts of one call. A null count means the provider did not report it (never a made-up zero).
 *
 * @param inputTokens prompt tokens, including cached ones, or null
 * @param outputTokens completion tokens, including reasoning tokens, or null
 * @param reasoningTokens the part of the output spent on reasoning, or null
 * @param cachedTokens the part of the input read from the provider's cache, or null
 * @since 0.1.0
 */
public record Usage(Integer inputTokens, Integer outputTokens, Integer reasoningTokens, Integer cachedTokens) {

	private static final Usage UNKNOWN = new Usage(null, null, null, null);

	/**
	 * Return the usage of a call whose provider reported nothing.
	 * @return a usage with every count null
	 */
	public static Usage unknown() {
		return UNKNOWN;
	}

	/**
	 * Return whether the provider reported input or output tokens.
	 * @return true when at least one of the two counts is known
	 */
	public boolean isKnown() {
		return this.inputTokens != null || this.outputTokens != null;
	}

	/**
	 * Return input plus output tokens, or null when neither is known.
	 * @return the total or null
	 */
	public Integer totalTokens() {
		if (!isKnown()) {
			return null;
		}
		return ((this.inputTokens != null) ? this.inputTokens : 0) + ((this.outputTokens != null) ? this.outputTokens : 0);
	}

	/**
	 * Return a usage whose unknown counts are taken from {@code other}.
	 * @param other the fallback, may be null
	 * @return the merged usage
	 */
	public Usage orElse(Usage other) {
		if (other == null) {
			return this;
		}
		return new Usage(pick(this.inputTokens, other.inputTokens), pick(this.outputTokens, other.outputTokens),
				pick(this.reasoningTokens, other.reasoningTokens), pick(this.cachedTokens, other.cachedTokens));
	}

	private static Integer pick(Integer value, Integer fallback) {
		return (value != null) ? value : fallback;
	}

}
