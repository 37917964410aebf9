package io.github.llmkit;

/**
 * The provider has no such operation (for example embeddings on Claude).
 *
 * @since 0.1.0
 */
public class LlmUnsupportedOperationException extends LlmException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param provider the provider name
	 * @param operation the operation, such as {@code embed}
	 */
	public LlmUnsupportedOperationException(String provider, String operation) {
		super(provider, provider + " does not support " + operation);
	}

}
