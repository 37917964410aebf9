package io.github.llmkit.provider.anthropic;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmUnsupportedOperationException;
import io.github.llmkit.ModelInfo;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.http.HttpCall;
import io.github.llmkit.provider.ChatRequest;
import io.github.llmkit.provider.Provider;
import io.github.llmkit.provider.ProviderContext;
import io.github.llmkit.provider.StreamAccumulator;
import tools.jackson.databind.JsonNode;

/**
 * Serves one client over the Messages API: chat, streaming and model listing. Anthropic has no embeddings
 * endpoint.
 */
final class AnthropicProvider implements Provider {

	static final String API_VERSION = "2023-06-01";

	private static final int MAX_MODEL_PAGES = 100;

	private static final int MODEL_PAGE_SIZE = 100;

	private final ProviderContext context;

	private final AnthropicRequestMapper requests;

	private final Map<String, String> jsonHeaders;

	private final Map<String, String> streamHeaders;

	AnthropicProvider(ProviderContext context) {
		this.context = context;
		this.requests = new AnthropicRequestMapper(context.clientName(), context.json());
		this.jsonHeaders = headers(context.config(), "application/json");
		this.streamHeaders = headers(context.config(), "text/event-stream");
	}

	private static Map<String, String> headers(ClientConfig config, String accept) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", accept);
		headers.put("anthropic-version", API_VERSION);
		if (config.hasApiKey()) {
			headers.put("x-api-key", config.apiKey());
		}
		headers.putAll(config.headers());
		return Map.copyOf(headers);
	}

	@Override
	public ChatResponse chat(ChatRequest request) {
		byte[] body = this.context.json().writeValueAsBytes(this.requests.chat(request, false));
		byte[] answer = this.context.transport()
			.execute(HttpCall.post("chat", url("/messages"), this.jsonHeaders, body),
					this.context.settings(request.options()));
		return AnthropicResponseMapper.chat(this.context.readObject(answer, "chat"));
	}

	@Override
	public ChatResponse stream(ChatRequest request, StreamListener listener) {
		byte[] body = this.context.json().writeValueAsBytes(this.requests.chat(request, true));
		AnthropicStreamHandler handler = new AnthropicStreamHandler(this.context.clientName(), this.context.json(),
				new StreamAccumulator(listener));
		this.context.transport()
			.stream(HttpCall.post("chat", url("/messages"), this.streamHeaders, body),
					this.context.settings(request.options()), handler);
		return handler.finish();
	}

	@Override
	public List<ModelInfo> listModels() {
		List<ModelInfo> models = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		String after = null;
		for (int page = 0; page < MAX_MODEL_PAGES; page++) {
			String url = url("/models") + "?limit=" + MODEL_PAGE_SIZE
					+ ((after != null) ? "&after_id=" + URLEncoder.encode(after, StandardCharsets.UTF_8) : "");
			JsonNode root = this.context.readObject(this.context.transport()
				.execute(HttpCall.get("models", url, this.jsonHeaders), this.context.defaultSettings()), "models");
			AnthropicResponseMapper.models(root, models);
			String next = AnthropicResponseMapper.string(root.get("last_id"));
			if (!root.path("has_more").asBoolean(false) || next == null || !cursors.add(next)) {
				break;
			}
			after = next;
		}
		return models;
	}

	@Override
	public EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options) {
		throw new LlmUnsupportedOperationException(this.context.clientName(),
				"embeddings (Anthropic has no embeddings endpoint)");
	}

	private String url(String path) {
		return this.context.baseUrl() + path;
	}

}
