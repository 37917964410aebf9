package io.github.llmkit.provider;

import java.util.List;

import io.github.llmkit.ModelInfo;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;

/**
 * One wire family serving one client: maps requests to the family's JSON and back. Implementations are
 * thread-safe and get already validated input.
 *
 * @since 0.1.0
 */
public interface Provider {

	/**
	 * Send a chat request and return the normalised answer.
	 * @param request the request
	 * @return the response
	 */
	ChatResponse chat(ChatRequest request);

	/**
	 * Send a chat request as a stream, passing every delta to the listener as it arrives.
	 * @param request the request
	 * @param listener the listener
	 * @return the aggregated response
	 */
	ChatResponse stream(ChatRequest request, StreamListener listener);

	/**
	 * List the provider's models, following every page.
	 * @return the models
	 */
	List<ModelInfo> listModels();

	/**
	 * Embed the inputs, keeping their order.
	 * @param inputs the texts, not empty
	 * @param options the options, model already resolved
	 * @return the vectors
	 */
	EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options);

}
