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
	 * Create options, checking the model and the dimensions.
	 * @throws IllegalArgumentException if the model is blank or the dimensions are not positive
	 */
	public EmbeddingOptions {
		if (model != null && model.isBlank()) {
			throw new IllegalArgumentException("'model' must not be blank");
		}
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
