package io.github.llmkit.test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Gemini models the simulator lists (paged by {@code pageSize}/{@code pageToken}, two per page by default so
 * that clients always exercise paging; the real default is 50) and its embedding endpoints.
 */
final class GeminiCatalog {

	static final int MAX_BATCH = 100;

	private static final int DEFAULT_PAGE_SIZE = 2;

	private static final int DEFAULT_DIMENSIONS = 3072;

	private static final ModelTable MODELS = new ModelTable(
			new String[] { "gemini-2.5-flash", "Gemini 2.5 Flash", "generateContent,countTokens" },
			new String[] { "gemini-2.5-pro", "Gemini 2.5 Pro", "generateContent,countTokens" },
			new String[] { "gemini-2.5-flash-lite", "Gemini 2.5 Flash-Lite", "generateContent,countTokens" },
			new String[] { "gemini-3-flash-preview", "Gemini 3 Flash Preview", "generateContent,countTokens" },
			new String[] { "gemini-embedding-001", "Gemini Embedding 001", "embedContent,batchEmbedContents" });

	private GeminiCatalog() {
	}

	static ObjectNode find(String id) {
		String[] model = MODELS.find(id);
		return (model != null) ? info(model) : null;
	}

	static ObjectNode page(Call call) {
		int size = DEFAULT_PAGE_SIZE;
		int from = 0;
		try {
			size = (call.query("pageSize") != null) ? Math.max(1, Integer.parseInt(call.query("pageSize"))) : size;
			from = (call.query("pageToken") != null) ? Integer.parseInt(
					new String(Base64.getUrlDecoder().decode(call.query("pageToken")), StandardCharsets.UTF_8)) : 0;
		}
		catch (IllegalArgumentException ex) {
			from = MODELS.size();
		}
		int to = Math.min(MODELS.size(), from + size);
		ObjectNode page = Json.object();
		ArrayNode models = page.putArray("models");
		for (int i = Math.min(from, to); i < to; i++) {
			models.add(info(MODELS.get(i)));
		}
		if (to < MODELS.size()) {
			page.put("nextPageToken",
					Base64.getUrlEncoder().encodeToString(String.valueOf(to).getBytes(StandardCharsets.UTF_8)));
		}
		return page;
	}

	private static ObjectNode info(String[] model) {
		ObjectNode info = Json.object()
			.put("name", "models/" + model[0])
			.put("version", "001")
			.put("displayName", model[1])
			.put("inputTokenLimit", (model[0].contains("embedding")) ? 2048 : 1048576)
			.put("outputTokenLimit", (model[0].contains("embedding")) ? 1 : 65536);
		ArrayNode methods = info.putArray("supportedGenerationMethods");
		for (String method : model[2].split(",")) {
			methods.add(method);
		}
		return info;
	}

	static ObjectNode embedding(JsonNode request) {
		JsonNode content = request.path("content");
		StringBuilder text = new StringBuilder();
		content.path("parts").forEach((part) -> text.append(part.path("text").asString("")));
		int dimensions = Json.field(request, "outputDimensionality", "output_dimensionality").asInt(DEFAULT_DIMENSIONS);
		ObjectNode embedding = Json.object();
		embedding.set("values", Embeddings.floats(Embeddings.vector(text.toString(), dimensions)));
		return embedding;
	}

	static ObjectNode batch(JsonNode body) {
		ObjectNode root = Json.object();
		ArrayNode embeddings = root.putArray("embeddings");
		body.path("requests").forEach((request) -> embeddings.add(embedding(request)));
		return root;
	}

}
