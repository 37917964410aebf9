package io.github.llmkit.provider.anthropic;

import java.util.List;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmInvalidRequestException;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.ResponseFormat;
import io.github.llmkit.chat.ToolChoice;
import io.github.llmkit.provider.ChatRequest;
import io.github.llmkit.provider.Turns;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds Messages API request bodies: system messages joined into {@code system}, tool results as
 * {@code tool_result} blocks of a user turn, consecutive turns of one role merged, and the extended-thinking
 * rules applied before anything is sent.
 */
final class AnthropicRequestMapper {

	/** The smallest thinking budget the API accepts. */
	static final int MIN_THINKING_BUDGET = 1024;

	/** The largest {@code max_tokens} any Claude model accepts; a raise beyond it cannot succeed. */
	static final int MAX_OUTPUT_TOKENS = 128_000;

	private static final double MIN_THINKING_TOP_P = 0.95;

	private final String clientName;

	private final JsonMapper json;

	AnthropicRequestMapper(String clientName, JsonMapper json) {
		this.clientName = clientName;
		this.json = json;
	}

	ObjectNode chat(ChatRequest request, boolean stream) {
		ChatOptions options = request.options();
		ObjectNode body = this.json.createObjectNode();
		body.put("model", options.model());
		int maxTokens = (options.maxTokens() != null) ? options.maxTokens() : ClientConfig.DEFAULT_MAX_TOKENS;
		Integer budget = options.thinkingBudget();
		boolean thinking = budget != null && budget > 0;
		if (thinking) {
			maxTokens = maxTokensWithThinking(budget, maxTokens, options.toolChoice(), request.tools());
		}
		body.put("max_tokens", maxTokens);
		StringBuilder system = new StringBuilder();
		ArrayNode messages = messages(request.messages(), system);
		if (system.length() > 0) {
			body.put("system", system.toString());
		}
		body.set("messages", messages);
		if (thinking) {
			body.putObject("thinking").put("type", "enabled").put("budget_tokens", budget);
		}
		else if (options.temperature() != null) {
			body.put("temperature", options.temperature());
		}
		if (options.topP() != null && (!thinking || options.topP() >= MIN_THINKING_TOP_P)) {
			body.put("top_p", options.topP());
		}
		if (options.stop() != null && !options.stop().isEmpty()) {
			ArrayNode stop = body.putArray("stop_sequences");
			options.stop().forEach(stop::add);
		}
		responseFormat(body, options.responseFormat());
		if (!request.tools().isEmpty()) {
			tools(body, request.tools(), options.toolChoice());
		}
		if (stream) {
			body.put("stream", true);
		}
		request.applyExtraBody(body, this.json);
		return body;
	}

	/**
	 * Check the thinking rules and return the {@code max_tokens} to send: unchanged when it exceeds the budget,
	 * else raised to budget + max tokens so the answer keeps its allowance beside the thinking.
	 */
	private int maxTokensWithThinking(int budget, int maxTokens, ToolChoice choice, List<ToolDefinition> tools) {
		if (budget < MIN_THINKING_BUDGET) {
			throw invalid("'thinkingBudget' must be at least " + MIN_THINKING_BUDGET + " for Claude, was " + budget
					+ "; use 0 or null to turn thinking off");
		}
		if (choice != null && !tools.isEmpty()
				&& (choice.mode() == ToolChoice.Mode.REQUIRED || choice.mode() == ToolChoice.Mode.TOOL)) {
			throw invalid("Claude cannot think while a tool call is forced: use tool choice auto or none with "
					+ "'thinkingBudget' " + budget);
		}
		if (maxTokens > budget) {
			return maxTokens;
		}
		long raised = (long) budget + maxTokens;
		if (raised > MAX_OUTPUT_TOKENS) {
			throw invalid("'maxTokens' (" + maxTokens + ") must be greater than 'thinkingBudget' (" + budget
					+ "), and raising it to their sum " + raised + " exceeds " + MAX_OUTPUT_TOKENS
					+ ", the largest output Claude accepts; lower 'thinkingBudget' or set 'maxTokens' above it");
		}
		return (int) raised;
	}

	private LlmInvalidRequestException invalid(String message) {
		return new LlmInvalidRequestException(this.clientName, this.clientName + ": " + message);
	}

