package io.github.llmkit;

/**
 * Operations a provider may or may not offer.
 *
 * @since 0.1.0
 */
public enum Capability {

	/** Chat and text completion. */
	CHAT,

	/** Streamed chat. */
	STREAMING,

	/** Tool calling. */
	TOOLS,

	/** Model listing. */
	MODELS,

	/** Embeddings. */
	EMBEDDINGS

}
