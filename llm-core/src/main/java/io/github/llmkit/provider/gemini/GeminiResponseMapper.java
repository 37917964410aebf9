package io.github.llmkit.provider.gemini;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.LlmContentFilterException;
import io.github.llmkit.ModelInfo;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.provider.JsonValues;
import io.github.llmkit.provider.TreeChecks;
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
		TreeChecks check = new TreeChecks(clientName, "chat", false);
		JsonNode candidate = firstCandidate(check, root);
		if (candidate == null) {
			throw check.malformed("has no candidates");
		}
		StringBuilder text = new StringBuilder();
		StringBuilder reasoning = new StringBuilder();
		List<ToolCall> calls = new ArrayList<>(0);
		String rawFinish = read(check, candidate, text, reasoning, calls, 0);
		FinishReason finish = finishReason(rawFinish);
		if (!calls.isEmpty() && (finish == null || finish == FinishReason.STOP)) {
			finish = FinishReason.TOOL_CALLS;
		}
		return new ChatResponse(check.string(root, "responseId", "responseId"),
				check.string(root, "modelVersion", "modelVersion"), text.toString(),
				(reasoning.length() > 0) ? reasoning.toString() : null, null, calls, finish, rawFinish,
				usage(root.get("usageMetadata")), root);
	}

	/**
	 * Return the first candidate, checked to be an object, or null when there is none.
	 */
	static JsonNode firstCandidate(TreeChecks check, JsonNode root) {
		JsonNode candidates = check.array(root, "candidates", "candidates");
		return (candidates != null && !candidates.isEmpty()) ? check.element(candidates.get(0), "candidates[0]")
				: null;
	}

	/**
	 * Throw when the prompt itself was blocked: Gemini then answers 200 with a block reason and no candidates.
	 */
	static void checkBlocked(JsonNode root, String clientName) {
		String reason = JsonValues.string(root.path("promptFeedback").get("blockReason"));
		JsonNode candidates = root.get("candidates");
		if (reason != null && (candidates == null || !candidates.isArray() || candidates.isEmpty())) {
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
	static String read(TreeChecks check, JsonNode candidate, StringBuilder text, StringBuilder reasoning,
			List<ToolCall> calls, int firstCall) {
		if (candidate == null) {
			return null;
		}
		String finish = check.string(candidate, "finishReason", "candidates[0].finishReason");
		JsonNode content = check.object(candidate, "content", "candidates[0].content");
		if (content == null && finish == null) {
			throw check.malformed("has candidates[0] without content or finishReason");
		}
		JsonNode parts = check.array(content, "parts", "candidates[0].content.parts");
		for (int i = 0; parts != null && i < parts.size(); i++) {
			String path = "candidates[0].content.parts[" + i + "]";
			JsonNode part = check.element(parts.get(i), path);
			JsonNode call = check.object(part, "functionCall", path + ".functionCall");
			if (call != null) {
				calls.add(toolCall(check, part, call, path, firstCall + calls.size()));
				continue;
			}
			String value = check.string(part, "text", path + ".text");
			if (value != null) {
				((part.path("thought").asBoolean(false)) ? reasoning : text).append(value);
			}
		}
		return finish;
	}

	static ToolCall toolCall(TreeChecks check, JsonNode part, JsonNode call, String path, int position) {
		String name = check.string(call, "name", path + ".functionCall.name");
		if (name == null || name.isEmpty()) {
			throw check.malformed("has " + path + ".functionCall without a name");
		}
		JsonNode args = check.object(call, "args", path + ".functionCall.args");
		String arguments = (args == null) ? "{}" : args.toString();
		String id = check.string(call, "id", path + ".functionCall.id");
		if (id == null || id.isEmpty()) {
			id = SYNTHETIC_ID_PREFIX + position + "_" + Integer.toHexString((name + arguments).hashCode());
		}
		return new ToolCall(id, name, arguments, check.string(part, "thoughtSignature", path + ".thoughtSignature"));
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

	static void models(TreeChecks check, JsonNode root, List<ModelInfo> into) {
		for (JsonNode model : check.objects(root, "models", false)) {
			String name = check.string(model, "name", "models[].name");
			if (name == null) {
				throw check.malformed("has a model without a name");
			}
			into.add(new ModelInfo(modelId(name), check.string(model, "displayName", "models[].displayName"), "google",
					null));
		}
	}


	/**
	 * Return a model id without Gemini's {@code models/} prefix.
	 */
	static String modelId(String name) {
		return (name.startsWith(MODEL_PREFIX)) ? name.substring(MODEL_PREFIX.length()) : name;
	}

}
