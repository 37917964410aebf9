package io.github.llmkit.chat;

/**
 * A unit of model reasoning that must be sent back unchanged on a later turn (Claude {@code thinking} and
 * {@code redacted_thinking} blocks, OpenRouter {@code reasoning_details} items).
 *
 * @param text the reasoning text, or null for a redacted or encrypted block
 * @param signature the provider's signature over the text, or null
 * @param redactedData the opaque payload of a redacted block, or null
 * @param details the raw JSON of one OpenRouter {@code reasoning_details} item, sent back as received, or
 * null for other providers
 * @since 0.1.0
 */
public record ReasoningBlock(String text, String signature, String redactedData, String details) {

	/**
	 * Create a block without provider details (Claude thinking, or plain reasoning text).
	 * @param text the reasoning text, or null for a redacted block
	 * @param signature the provider's signature over the text, or null
	 * @param redactedData the opaque payload of a redacted block, or null
	 */
	public ReasoningBlock(String text, String signature, String redactedData) {
		this(text, signature, redactedData, null);
	}

	/**
	 * Return whether this block is redacted (only its opaque payload can be echoed).
	 * @return true for a redacted block
	 */
	public boolean redacted() {
		return this.redactedData != null;
	}

}
