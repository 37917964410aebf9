package io.github.llmkit.autoconfigure.observation;

import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;

/**
 * The observation context of one embeddings call.
 *
 * @since 0.1.0
 */
public final class EmbeddingObservationContext extends LlmObservationContext {

	private final List<String> inputs;

	private final EmbeddingOptions options;

	private EmbeddingResponse response;

	/**
	 * Create the context of a call.
	 * @param client the called client
	 * @param inputs the texts to embed
	 * @param options the call's options, never null
	 */
	public EmbeddingObservationContext(LlmClient client, List<String> inputs, EmbeddingOptions options) {
		super(client);
		this.inputs = inputs;
		this.options = options;
	}

	/**
	 * Return the texts to embed.
	 * @return the inputs
	 */
	public List<String> getInputs() {
		return this.inputs;
	}

	/**
	 * Return the call's options.
	 * @return the options
	 */
	public EmbeddingOptions getOptions() {
		return this.options;
	}

	/**
	 * Return the answer.
	 * @return the response, or null before it arrived or after a failure
	 */
	public EmbeddingResponse getResponse() {
		return this.response;
	}

	/**
	 * Set the answer.
	 * @param response the response
	 */
	public void setResponse(EmbeddingResponse response) {
		this.response = response;
	}

	/**
	 * Return the model asked for, else the one that answered.
	 * @return the model, or null if neither is known
	 */
	public String getModel() {
		if (this.options.model() != null) {
			return this.options.model();
		}
		return (this.response != null) ? this.response.model() : null;
	}

}
