package io.github.llmkit.provider.anthropic;

import java.util.List;
import java.util.Map;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmUnsupportedOperationException;
import io.github.llmkit.ModelInfo;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.provider.ChatRequest;
import io.github.llmkit.provider.JsonValues;
import io.github.llmkit.provider.Provider;
import io.github.llmkit.provider.ProviderContext;
import io.github.llmkit.provider.TreeChecks;
import io.github.llmkit.provider.StreamAccumulator;

/**
 * Serves one client over the Messages API: chat, streaming and model listing. Anthropic has no embeddings
 * endpoint.
 */
final class AnthropicProvider implements Provider {

	static final String API_VERSION = "2023-06-01";

	private static final int MODEL_PAGE_SIZE = 100;

	private final ProviderContext context;

	private final AnthropicRequestMapper requests;

	private final Map<String, String> jsonHeaders;

	private final Map<String, String> streamHeaders;

	private final String messagesUrl;

	AnthropicProvider(ProviderContext context) {
		this.context = context;
		this.requests = new AnthropicRequestMapper(context.clientName(), context.json());
		Map<String, String> own = headers(context.config());
		this.jsonHeaders = context.headers("application/json", own);
		this.streamHeaders = context.headers("text/event-stream", own);
		this.messagesUrl = context.baseUrl() + "/messages";
	}

	private static Map<String, String> headers(ClientConfig config) {
		return (config.hasApiKey()) ? Map.of("anthropic-version", API_VERSION, "x-api-key", config.apiKey())
				: Map.of("anthropic-version", API_VERSION);
	}

	@Override
	public ChatResponse chat(ChatRequest request) {
		return AnthropicResponseMapper.chat(this.context.postJson("chat", this.messagesUrl, this.jsonHeaders,
				this.requests.chat(request, false), this.context.settings(request.options())),
				this.context.clientName());
	}

	@Override
	public ChatResponse stream(ChatRequest request, StreamListener listener) {
		AnthropicStreamHandler handler = new AnthropicStreamHandler(this.context.clientName(), this.context.json(),
				this.context.config().apiKey(), new StreamAccumulator(listener));
		this.context.postStream("chat", this.messagesUrl, this.streamHeaders, this.requests.chat(request, true),
				this.context.settings(request.options()), handler);
		return handler.finish();
	}

	@Override
	public List<ModelInfo> listModels() {
		return this.context.listModels(
				(after) -> this.context.baseUrl() + "/models?limit=" + MODEL_PAGE_SIZE
						+ ((after != null) ? "&after_id=" + after : ""),
				this.jsonHeaders, (root, into) -> AnthropicResponseMapper.models(
						new TreeChecks(this.context.clientName(), "models", false), root, into), (root) -> (root.path("has_more").asBoolean(false))
						? JsonValues.string(root.get("last_id")) : null);
	}

	@Override
	public EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options) {
		throw new LlmUnsupportedOperationException(this.context.clientName(),
				"embeddings (Anthropic has no embeddings endpoint)");
	}

}
