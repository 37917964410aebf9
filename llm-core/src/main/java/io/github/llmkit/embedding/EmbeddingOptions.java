package io.github.llmkit.embedding;

/**
 * Per-call embedding settings; null means the client's or provider's default.
 *
 * @param model the embedding model
 * @param dimensions the number of dimensions of each vector, where the model supports shortening
 * @since 0.1.0
 */
public record EmbeddingOptions(String model, Integer dimensions) {

	private static final EmbeddingOptions NONE = new EmbeddingOptions(null, null);

	/**
	 * Create options, checking the dimensions.
	 */
	public EmbeddingOptions {
		if (dimensions != null && dimensions <= 0) {
			throw new IllegalArgumentException("'dimensions' must be positive, was " + dimensions);
		}
	}

	/**
	 * Return options that set nothing.
	 * @return the empty options
	 */
	public static EmbeddingOptions none() {
		return NONE;
	}

	/**
	 * Return options that only choose the model.
	 * @param model the embedding model
	 * @return the options
	 */
	public static EmbeddingOptions model(String model) {
		return new EmbeddingOptions(model, null);
	}

}
