package io.github.llmkit.provider.gemini;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import tools.jackson.databind.JsonNode;

/**
 * Serves one client over the Gemini API: chat, streaming, model listing and embeddings. The API key travels
 * in the {@code x-goog-api-key} header, never in a URL.
 */
final class GeminiProvider implements Provider {

	/** The most inputs one {@code batchEmbedContents} request may carry. */
	static final int MAX_EMBEDDINGS_PER_REQUEST = 100;

	private static final int MODEL_PAGE_SIZE = 1000;

	private final ProviderContext context;

	private final GeminiRequestMapper requests;

	private final Map<String, String> jsonHeaders;

	private final Map<String, String> streamHeaders;

	GeminiProvider(ProviderContext context) {
		this.context = context;
		this.requests = new GeminiRequestMapper(context.clientName(), context.json());
		Map<String, String> own = (context.config().hasApiKey())
				? Map.of("x-goog-api-key", context.config().apiKey()) : Map.of();
		this.jsonHeaders = context.headers("application/json", own);
		this.streamHeaders = context.headers("text/event-stream", own);
	}

	@Override
	public ChatResponse chat(ChatRequest request) {
		JsonNode answer = this.context.postJson("chat", modelUrl(request.options().model(), ":generateContent"),
				this.jsonHeaders, this.requests.chat(request), this.context.settings(request.options()));
		return GeminiResponseMapper.chat(answer, this.context.clientName());
	}

	@Override
	public ChatResponse stream(ChatRequest request, StreamListener listener) {
		GeminiStreamHandler handler = new GeminiStreamHandler(this.context.clientName(), this.context.json(),
				this.context.config().apiKey(), new StreamAccumulator(listener));
		this.context.postStream("chat", modelUrl(request.options().model(), ":streamGenerateContent?alt=sse"),
				this.streamHeaders, this.requests.chat(request), this.context.settings(request.options()), handler);
		return handler.finish();
	}

	@Override
	public List<ModelInfo> listModels() {
		return this.context.listModels(
				(token) -> this.context.baseUrl() + "/models?pageSize=" + MODEL_PAGE_SIZE
						+ ((token != null) ? "&pageToken=" + token : ""),
				this.jsonHeaders,
				(root, into) -> GeminiResponseMapper.models(new TreeChecks(this.context.clientName(), "models", false),
						root, into), (root) -> {
					String next = JsonValues.string(root.get("nextPageToken"));
					return (next != null && !next.isEmpty()) ? next : null;
				});
	}

	@Override
	public EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options) {
		String url = modelUrl(options.model(), ":batchEmbedContents");
		List<float[]> vectors = new ArrayList<>(inputs.size());
		for (int from = 0; from < inputs.size(); from += MAX_EMBEDDINGS_PER_REQUEST) {
			List<String> batch = inputs.subList(from, Math.min(inputs.size(), from + MAX_EMBEDDINGS_PER_REQUEST));
			JsonNode root = this.context.postJson("embeddings", url, this.jsonHeaders,
					this.requests.embeddings(batch, options.model(), options.dimensions()),
					this.context.defaultSettings());
			vectors.addAll(this.context.vectors(this.context.embeddingItems(root, "embeddings"), "values", batch.size()));
		}
		return new EmbeddingResponse(vectors, GeminiResponseMapper.modelId(options.model()), null);
	}

	private String modelUrl(String model, String method) {
		return this.context.baseUrl() + "/models/"
				+ URLEncoder.encode(GeminiResponseMapper.modelId(model), StandardCharsets.UTF_8) + method;
	}

}
