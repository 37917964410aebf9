package io.github.llmkit.provider.openai;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.ModelInfo;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.provider.ChatRequest;
import io.github.llmkit.provider.JsonValues;
import io.github.llmkit.provider.MediaSupport;
import io.github.llmkit.provider.Provider;
import io.github.llmkit.provider.ProviderContext;
import io.github.llmkit.provider.ProviderQuirks;
import io.github.llmkit.provider.StreamAccumulator;
import io.github.llmkit.provider.TreeChecks;
import tools.jackson.databind.JsonNode;

/**
 * Serves one client over Chat Completions: chat, streaming, model listing and embeddings.
 */
final class OpenAiProvider implements Provider {

	private final ProviderContext context;

	private final OpenAiRequestMapper requests;

	private final Map<String, String> jsonHeaders;

	private final Map<String, String> streamHeaders;

	private final String chatUrl;

	private final String embeddingsUrl;

	private final TreeChecks models;

	OpenAiProvider(ProviderContext context) {
		this.context = context;
		ProviderQuirks quirks = context.type().quirks();
		this.requests = new OpenAiRequestMapper(context.json(), quirks, MediaSupport.of(context.type()));
		Map<String, String> own = headers(context.config(), quirks);
		this.jsonHeaders = context.headers("application/json", own);
		this.streamHeaders = context.headers("text/event-stream", own);
		this.chatUrl = context.baseUrl() + "/chat/completions";
		this.embeddingsUrl = context.baseUrl() + "/embeddings";
		this.models = new TreeChecks(context.clientName(), "models", false);
	}

	private static Map<String, String> headers(ClientConfig config, ProviderQuirks quirks) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (config.hasApiKey()) {
			headers.put("Authorization", "Bearer " + config.apiKey());
		}
		if (quirks.attributionHeaders()) {
			if (config.appUrl() != null) {
				headers.put("HTTP-Referer", config.appUrl());
			}
			if (config.appTitle() != null) {
				headers.put("X-Title", config.appTitle());
			}
		}
		return headers;
	}

	@Override
	public ChatResponse chat(ChatRequest request) {
		return OpenAiResponseMapper.chat(this.context.json(), this.context.post("chat", this.chatUrl,
				this.jsonHeaders, this.requests.chat(request, false), this.context.settings(request.options())),
				this.context.clientName(), this.context.config().apiKey());
	}

	@Override
	public ChatResponse stream(ChatRequest request, StreamListener listener) {
		OpenAiStreamHandler handler = new OpenAiStreamHandler(this.context.clientName(), this.context.json(),
				this.context.config().apiKey(), new StreamAccumulator(listener));
		this.context.postStream("chat", this.chatUrl, this.streamHeaders, this.requests.chat(request, true),
				this.context.settings(request.options()), handler);
		return handler.finish();
	}

	@Override
	public List<ModelInfo> listModels() {
		return this.context.listModels(
				(after) -> this.context.baseUrl() + "/models" + ((after != null) ? "?after=" + after : ""),
				this.jsonHeaders, (root, into) -> OpenAiResponseMapper.models(this.models, root, into), (root) -> (root.path("has_more").asBoolean(false))
						? JsonValues.string(root.get("last_id")) : null);
	}

	@Override
	public EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options) {
		JsonNode root = this.context.postJson("embeddings", this.embeddingsUrl, this.jsonHeaders,
				this.requests.embeddings(inputs, options.model(), options.dimensions()),
				this.context.defaultSettings());
		List<JsonNode> items = this.context.embeddingItems(root, "data");
		items.sort(Comparator.comparingInt((item) -> item.path("index").asInt(0)));
		Usage usage = OpenAiResponseMapper.usage(root);
		return new EmbeddingResponse(this.context.vectors(items, "embedding", inputs.size()),
				JsonValues.string(root.get("model")),
				(usage != null) ? new Usage(usage.inputTokens(), null, null, null) : null);
	}

}
