package io.github.llmkit.provider.openai;

import java.util.Set;

import io.github.llmkit.http.ErrorParser;
import io.github.llmkit.http.ProviderError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every error shape the compatible providers use: OpenAI's {@code {"error":{message,type,code}}}, xAI's
 * flat {@code {"code":..,"error":".."}}, Mistral's unwrapped {@code {"message":..,"type":..}}, FastAPI
 * {@code {"detail":..}}, and plain text. An error object is transient when it carries a retryable HTTP status
 * (OpenRouter's numeric {@code code}, Groq's {@code status_code}) or, without one, a server error type.
 */
final class OpenAiErrorParser implements ErrorParser {

	private static final int MAX_TEXT = 500;

	private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 409, 429, 500, 502, 503, 504, 529);

	private static final Set<String> TRANSIENT_TYPES = Set.of("server_error", "internal_server_error", "api_error",
			"overloaded_error", "service_unavailable", "timeout");

	private final JsonMapper json;

	OpenAiErrorParser(JsonMapper json) {
		this.json = json;
	}

	@Override
	public ProviderError parse(int status, String body) {
		if (body == null || body.isBlank()) {
			return new ProviderError(null, null, null);
		}
		JsonNode root;
		try {
			root = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return new ProviderError(null, truncate(body.strip()), null);
		}
		return fromJson(root);
	}

	static ProviderError fromJson(JsonNode root) {
		if (root == null || !root.isObject()) {
			return new ProviderError(null, (root != null) ? truncate(root.toString()) : null, null);
		}
		JsonNode error = root.get("error");
		if (error != null && error.isObject()) {
			String type = firstText(error.get("type"), error.get("code"));
			return new ProviderError(type, text(error.get("message")), null, false, isTransient(error, type));
		}
		if (error != null && error.isString()) {
			String message = error.asString();
			return new ProviderError(firstText(root.get("code"), root.get("type")), message, null,
					message.startsWith("Incorrect API key"));
		}
		JsonNode message = root.get("message");
		if (message == null || message.isNull()) {
			message = root.get("detail");
		}
		return new ProviderError(firstText(root.get("type"), root.get("code")), text(message), null);
	}

	private static boolean isTransient(JsonNode error, String type) {
		JsonNode status = error.path("status_code");
		if (!status.isNumber()) {
			status = error.path("code");
		}
		if (status.isNumber()) {
			return TRANSIENT_STATUSES.contains(status.asInt());
		}
		return type != null && TRANSIENT_TYPES.contains(type);
	}

	private static String firstText(JsonNode first, JsonNode second) {
		String value = text(first);
		return (value != null) ? value : text(second);
	}

	private static String text(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		return (node.isValueNode()) ? node.asString() : truncate(node.toString());
	}

	private static String truncate(String text) {
		return (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) + "..." : text;
	}

}
