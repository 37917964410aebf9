package io.github.llmkit.chat;

/**
 * A unit of model reasoning that must be sent back unchanged on a later turn (Claude {@code thinking} and
 * {@code redacted_thinking} blocks).
 *
 * @param text the reasoning text, or null for a redacted block
 * @param signature the provider's signature over the text, or null
 * @param redactedData the opaque payload of a redacted block, or null
 * @since 0.1.0
 */
public record ReasoningBlock(String text, String signature, String redactedData) {

	/**
	 * Return whether this block is redacted (only its opaque payload can be echoed).
	 * @return true for a redacted block
	 */
	public boolean redacted() {
		return this.redactedData != null;
	}

}
