package io.github.llmkit.provider.openai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.ModelInfo;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.provider.JsonValues;
import io.github.llmkit.tool.ToolCall;
import tools.jackson.databind.JsonNode;

/**
 * Reads Chat Completions responses, model lists and usage, leniently: absent and null fields are the same,
 * unknown fields are ignored.
 */
final class OpenAiResponseMapper {

	private OpenAiResponseMapper() {
	}

	static ChatResponse chat(JsonNode root) {
		JsonNode choice = firstChoice(root);
		JsonNode message = (choice != null) ? choice.get("message") : null;
		StringBuilder text = new StringBuilder();
		StringBuilder reasoning = new StringBuilder();
		boolean refused = false;
		if (message != null) {
			content(message.get("content"), text, reasoning);
			refused = refusal(message.get("refusal"), text);
			appendText(reasoning, message.get("reasoning_content"));
			appendText(reasoning, message.get("reasoning"));
		}
		List<ToolCall> calls = new ArrayList<>();
		JsonNode toolCalls = (message != null) ? message.get("tool_calls") : null;
		if (toolCalls != null && toolCalls.isArray()) {
			for (JsonNode call : toolCalls) {
				JsonNode function = call.path("function");
				calls.add(new ToolCall(idOf(call, calls.size()), function.path("name").asString(""),
						arguments(function.get("arguments")), null));
			}
		}
		String rawFinish = JsonValues.string((choice != null) ? choice.get("finish_reason") : null);
		FinishReason finish = finishReason(rawFinish);
		if (!calls.isEmpty() && (finish == null || finish == FinishReason.STOP)) {
			finish = FinishReason.TOOL_CALLS;
		}
		if (refused && (finish == null || finish == FinishReason.STOP)) {
			finish = FinishReason.REFUSAL;
		}
		return new ChatResponse(JsonValues.string(root.get("id")), JsonValues.string(root.get("model")),
				text.toString(), (reasoning.length() > 0) ? reasoning.toString() : null, null, calls, finish, rawFinish,
				usage(root), root);
	}

	static JsonNode firstChoice(JsonNode root) {
		JsonNode choices = root.get("choices");
		return (choices != null && choices.isArray() && !choices.isEmpty()) ? choices.get(0) : null;
	}

	/**
	 * Append message content: a string, or an array of parts where {@code thinking} parts (Mistral) are
	 * reasoning and {@code text} parts are answer text.
	 */
	static void content(JsonNode content, StringBuilder text, StringBuilder reasoning) {
		if (content == null || content.isNull()) {
			return;
		}
		if (content.isString()) {
			text.append(content.asString());
			return;
		}
		if (content.isArray()) {
			for (JsonNode part : content) {
				String type = part.path("type").asString("");
				if ("thinking".equals(type)) {
					JsonNode thinking = part.get("thinking");
					if (thinking != null && thinking.isArray()) {
						thinking.forEach((piece) -> appendText(reasoning, piece.get("text")));
					}
					else {
						appendText(reasoning, thinking);
					}
				}
				else if ("text".equals(type)) {
					appendText(text, part.get("text"));
				}
			}
		}
	}

	/**
	 * Append a refusal ({@code message.refusal} or {@code delta.refusal}, a string when the model declined) to the
	 * text, and return whether there was one.
	 */
	static boolean refusal(JsonNode refusal, StringBuilder text) {
		if (refusal == null || !refusal.isString() || refusal.asString().isEmpty()) {
			return false;
		}
		text.append(refusal.asString());
		return true;
	}

	static void appendText(StringBuilder target, JsonNode node) {
		if (node != null && node.isString()) {
			target.append(node.asString());
		}
	}

	static String idOf(JsonNode call, int position) {
		String id = JsonValues.string(call.get("id"));
		return (id != null && !id.isEmpty()) ? id : "call_" + position;
	}

	static String arguments(JsonNode arguments) {
		if (arguments == null || arguments.isNull()) {
			return "{}";
		}
		return (arguments.isString()) ? arguments.asString() : arguments.toString();
	}

	static FinishReason finishReason(String raw) {
		if (raw == null) {
			return null;
		}
		return switch (raw) {
			case "stop", "end_turn" -> FinishReason.STOP;
			case "length", "model_length", "max_tokens" -> FinishReason.LENGTH;
			case "tool_calls", "function_call" -> FinishReason.TOOL_CALLS;
			case "content_filter" -> FinishReason.CONTENT_FILTER;
			default -> FinishReason.OTHER;
		};
	}

	/**
	 * Read usage from {@code usage} or Groq's {@code x_groq.usage}; null when absent. xAI counts reasoning
	 * outside {@code completion_tokens}: detected by the total, and added back so output always includes it.
	 */
	static Usage usage(JsonNode root) {
		JsonNode usage = root.get("usage");
		if (usage == null || usage.isNull()) {
			usage = root.path("x_groq").get("usage");
		}
		if (usage == null || !usage.isObject()) {
			return null;
		}
		Integer input = JsonValues.integer(usage.get("prompt_tokens"));
		Integer output = JsonValues.integer(usage.get("completion_tokens"));
		Integer reasoning = JsonValues.integer(usage.path("completion_tokens_details").get("reasoning_tokens"));
		Integer cached = JsonValues.integer(usage.path("prompt_tokens_details").get("cached_tokens"));
		if (cached == null) {
			cached = JsonValues.integer(usage.get("prompt_cache_hit_tokens"));
		}
		Integer total = JsonValues.integer(usage.get("total_tokens"));
		if (input != null && output != null && reasoning != null && reasoning > 0 && total != null
				&& total == input + output + reasoning) {
			output = output + reasoning;
		}
		return new Usage(input, output, reasoning, cached);
	}

	static List<ModelInfo> models(JsonNode root, List<ModelInfo> into) {
		JsonNode data = root.get("data");
		if (data != null && data.isArray()) {
			for (JsonNode model : data) {
				String id = JsonValues.string(model.get("id"));
				if (id == null) {
					continue;
				}
				JsonNode created = model.get("created");
				into.add(new ModelInfo(id, JsonValues.string(model.get("name")), JsonValues.string(model.get("owned_by")),
						(created != null && created.isNumber()) ? Instant.ofEpochSecond(created.asLong()) : null));
			}
		}
		return into;
	}

}
