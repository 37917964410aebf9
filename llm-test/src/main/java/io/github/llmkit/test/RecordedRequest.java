package io.github.llmkit.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One HTTP request the simulator received, in the form it arrived.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the full path including the query, e.g. {@code /groq/openai/v1/chat/completions}
 * @param provider the provider id taken from the first path segment, e.g. {@code groq}
 * @param headers the request headers keyed by lower-case name
 * @param body the request body as text (empty when there was none)
 * @since 0.1.0
 */
public record RecordedRequest(String method, String path, String provider, Map<String, List<String>> headers,
		String body) {

	/**
	 * Create a recorded request, copying the headers with lower-case names.
	 */
	public RecordedRequest {
		Map<String, List<String>> lower = new LinkedHashMap<>();
		headers.forEach((name, values) -> lower.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values),
				(first, second) -> concat(first, second)));
		headers = Map.copyOf(lower);
		body = (body != null) ? body : "";
	}

	/**
	 * Return the first value of a header, matching the name case-insensitively.
	 * @param name the header name
	 * @return the value, or null when the header is absent
	 */
	public String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * Parse the body as JSON.
	 * @return the parsed body
	 * @throws IllegalStateException when the body is not JSON
	 */
	public JsonNode json() {
		JsonNode node = Json.parseOrNull(this.body);
		if (node == null) {
			throw new IllegalStateException("Body of " + this.method + " " + this.path + " is not JSON: " + this.body);
		}
		return node;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

}