	private ArrayNode messages(List<Message> messages, StringBuilder system) {
		ArrayNode array = this.json.createArrayNode();
		Turns.alternate(messages, array, system, "assistant", "content", this::blocks);
		return array;
	}

	private ArrayNode blocks(Message message) {
		ArrayNode blocks = this.json.createArrayNode();
		switch (message.role()) {
			case USER -> AnthropicContent.add(blocks, message.content());
			case TOOL -> toolResult(blocks, message);
			case ASSISTANT -> assistant(blocks, message);
			case SYSTEM -> throw new IllegalStateException("system messages go to the top-level system field");
		}
		return blocks;
	}

	private static void text(ArrayNode blocks, String text) {
		if (text != null && !text.isEmpty()) {
			blocks.addObject().put("type", "text").put("text", text);
		}
	}

	private static void toolResult(ArrayNode blocks, Message message) {
		ObjectNode block = blocks.addObject().put("type", "tool_result").put("tool_use_id", message.toolCallId());
		if (message.hasMedia()) {
			AnthropicContent.add(block.putArray("content"), message.content());
		}
		else if (message.text() != null && !message.text().isEmpty()) {
			block.put("content", message.text());
		}
		if (message.error()) {
			block.put("is_error", true);
		}
	}

	/**
	 * Write an assistant turn: its signed thinking and redacted blocks first, unchanged (unsigned reasoning
	 * came from another family and Claude would reject it), then the text, then the tool calls.
	 */
	private void assistant(ArrayNode blocks, Message message) {
		for (ReasoningBlock block : message.reasoning()) {
			if (block.redacted()) {
				blocks.addObject().put("type", "redacted_thinking").put("data", block.redactedData());
			}
			else if (block.signature() != null && !block.signature().isEmpty()) {
				blocks.addObject()
					.put("type", "thinking")
					.put("thinking", (block.text() != null) ? block.text() : "")
					.put("signature", block.signature());
			}
		}
		text(blocks, message.text());
		for (ToolCall call : message.toolCalls()) {
			ObjectNode block = blocks.addObject().put("type", "tool_use").put("id", call.id()).put("name", call.name());
			block.set("input", input(call.arguments()));
		}
	}

	/**
	 * Return the arguments as the JSON object {@code input} must be; arguments that are not a JSON object
	 * (a model's malformed output) are kept as text under {@code arguments}.
	 */
	private JsonNode input(String arguments) {
		try {
			JsonNode node = this.json.readTree(arguments);
			if (node != null && node.isObject()) {
				return node;
			}
		}
		catch (JacksonException ex) {
			// not JSON: kept as text below
		}
		return this.json.createObjectNode().put("arguments", arguments);
	}

	private void responseFormat(ObjectNode body, ResponseFormat format) {
		if (format == null || format.type() == ResponseFormat.Type.TEXT) {
			return;
		}
		ObjectNode spec = body.putObject("output_config").putObject("format").put("type", "json_schema");
		if (format.type() == ResponseFormat.Type.JSON_SCHEMA) {
			spec.set("schema", format.schema());
		}
		else {
			spec.putObject("schema").put("type", "object");
		}
	}

	private static void tools(ObjectNode body, List<ToolDefinition> tools, ToolChoice choice) {
		ArrayNode array = body.putArray("tools");
		for (ToolDefinition tool : tools) {
			tool(array.addObject(), tool);
		}
		if (choice == null) {
			return;
		}
		ObjectNode node = body.putObject("tool_choice");
		switch (choice.mode()) {
			case AUTO -> node.put("type", "auto");
			case NONE -> node.put("type", "none");
			case REQUIRED -> node.put("type", "any");
			case TOOL -> node.put("type", "tool").put("name", choice.toolName());
		}
	}

	/**
	 * Fill a node with a tool as a {@code tools} entry: name, description when not empty, and
	 * {@code input_schema}.
	 */
	static ObjectNode tool(ObjectNode node, ToolDefinition tool) {
		node.put("name", tool.name());
		if (!tool.description().isEmpty()) {
			node.put("description", tool.description());
		}
		node.set("input_schema", tool.parameters());
		return node;
	}

}
