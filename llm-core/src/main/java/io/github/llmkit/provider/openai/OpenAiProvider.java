package io.github.llmkit.provider.openai;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmTransportException;
import io.github.llmkit.ModelInfo;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.http.HttpCall;
import io.github.llmkit.provider.ChatRequest;
import io.github.llmkit.provider.Provider;
import io.github.llmkit.provider.ProviderContext;
import io.github.llmkit.provider.ProviderQuirks;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Serves one client over Chat Completions: chat, streaming, model listing and embeddings.
 */
final class OpenAiProvider implements Provider {

	private static final int MAX_MODEL_PAGES = 100;

	private final ProviderContext context;

	private final OpenAiRequestMapper requests;

	private final Map<String, String> jsonHeaders;

	private final Map<String, String> streamHeaders;

	OpenAiProvider(ProviderContext context) {
		this.context = context;
		ProviderQuirks quirks = context.type().quirks();
		this.requests = new OpenAiRequestMapper(context.json(), quirks);
		this.jsonHeaders = headers(context.config(), quirks, "application/json");
		this.streamHeaders = headers(context.config(), quirks, "text/event-stream");
	}

	private static Map<String, String> headers(ClientConfig config, ProviderQuirks quirks, String accept) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", accept);
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
		headers.putAll(config.headers());
		return Map.copyOf(headers);
	}

	@Override
	public ChatResponse chat(ChatRequest request) {
		byte[] body = this.context.json().writeValueAsBytes(this.requests.chat(request, false));
		byte[] answer = this.context.transport()
			.execute(HttpCall.post("chat", url("/chat/completions"), this.jsonHeaders, body),
					this.context.settings(request.options()));
		return OpenAiResponseMapper.chat(read(answer, "chat"));
	}

	@Override
	public ChatResponse stream(ChatRequest request, StreamListener listener) {
		byte[] body = this.context.json().writeValueAsBytes(this.requests.chat(request, true));
		OpenAiStreamHandler handler = new OpenAiStreamHandler(this.context.clientName(), this.context.json(),
				this.context.config().apiKey(), listener);
		this.context.transport()
			.stream(HttpCall.post("chat", url("/chat/completions"), this.streamHeaders, body),
					this.context.settings(request.options()), handler);
		return handler.finish();
	}

	@Override
	public List<ModelInfo> listModels() {
		List<ModelInfo> models = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		String after = null;
		for (int page = 0; page < MAX_MODEL_PAGES; page++) {
			String url = url("/models") + ((after != null) ? "?after=" + URLEncoder.encode(after, StandardCharsets.UTF_8) : "");
			JsonNode root = read(this.context.transport()
				.execute(HttpCall.get("models", url, this.jsonHeaders), this.context.defaultSettings()), "models");
			OpenAiResponseMapper.models(root, models);
			JsonNode hasMore = root.get("has_more");
			String next = OpenAiResponseMapper.string(root.get("last_id"));
			if (hasMore == null || !hasMore.asBoolean(false) || next == null || !cursors.add(next)) {
				break;
			}
			after = next;
		}
		return models;
	}

	@Override
	public EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options) {
		byte[] body = this.context.json()
			.writeValueAsBytes(this.requests.embeddings(inputs, options.model(), options.dimensions()));
		JsonNode root = read(this.context.transport()
			.execute(HttpCall.post("embeddings", url("/embeddings"), this.jsonHeaders, body),
					this.context.defaultSettings()), "embeddings");
		List<JsonNode> items = new ArrayList<>();
		root.path("data").forEach(items::add);
		items.sort(Comparator.comparingInt((item) -> item.path("index").asInt(0)));
		if (items.size() != inputs.size()) {
			throw new LlmTransportException(this.context.clientName(), this.context.clientName() + " returned "
					+ items.size() + " embeddings for " + inputs.size() + " inputs", null, false);
		}
		List<float[]> vectors = new ArrayList<>(items.size());
		for (JsonNode item : items) {
			JsonNode values = item.path("embedding");
			float[] vector = new float[values.size()];
			for (int i = 0; i < vector.length; i++) {
				vector[i] = (float) values.get(i).asDouble();
			}
			vectors.add(vector);
		}
		Usage usage = OpenAiResponseMapper.usage(root);
		return new EmbeddingResponse(vectors, OpenAiResponseMapper.string(root.get("model")),
				(usage != null) ? new Usage(usage.inputTokens(), null, null, null) : null);
	}

	private String url(String path) {
		return this.context.baseUrl() + path;
	}

	private JsonNode read(byte[] body, String operation) {
		try {
			JsonNode root = this.context.json().readTree(body);
			if (root == null || !root.isObject()) {
				throw new LlmTransportException(this.context.clientName(), this.context.clientName()
						+ " answered " + operation + " with a body that is not a JSON object", null, false);
			}
			return root;
		}
		catch (JacksonException ex) {
			throw new LlmTransportException(this.context.clientName(),
					this.context.clientName() + " answered " + operation + " with malformed JSON: "
							+ ex.getOriginalMessage(),
					ex, false);
		}
	}

}
