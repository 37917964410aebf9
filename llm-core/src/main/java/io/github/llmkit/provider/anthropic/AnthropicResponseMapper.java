package io.github.llmkit.provider.anthropic;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.ModelInfo;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.provider.JsonValues;
import io.github.llmkit.tool.ToolCall;
import tools.jackson.databind.JsonNode;

/**
 * Reads Messages API responses, usage and model lists, leniently: absent and null fields are the same,
 * unknown block types and fields are ignored.
 */
final class AnthropicResponseMapper {

	private AnthropicResponseMapper() {
	}

	static ChatResponse chat(JsonNode root) {
		StringBuilder text = new StringBuilder();
		StringBuilder reasoning = new StringBuilder();
		List<ReasoningBlock> blocks = new ArrayList<>(0);
		List<ToolCall> calls = new ArrayList<>(0);
		for (JsonNode block : root.path("content")) {
			switch (block.path("type").asString("")) {
				case "text" -> appendText(text, block.get("text"));
				case "thinking" -> {
					String thinking = block.path("thinking").asString("");
					reasoning.append(thinking);
					blocks.add(new ReasoningBlock(thinking, JsonValues.string(block.get("signature")), null));
				}
				case "redacted_thinking" -> blocks.add(new ReasoningBlock(null, null, block.path("data").asString("")));
				case "tool_use" -> calls.add(new ToolCall(idOf(block, calls.size()), block.path("name").asString(""),
						arguments(block.get("input")), null));
				default -> {
				}
			}
		}
		String rawFinish = JsonValues.string(root.get("stop_reason"));
		FinishReason finish = finishReason(rawFinish);
		return new ChatResponse(JsonValues.string(root.get("id")), JsonValues.string(root.get("model")),
				text.toString(), (reasoning.length() > 0) ? reasoning.toString() : null, blocks, calls, finish, rawFinish,
				usage(root.get("usage")), root);
	}

	static FinishReason finishReason(String raw) {
		if (raw == null) {
			return null;
		}
		return switch (raw) {
			case "end_turn", "stop_sequence" -> FinishReason.STOP;
			case "max_tokens", "model_context_window_exceeded" -> FinishReason.LENGTH;
			case "tool_use" -> FinishReason.TOOL_CALLS;
			case "refusal" -> FinishReason.REFUSAL;
			default -> FinishReason.OTHER;
		};
	}

	/**
	 * Read a usage object: input is the sum of uncached, cache-read and cache-written tokens, cached the
	 * cache-read part; output includes thinking. Null when absent.
	 */
	static Usage usage(JsonNode usage) {
		if (usage == null || !usage.isObject()) {
			return null;
		}
		Integer input = JsonValues.integer(usage.get("input_tokens"));
		Integer cacheRead = JsonValues.integer(usage.get("cache_read_input_tokens"));
		Integer cacheWrite = JsonValues.integer(usage.get("cache_creation_input_tokens"));
		if (input != null || cacheRead != null || cacheWrite != null) {
			input = orZero(input) + orZero(cacheRead) + orZero(cacheWrite);
		}
		return new Usage(input, JsonValues.integer(usage.get("output_tokens")),
				JsonValues.integer(usage.path("output_tokens_details").get("thinking_tokens")), cacheRead);
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

	static void models(JsonNode root, List<ModelInfo> into) {
		for (JsonNode model : root.path("data")) {
			String id = JsonValues.string(model.get("id"));
			if (id != null) {
				into.add(new ModelInfo(id, JsonValues.string(model.get("display_name")), "anthropic",
						instant(JsonValues.string(model.get("created_at")))));
			}
		}
	}

	private static Instant instant(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static String idOf(JsonNode block, int position) {
		String id = JsonValues.string(block.get("id"));
		return (id != null && !id.isEmpty()) ? id : "toolu_" + position;
	}

	static String arguments(JsonNode input) {
		return (input == null || input.isNull()) ? "{}" : input.toString();
	}

	static void appendText(StringBuilder target, JsonNode node) {
		if (node != null && node.isString()) {
			target.append(node.asString());
		}
	}

}
