package io.github.llmkit.provider.gemini;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.http.HttpCall;
import io.github.llmkit.provider.ChatRequest;
import io.github.llmkit.provider.Provider;
import io.github.llmkit.provider.ProviderContext;
import io.github.llmkit.provider.StreamAccumulator;
import tools.jackson.databind.JsonNode;

/**
 * Serves one client over the Gemini API: chat, streaming, model listing and embeddings. The API key travels
 * in the {@code x-goog-api-key} header, never in a URL.
 */
final class GeminiProvider implements Provider {

	/** The most inputs one {@code batchEmbedContents} request may carry. */
	static final int MAX_EMBEDDINGS_PER_REQUEST = 100;

	private static final int MAX_MODEL_PAGES = 100;

	private static final int MODEL_PAGE_SIZE = 1000;

	private final ProviderContext context;

	private final GeminiRequestMapper requests;

	private final Map<String, String> jsonHeaders;

	private final Map<String, String> streamHeaders;

	GeminiProvider(ProviderContext context) {
		this.context = context;
		this.requests = new GeminiRequestMapper(context.clientName(), context.json());
		this.jsonHeaders = headers(context.config(), "application/json");
		this.streamHeaders = headers(context.config(), "text/event-stream");
	}

	private static Map<String, String> headers(ClientConfig config, String accept) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", accept);
		if (config.hasApiKey()) {
			headers.put("x-goog-api-key", config.apiKey());
		}
		headers.putAll(config.headers());
		return Map.copyOf(headers);
	}

	@Override
	public ChatResponse chat(ChatRequest request) {
		byte[] body = this.context.json().writeValueAsBytes(this.requests.chat(request));
		byte[] answer = this.context.transport()
			.execute(HttpCall.post("chat", modelUrl(request.options().model(), ":generateContent"), this.jsonHeaders,
					body), this.context.settings(request.options()));
		return GeminiResponseMapper.chat(this.context.readObject(answer, "chat"), this.context.clientName());
	}

	@Override
	public ChatResponse stream(ChatRequest request, StreamListener listener) {
		byte[] body = this.context.json().writeValueAsBytes(this.requests.chat(request));
		GeminiStreamHandler handler = new GeminiStreamHandler(this.context.clientName(), this.context.json(),
				new StreamAccumulator(listener));
		this.context.transport()
			.stream(HttpCall.post("chat", modelUrl(request.options().model(), ":streamGenerateContent?alt=sse"),
					this.streamHeaders, body), this.context.settings(request.options()), handler);
		return handler.finish();
	}

	@Override
	public List<ModelInfo> listModels() {
		List<ModelInfo> models = new ArrayList<>();
		Set<String> tokens = new HashSet<>();
		String token = null;
		for (int page = 0; page < MAX_MODEL_PAGES; page++) {
			String url = this.context.baseUrl() + "/models?pageSize=" + MODEL_PAGE_SIZE
					+ ((token != null) ? "&pageToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8) : "");
			JsonNode root = this.context.readObject(this.context.transport()
				.execute(HttpCall.get("models", url, this.jsonHeaders), this.context.defaultSettings()), "models");
			GeminiResponseMapper.models(root, models);
			String next = GeminiResponseMapper.string(root.get("nextPageToken"));
			if (next == null || next.isEmpty() || !tokens.add(next)) {
				break;
			}
			token = next;
		}
		return models;
	}

	@Override
	public EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options) {
		String url = modelUrl(options.model(), ":batchEmbedContents");
		List<float[]> vectors = new ArrayList<>(inputs.size());
		for (int from = 0; from < inputs.size(); from += MAX_EMBEDDINGS_PER_REQUEST) {
			List<String> batch = inputs.subList(from, Math.min(inputs.size(), from + MAX_EMBEDDINGS_PER_REQUEST));
			byte[] body = this.context.json()
				.writeValueAsBytes(this.requests.embeddings(batch, options.model(), options.dimensions()));
			JsonNode root = this.context.readObject(this.context.transport()
				.execute(HttpCall.post("embeddings", url, this.jsonHeaders, body), this.context.defaultSettings()),
					"embeddings");
			JsonNode embeddings = root.path("embeddings");
			if (embeddings.size() != batch.size()) {
				throw new LlmTransportException(this.context.clientName(), this.context.clientName() + " returned "
						+ embeddings.size() + " embeddings for " + batch.size() + " inputs", null, false);
			}
			for (JsonNode embedding : embeddings) {
				JsonNode values = embedding.path("values");
				float[] vector = new float[values.size()];
				for (int i = 0; i < vector.length; i++) {
					vector[i] = (float) values.get(i).asDouble();
				}
				vectors.add(vector);
			}
		}
		return new EmbeddingResponse(vectors, GeminiResponseMapper.modelId(options.model()), null);
	}

	private String modelUrl(String model, String method) {
		return this.context.baseUrl() + "/models/"
				+ URLEncoder.encode(GeminiResponseMapper.modelId(model), StandardCharsets.UTF_8) + method;
	}

}
