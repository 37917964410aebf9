package io.github.llmkit.provider.anthropic;

import java.util.Set;

import io.github.llmkit.http.ProviderError;
import io.github.llmkit.provider.JsonValues;
import tools.jackson.databind.JsonNode;

/**
 * Reads Anthropic error bodies, {@code {"type":"error","error":{"type":..,"message":..}}}, the same shape an
 * {@code error} stream event carries. The types of server-side failures ({@code overloaded_error},
 * {@code api_error}, {@code rate_limit_error}, {@code timeout_error}) are transient.
 */
final class AnthropicErrorParser {

	private static final int MAX_TEXT = 500;

	private static final Set<String> TRANSIENT_TYPES = Set.of("overloaded_error", "api_error", "rate_limit_error",
			"timeout_error");

	private AnthropicErrorParser() {
	}

	static ProviderError fromJson(JsonNode root) {
		if (root == null || !root.isObject()) {
			return new ProviderError(null, (root != null) ? truncate(root.toString()) : null, null);
		}
		JsonNode error = root.get("error");
		if (error != null && error.isObject()) {
			String type = JsonValues.string(error.get("type"));
			return new ProviderError(type, JsonValues.string(error.get("message")), null, false,
					type != null && TRANSIENT_TYPES.contains(type));
		}
		JsonNode message = root.get("message");
		return new ProviderError(JsonValues.string(root.get("type")),
				(message != null && message.isString()) ? message.asString() : truncate(root.toString()), null);
	}

	private static String truncate(String text) {
		return (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) + "..." : text;
	}

}
