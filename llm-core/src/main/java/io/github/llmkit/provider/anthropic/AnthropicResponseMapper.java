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
import io.github.llmkit.provider.TreeChecks;
import io.github.llmkit.tool.ToolCall;
import tools.jackson.databind.JsonNode;

/**
 * Reads Messages API responses, usage and model lists, leniently: absent and null fields are the same,
 * unknown block types and fields are ignored.
 */
final class AnthropicResponseMapper {

	private AnthropicResponseMapper() {
	}

	/**
	 * Read a Messages answer, checking the type of every field it takes.
	 * @throws io.github.llmkit.LlmTransportException naming the client when the answer has no content array, a
	 * block of the wrong shape, a field of the wrong type, or an unnamed tool call
	 */
	static ChatResponse chat(JsonNode root, String clientName) {
		TreeChecks check = new TreeChecks(clientName, "chat", false);
		JsonNode content = check.array(root, "content", "content");
		if (content == null) {
			throw check.malformed("has no content");
		}
		StringBuilder text = new StringBuilder();
		StringBuilder reasoning = new StringBuilder();
		List<ReasoningBlock> blocks = new ArrayList<>(0);
		List<ToolCall> calls = new ArrayList<>(0);
		for (int i = 0; i < content.size(); i++) {
			String path = "content[" + i + "]";
			JsonNode block = check.element(content.get(i), path);
			String type = check.string(block, "type", path + ".type");
			switch ((type != null) ? type : "") {
				case "text" -> appendText(text, check.string(block, "text", path + ".text"));
				case "thinking" -> {
					String thinking = check.string(block, "thinking", path + ".thinking");
					thinking = (thinking != null) ? thinking : "";
					reasoning.append(thinking);
					blocks.add(new ReasoningBlock(thinking, check.string(block, "signature", path + ".signature"), null));
				}
				case "redacted_thinking" -> {
					String data = check.string(block, "data", path + ".data");
					blocks.add(new ReasoningBlock(null, null, (data != null) ? data : ""));
				}
				case "tool_use" -> calls.add(toolCall(check, block, path, calls.size()));
				default -> {
				}
			}
		}
		String rawFinish = check.string(root, "stop_reason", "stop_reason");
		FinishReason finish = finishReason(rawFinish);
		return new ChatResponse(check.string(root, "id", "id"), check.string(root, "model", "model"), text.toString(),
				(reasoning.length() > 0) ? reasoning.toString() : null, blocks, calls, finish, rawFinish,
				usage(root.get("usage")), root);
	}

	private static ToolCall toolCall(TreeChecks check, JsonNode block, String path, int position) {
		String name = check.string(block, "name", path + ".name");
		if (name == null || name.isEmpty()) {
			throw check.malformed("has " + path + " (tool_use) without a name");
		}
		String id = check.string(block, "id", path + ".id");
		JsonNode input = check.object(block, "input", path + ".input");
		return new ToolCall((id != null && !id.isEmpty()) ? id : "toolu_" + position, name,
				(input != null) ? input.toString() : "{}", null);
	}

	static FinishReason finishReason(String raw) {
		if (raw == null) {
			return null;
		}
		return switch (raw) {
			case "end_turn", "stop_sequence" -> FinishReason.STOP;
			case "max_tokens", "model_context_window_exceeded" -> FinishReason.LENGTH;
			case "tool_use" -> FinishReason.TOOL_CALLS;
			case "refusal" -> FinishReason.CONTENT_FILTER;
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

	static void models(TreeChecks check, JsonNode root, List<ModelInfo> into) {
		List<JsonNode> data = check.objects(root, "data", true);
		for (int i = 0; i < data.size(); i++) {
			JsonNode model = data.get(i);
			String id = check.string(model, "id", "data[" + i + "].id");
			if (id == null) {
				throw check.malformed("has data[" + i + "] without an id");
			}
			into.add(new ModelInfo(id, check.string(model, "display_name", "data[" + i + "].display_name"), "anthropic",
					instant(check.string(model, "created_at", "data[" + i + "].created_at"))));
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

	static void appendText(StringBuilder target, String value) {
		if (value != null) {
			target.append(value);
		}
	}

}
