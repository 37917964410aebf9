package io.github.llmkit.test;

import java.util.HashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The Messages API request checks that catch client mistakes cheaply: required fields, the extended-thinking
 * rules, empty text blocks, and tool results that do not answer the previous turn's tool uses.
 */
final class AnthropicValidator {

	private static final int MIN_THINKING_BUDGET = 1024;

	private AnthropicValidator() {
	}

	/**
	 * Return the API's error message for the request, or null when it is acceptable.
	 * @param call the request
	 * @param messagesEndpoint true for {@code /messages}, false for {@code /messages/count_tokens}
	 */
	static String problem(Call call, boolean messagesEndpoint) {
		JsonNode body = call.json();
		if (body == null || !body.isObject()) {
			return "There was an issue with the request body: the body is not valid JSON";
		}
		if (!body.path("model").isString()) {
			return "model: Field required";
		}
		if (!body.path("messages").isArray()) {
			return "messages: Field required";
		}
		if (messagesEndpoint && !body.path("max_tokens").isNumber()) {
			return "max_tokens: Field required";
		}
		String thinking = thinking(call, body);
		String media = (thinking != null) ? thinking : AnthropicMedia.problem(body.get("messages"));
		return (media != null) ? media : messages(body.get("messages"));
	}

	private static String thinking(Call call, JsonNode body) {
		JsonNode thinking = body.path("thinking");
		if (!"enabled".equals(thinking.path("type").asString(""))) {
			return null;
		}
		int budget = thinking.path("budget_tokens").asInt(0);
		if (budget < MIN_THINKING_BUDGET) {
			return "thinking.enabled.budget_tokens: Input should be greater than or equal to 1024";
		}
		String beta = call.header("anthropic-beta");
		boolean interleaved = beta != null && beta.contains("interleaved-thinking") && body.path("tools").size() > 0;
		if (body.has("max_tokens") && budget >= body.get("max_tokens").asInt() && !interleaved) {
			return "`max_tokens` must be greater than `thinking.budget_tokens`.";
		}
		JsonNode temperature = body.get("temperature");
		if (temperature != null && temperature.isNumber() && temperature.asDouble() != 1.0) {
			return "`temperature` may only be set to 1 when thinking is enabled.";
		}
		String choice = body.path("tool_choice").path("type").asString("auto");
		if (choice.equals("any") || choice.equals("tool")) {
			return "Thinking may not be enabled when tool_choice forces tool use.";
		}
		return null;
	}

	private static String messages(JsonNode messages) {
		Set<String> pendingToolUses = new HashSet<>();
		for (int i = 0; i < messages.size(); i++) {
			JsonNode message = messages.get(i);
			Set<String> answered = new HashSet<>();
			for (JsonNode block : message.path("content")) {
				String type = block.path("type").asString("");
				if (type.equals("text") && block.path("text").asString("").isEmpty()) {
					return "messages: text content blocks must be non-empty";
				}
				if (type.equals("tool_result")) {
					String id = block.path("tool_use_id").asString("");
					if (!pendingToolUses.contains(id)) {
						return "messages." + i + ".content: unexpected `tool_use_id` found in `tool_result` blocks: "
								+ id + ". Each `tool_result` block must have a corresponding `tool_use` block in "
								+ "the previous message.";
					}
					answered.add(id);
				}
			}
			if (!pendingToolUses.isEmpty() && !answered.containsAll(pendingToolUses)) {
				pendingToolUses.removeAll(answered);
				return "messages." + (i - 1) + ": `tool_use` ids were found without `tool_result` blocks immediately "
						+ "after: " + String.join(", ", pendingToolUses) + ". Each `tool_use` block must have a "
						+ "corresponding `tool_result` block in the next message.";
			}
			pendingToolUses.clear();
			for (JsonNode block : message.path("content")) {
				if ("tool_use".equals(block.path("type").asString(""))) {
					pendingToolUses.add(block.path("id").asString(""));
				}
			}
		}
		return null;
	}

}
