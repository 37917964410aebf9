package io.github.llmkit.test;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * Error bodies of the OpenAI-compatible providers, each in its own shape, plus the mid-stream error events.
 */
final class OpenAiErrors {

	private OpenAiErrors() {
	}

	/**
	 * Render an error; {@code code} may be null, {@code param} may be null.
	 */
	static HttpReply of(OpenAiPersonality personality, int status, String type, String code, String message,
			String param) {
		return HttpReply.json(status, body(personality.errors(), status, type, code, message, param));
	}

	static ObjectNode body(OpenAiPersonality.ErrorShape shape, int status, String type, String code, String message,
			String param) {
		ObjectNode root = Json.object();
		switch (shape) {
			case XAI_FLAT -> {
				root.put("code", (code != null) ? code : type);
				root.put("error", message);
			}
			case MISTRAL -> {
				root.put("object", "error");
				root.put("message", message);
				root.put("type", type);
				root.put("param", param);
				root.put("code", code);
			}
			case OPENROUTER -> {
				ObjectNode error = root.putObject("error");
				error.put("code", status);
				error.put("message", message);
				error.putObject("metadata").put("error_type", type);
			}
			case GROQ -> {
				ObjectNode error = root.putObject("error");
				error.put("message", message);
				error.put("type", type);
				error.put("code", code);
			}
			default -> {
				ObjectNode error = root.putObject("error");
				error.put("message", message);
				error.put("type", type);
				error.put("param", param);
				error.put("code", code);
			}
		}
		return root;
	}

	/**
	 * Render a missing or wrong API key: 401 in the provider's shape, except xAI's 400 for a wrong key.
	 */
	static HttpReply unauthorized(OpenAiPersonality personality, boolean missing) {
		String message = (missing) ? "You didn't provide an API key. You need to provide your API key in an "
				+ "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
				: "Incorrect API key provided: te****ey. Check the API key you configured for " + personality.id()
						+ ".";
		int status = (!missing && personality.has(OpenAiPersonality.Quirk.BAD_KEY_IS_400)) ? 400 : 401;
		return switch (personality.errors()) {
			case XAI_FLAT -> of(personality, status, "invalid_api_key",
					(missing) ? "Unauthenticated" : "Client specified an invalid argument", message, null);
			case MISTRAL -> {
				ObjectNode body = Json.object();
				body.put("message", "Unauthorized");
				body.put("request_id", "0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a");
				yield HttpReply.json(401, body);
			}
			case OPENROUTER -> of(personality, 401, "authentication", null,
					(missing) ? "No auth credentials found" : "User not found.", null);
			default -> of(personality, 401, "invalid_request_error", "invalid_api_key", message, null);
		};
	}

	static HttpReply notFound(OpenAiPersonality personality, String method, String endpoint) {
		return of(personality, 404, "invalid_request_error", null,
				"Invalid URL (" + method + " " + endpoint + ") for provider " + personality.id(), null);
	}

	static HttpReply modelNotFound(OpenAiPersonality personality, String model) {
		String message = (personality.has(OpenAiPersonality.Quirk.PULL_MODELS))
				? "model \"" + model + "\" not found, try pulling it first"
				: "The model `" + model + "` does not exist or you do not have access to it.";
		String type = (personality.has(OpenAiPersonality.Quirk.PULL_MODELS)) ? "not_found_error"
				: "invalid_request_error";
		return of(personality, 404, type, "model_not_found", message, null);
	}

	/**
	 * Render the events a provider sends when generation fails after the 200 (see the personality's mid-stream
	 * style); {@code chunk} is a template chunk (id, model, ...) for styles that send a chunk.
	 */
	static List<SseFrame> midStream(OpenAiPersonality personality, ObjectNode chunk, String type,
			String message) {
		return switch (personality.midStream()) {
			case DATA_ERROR -> List
				.of(SseFrame.data(body(OpenAiPersonality.ErrorShape.OPENAI, 500, type, null, message, null)));
			case EVENT_ERROR -> {
				ObjectNode body = body(OpenAiPersonality.ErrorShape.GROQ, 500, type, type, message, null);
				((ObjectNode) body.get("error")).put("status_code", 500);
				yield List.of(SseFrame.named("error", body));
			}
			case FINISH_ERROR -> {
				ObjectNode error = chunk.deepCopy();
				error.putObject("error").put("code", type).put("message", message);
				ObjectNode choice = error.putArray("choices").addObject();
				choice.put("index", 0);
				choice.putObject("delta").put("content", "");
				choice.put("finish_reason", "error");
				choice.put("native_finish_reason", "error");
				yield List.of(SseFrame.data(error));
			}
			case SILENT_EOF -> {
				ObjectNode empty = chunk.deepCopy();
				ObjectNode choice = empty.putArray("choices").addObject();
				choice.put("index", 0);
				choice.putObject("delta");
				choice.putNull("finish_reason");
				yield List.of(SseFrame.data(empty));
			}
		};
	}

}
