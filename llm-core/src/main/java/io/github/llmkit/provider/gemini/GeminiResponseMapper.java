package io.github.llmkit.provider.gemini;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.LlmContentFilterException;
import io.github.llmkit.ModelInfo;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.provider.JsonValues;
import io.github.llmkit.tool.ToolCall;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code GenerateContentResponse}s (whole, or one stream chunk), usage and model lists. Thought parts
 * are reasoning, never text; a function call without an id gets a stable synthetic one that is never sent
 * back to Gemini.
 */
final class GeminiResponseMapper {

	private static final String SYNTHETIC_ID_PREFIX = "llmkit_call_";

	private static final String MODEL_PREFIX = "models/";

	private GeminiResponseMapper() {
	}

	static ChatResponse chat(JsonNode root, String clientName) {
		checkBlocked(root, clientName);
		JsonNode candidate = firstCandidate(root);
		StringBuilder text = new StringBuilder();
		StringBuilder reasoning = new StringBuilder();
		List<ToolCall> calls = new ArrayList<>(0);
		String rawFinish = read(candidate, text, reasoning, calls, 0);
		FinishReason finish = finishReason(rawFinish);
		if (!calls.isEmpty() && (finish == null || finish == FinishReason.STOP)) {
			finish = FinishReason.TOOL_CALLS;
		}
		return new ChatResponse(JsonValues.string(root.get("responseId")), JsonValues.string(root.get("modelVersion")),
				text.toString(), (reasoning.length() > 0) ? reasoning.toString() : null, null, calls, finish, rawFinish,
				usage(root.get("usageMetadata")), root);
	}

	/**
	 * Throw when the prompt itself was blocked: Gemini then answers 200 with a block reason and no candidates.
	 */
	static void checkBlocked(JsonNode root, String clientName) {
		String reason = JsonValues.string(root.path("promptFeedback").get("blockReason"));
		if (reason != null && firstCandidate(root) == null) {
			String detail = JsonValues.string(root.path("promptFeedback").get("blockReasonMessage"));
			throw new LlmContentFilterException(clientName, reason, clientName + " blocked the prompt (" + reason
					+ ")" + ((detail != null) ? ": " + detail : "") + "; no answer was generated");
		}
	}

	static JsonNode firstCandidate(JsonNode root) {
		JsonNode candidates = root.get("candidates");
		return (candidates != null && candidates.isArray() && !candidates.isEmpty()) ? candidates.get(0) : null;
	}

	/**
	 * Read a candidate's parts: text to {@code text}, thoughts to {@code reasoning}, function calls to
	 * {@code calls} (numbered from {@code firstCall}); return its finish reason, or null.
	 */
	static String read(JsonNode candidate, StringBuilder text, StringBuilder reasoning, List<ToolCall> calls,
			int firstCall) {
		if (candidate == null) {
			return null;
		}
		for (JsonNode part : candidate.path("content").path("parts")) {
			JsonNode value = part.get("text");
			if (part.has("functionCall")) {
				calls.add(toolCall(part, firstCall + calls.size()));
			}
			else if (value != null && value.isString()) {
				((part.path("thought").asBoolean(false)) ? reasoning : text).append(value.asString());
			}
		}
		return JsonValues.string(candidate.get("finishReason"));
	}

	static ToolCall toolCall(JsonNode part, int position) {
		JsonNode call = part.get("functionCall");
		String name = call.path("name").asString("");
		JsonNode args = call.get("args");
		String arguments = (args == null || args.isNull()) ? "{}" : args.toString();
		String id = JsonValues.string(call.get("id"));
		if (id == null || id.isEmpty()) {
			id = SYNTHETIC_ID_PREFIX + position + "_" + Integer.toHexString((name + arguments).hashCode());
		}
		return new ToolCall(id, name, arguments, JsonValues.string(part.get("thoughtSignature")));
	}

	static boolean isSyntheticId(String id) {
		return id.startsWith(SYNTHETIC_ID_PREFIX);
	}

	static FinishReason finishReason(String raw) {
		if (raw == null) {
			return null;
		}
		return switch (raw) {
			case "STOP" -> FinishReason.STOP;
			case "MAX_TOKENS" -> FinishReason.LENGTH;
			case "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY",
					"IMAGE_PROHIBITED_CONTENT", "IMAGE_RECITATION" ->
				FinishReason.CONTENT_FILTER;
			default -> FinishReason.OTHER;
		};
	}

	/**
	 * Read {@code usageMetadata}: output is candidates plus thoughts, reasoning the thoughts, cached the cached
	 * content. Null when absent.
	 */
	static Usage usage(JsonNode metadata) {
		if (metadata == null || !metadata.isObject()) {
			return null;
		}
		Integer candidates = JsonValues.integer(metadata.get("candidatesTokenCount"));
		Integer thoughts = JsonValues.integer(metadata.get("thoughtsTokenCount"));
		Integer output = (candidates == null && thoughts == null) ? null
				: ((candidates != null) ? candidates : 0) + ((thoughts != null) ? thoughts : 0);
		return new Usage(JsonValues.integer(metadata.get("promptTokenCount")), output, thoughts,
				JsonValues.integer(metadata.get("cachedContentTokenCount")));
	}

	static void models(JsonNode root, List<ModelInfo> into) {
		for (JsonNode model : root.path("models")) {
			String name = JsonValues.string(model.get("name"));
			if (name != null) {
				into.add(new ModelInfo(modelId(name), JsonValues.string(model.get("displayName")), "google", null));
			}
		}
	}

	/**
	 * Return a model id without Gemini's {@code models/} prefix.
	 */
	static String modelId(String name) {
		return (name.startsWith(MODEL_PREFIX)) ? name.substring(MODEL_PREFIX.length()) : name;
	}

}
