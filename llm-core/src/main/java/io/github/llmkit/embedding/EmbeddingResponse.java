package io.github.llmkit.embedding;

import java.util.List;

import io.github.llmkit.chat.Usage;
import io.github.llmkit.internal.Lists;

/**
 * Embedding vectors, one per input, in input order.
 *
 * @param vectors the vectors; {@code vectors().get(i)} belongs to input {@code i}
 * @param model the model that produced them, or null
 * @param usage token counts; {@link Usage#unknown()} when not reported
 * @since 0.1.0
 */
public record EmbeddingResponse(List<float[]> vectors, String model, Usage usage) {

	/**
	 * Create a response, copying the list.
	 * @throws IllegalArgumentException if a vector is null
	 */
	public EmbeddingResponse {
		vectors = Lists.copyOf("vectors", vectors);
		usage = (usage != null) ? usage : Usage.unknown();
	}

}
