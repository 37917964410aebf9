package io.github.llmkit.embedding;

import java.util.List;

import io.github.llmkit.chat.Usage;

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
		if (vectors != null) {
			for (int i = 0; i < vectors.size(); i++) {
				if (vectors.get(i) == null) {
					throw new IllegalArgumentException("'vectors[" + i + "]' must not be null");
				}
			}
		}
		vectors = (vectors != null) ? List.copyOf(vectors) : List.of();
		usage = (usage != null) ? usage : Usage.unknown();
	}

}
