package io.github.llmkit.provider;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmTransportException;
import io.github.llmkit.ModelInfo;
import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.http.CallSettings;
import io.github.llmkit.http.HttpCall;
import io.github.llmkit.http.HttpTransport;
import io.github.llmkit.http.SseHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a wire family needs to serve one client: its identity, config, resolved base URL, transport and JSON
 * mapper, plus the call shapes every family shares (JSON and streaming POSTs, paged model listing, headers).
 *
 * @param clientName the client's name, for errors
 * @param type the provider type
 * @param config the client's config
 * @param baseUrl the base URL without a trailing slash (config or provider default)
 * @param transport the client's transport
 * @param json the shared JSON mapper
 * @since 0.1.0
 */
public record ProviderContext(String clientName, ProviderType type, ClientConfig config, String baseUrl,
		HttpTransport transport, JsonMapper json) {

	private static final int MAX_MODEL_PAGES = 100;

	/**
	 * Return the transport settings of a call with merged options.
	 * @param options the merged options
	 * @return the settings
	 */
	public CallSettings settings(ChatOptions options) {
		return new CallSettings((options.timeout() != null) ? options.timeout() : this.config.timeout(),
				(options.retries() != null) ? options.retries() : this.config.retries());
	}

	/**
	 * Return the transport settings of a call without options (model listing, embeddings).
	 * @return the client's settings
	 */
	public CallSettings defaultSettings() {
		return new CallSettings(this.config.timeout(), this.config.retries());
	}

	/**
	 * Parse a successful response body that must be a JSON object.
	 * @param body the body bytes
	 * @param operation the operation, for the error message
	 * @return the object
	 * @throws LlmTransportException naming this client when the body is malformed or not an object
	 */
	public JsonNode readObject(byte[] body, String operation) {
		try {
			JsonNode root = this.json.readTree(body);
			if (root == null || !root.isObject()) {
				throw new LlmTransportException(this.clientName,
						this.clientName + " answered " + operation + " with a body that is not a JSON object", null, false);
			}
			return root;
		}
		catch (JacksonException ex) {
			throw new LlmTransportException(this.clientName,
					this.clientName + " answered " + operation + " with malformed JSON: " + ex.getOriginalMessage(), ex,
					false);
		}
	}

	/**
	 * Return request headers: {@code Accept}, then the family's own (authentication, version), then the
	 * client's custom headers, which replace any of the others with the same name in any case.
	 * @param accept the {@code Accept} value
	 * @param family the family's headers
	 * @return an immutable map
	 */
	public Map<String, String> headers(String accept, Map<String, String> family) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", accept);
		headers.putAll(family);
		for (String custom : this.config.headers().keySet()) {
			headers.keySet().removeIf(custom::equalsIgnoreCase);
		}
		headers.putAll(this.config.headers());
		return Map.copyOf(headers);
	}

	/**
	 * POST a JSON body and return the JSON object the provider answered with.
	 * @param operation the operation, for logs and errors
	 * @param url the absolute URL
	 * @param headers the request headers
	 * @param body the request body
	 * @param settings the call's transport settings
	 * @return the answer
	 * @throws LlmTransportException naming this client when the answer is not a JSON object
	 */
	public JsonNode postJson(String operation, String url, Map<String, String> headers, JsonNode body,
			CallSettings settings) {
		return readObject(post(operation, url, headers, body, settings), operation);
	}

	/**
	 * POST a JSON body and return the bytes of the successful answer, for a family that reads them with the
	 * streaming parser.
	 * @param operation the operation, for logs and errors
	 * @param url the absolute URL
	 * @param headers the request headers
	 * @param body the request body
	 * @param settings the call's transport settings
	 * @return the answer's body
	 */
	public byte[] post(String operation, String url, Map<String, String> headers, JsonNode body,
			CallSettings settings) {
		return this.transport.execute(HttpCall.post(operation, url, headers, Base64Data.write(this.json, body)),
				settings);
	}

	/**
	 * POST a JSON body and pass each server-sent event of the answer to a handler; returns once the stream
	 * ended, and the transport closes the body in every case.
	 * @param operation the operation, for logs and errors
	 * @param url the absolute URL
	 * @param headers the request headers
	 * @param body the request body
	 * @param settings the call's transport settings
	 * @param handler the family's event handler, called on the caller's thread
	 */
	public void postStream(String operation, String url, Map<String, String> headers, JsonNode body,
			CallSettings settings, SseHandler handler) {
		this.transport.stream(HttpCall.post(operation, url, headers, Base64Data.write(this.json, body)), settings,
				handler);
	}

	/**
	 * List models page by page, following the cursor each page names, for at most 100 pages. Stops at the
	 * first page without a next cursor, or when a cursor repeats.
	 * @param pageUrl the URL of the page after a cursor; the cursor is null for the first page and arrives
	 * URL-encoded
	 * @param headers the request headers
	 * @param reader adds a page's models to the list
	 * @param nextCursor returns the cursor of the next page, or null when the page was the last
	 * @return the models of all pages, in order
	 */
	public List<ModelInfo> listModels(Function<String, String> pageUrl, Map<String, String> headers,
			BiConsumer<JsonNode, List<ModelInfo>> reader, Function<JsonNode, String> nextCursor) {
		List<ModelInfo> models = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		String cursor = null;
		for (int page = 0; page < MAX_MODEL_PAGES; page++) {
			String url = pageUrl.apply((cursor != null) ? URLEncoder.encode(cursor, StandardCharsets.UTF_8) : null);
			JsonNode root = readObject(this.transport.execute(HttpCall.get("models", url, headers), defaultSettings()),
					"models");
			reader.accept(root, models);
			cursor = nextCursor.apply(root);
			if (cursor == null || !cursors.add(cursor)) {
				break;
			}
		}
		return models;
	}

	/**
	 * Read embedding vectors, one per input, from the items of an embeddings answer.
	 * @param items the answer's items, in input order
	 * @param field the field of an item holding its numbers
	 * @param inputs how many inputs were sent
	 * @return the vectors
	 * @throws LlmTransportException naming this client when the count of items differs from the inputs
	 */
	public List<float[]> vectors(Collection<JsonNode> items, String field, int inputs) {
		if (items.size() != inputs) {
			throw new LlmTransportException(this.clientName, this.clientName + " returned " + items.size()
					+ " embeddings for " + inputs + " inputs", null, false);
		}
		TreeChecks check = new TreeChecks(this.clientName, "embeddings", false);
		List<float[]> vectors = new ArrayList<>(items.size());
		for (JsonNode item : items) {
			String path = "embedding " + vectors.size();
			JsonNode values = check.array(check.element(item, path), field, path + "." + field);
			if (values == null) {
				throw check.malformed("has " + path + " without " + field);
			}
			float[] vector = new float[values.size()];
			for (int i = 0; i < vector.length; i++) {
				JsonNode value = values.get(i);
				if (!value.isNumber()) {
					throw check.malformed("has " + path + "." + field + "[" + i + "] that is not a number");
				}
				vector[i] = (float) value.asDouble();
			}
			vectors.add(vector);
		}
		return vectors;
	}

	/**
	 * Return the items of an embeddings answer's list field, failing when the answer has none.
	 * @param root the answer
	 * @param field the list field ({@code data}, {@code embeddings})
	 * @return the items
	 * @throws LlmTransportException naming this client when the field is absent or not an array
	 */
	public List<JsonNode> embeddingItems(JsonNode root, String field) {
		return new TreeChecks(this.clientName, "embeddings", false).objects(root, field, true);
	}

}
