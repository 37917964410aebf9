package io.github.llmkit.provider.openai;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.Role;
import io.github.llmkit.chat.ToolChoice;
import io.github.llmkit.provider.AnswerRules;
import io.github.llmkit.provider.ChatRequest;
import io.github.llmkit.provider.MediaSupport;
import io.github.llmkit.provider.ProviderQuirks;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds Chat Completions request bodies, shaped by the provider's quirks. For OpenAI's reasoning models the
 * settings they reject ({@code temperature}, {@code top_p}, {@code stop}) are omitted and named at DEBUG.
 */
final class OpenAiRequestMapper {

	private static final Logger logger = LoggerFactory.getLogger(OpenAiRequestMapper.class);

	private static final int MAX_CACHED_MODELS = 64;

	private static final Pattern REASONING_MODEL = Pattern.compile("^(o\\d|gpt-5)(?!.*-chat).*");

	/**
	 * The assistant turn put between a tool result and a following user message for providers that reject that
	 * order; it must not be empty, since an assistant message without content or tool calls is rejected too.
	 */
	static final String TOOL_TO_USER_BRIDGE = "Tool results received.";

	private static final Pattern SHORT_ID = Pattern.compile("[a-zA-Z0-9]{9}");

	private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private final JsonMapper json;

	private final ProviderQuirks quirks;

	private final AnswerRules answerRules;

	private final Map<String, Boolean> reasoningModels = new ConcurrentHashMap<>();

	private final OpenAiContent content;

	OpenAiRequestMapper(JsonMapper json, ProviderQuirks quirks) {
		this(json, quirks, MediaSupport.of(ProviderType.OPENAI), ProviderType.OPENAI.answerRules());
	}

	OpenAiRequestMapper(JsonMapper json, ProviderQuirks quirks, MediaSupport media, AnswerRules answerRules) {
		this.json = json;
		this.quirks = quirks;
		this.content = new OpenAiContent(json, media);
		this.answerRules = answerRules;
	}

	/**
	 * Return whether a model id names a reasoning model, matching the id pattern once per distinct model.
	 */
	private boolean isReasoningModel(String model) {
		Boolean known = this.reasoningModels.get(model);
		if (known == null) {
			known = REASONING_MODEL.matcher(model).matches();
			if (this.reasoningModels.size() < MAX_CACHED_MODELS) {
				this.reasoningModels.putIfAbsent(model, known);
			}
		}
		return known;
	}

	ObjectNode chat(ChatRequest request, boolean stream) {
		ChatOptions options = request.options();
		ObjectNode body = this.json.createObjectNode();
		body.put("model", options.model());
		ArrayNode messages = messages(request.messages());
		body.set("messages", messages);
		boolean reasoningModel = this.quirks.reasoningModelRules() && isReasoningModel(options.model());
		if (options.maxTokens() != null) {
			body.put(this.quirks.maxTokensField(), options.maxTokens());
		}
		if (reasoningModel) {
			logOmitted(options);
		}
		else {
			putIfSet(body, "temperature", options.temperature());
			putIfSet(body, "top_p", options.topP());
		}
		if (this.quirks.reasoningObject()) {
			reasoning(body, options);
		}
		else if (options.reasoningEffort() != null && (reasoningModel || !this.quirks.reasoningModelRules())) {
			body.put("reasoning_effort", options.reasoningEffort());
		}
		if (options.stop() != null && !options.stop().isEmpty() && !reasoningModel) {
			ArrayNode stop = body.putArray("stop");
			options.stop().forEach(stop::add);
		}
		if (options.seed() != null && this.quirks.seedField() != null) {
			body.put(this.quirks.seedField(), options.seed());
		}
		if (options.responseFormat() != null) {
			OpenAiAnswerFormat.apply(body, messages, options.responseFormat(), this.answerRules, options.model(),
					stream || !request.tools().isEmpty());
		}
		if (!request.tools().isEmpty()) {
			tools(body, request.tools(), options.toolChoice());
		}
		if (stream) {
			body.put("stream", true);
			if (this.quirks.streamUsageOption()) {
				body.putObject("stream_options").put("include_usage", true);
			}
		}
		request.applyExtraBody(body, this.json);
		return body;
	}

	private static void logOmitted(ChatOptions options) {
		if (!logger.isDebugEnabled()) {
			return;
		}
		StringJoiner omitted = new StringJoiner(", ");
		if (options.temperature() != null) {
			omitted.add("temperature");
		}
		if (options.topP() != null) {
			omitted.add("top_p");
		}
		if (options.stop() != null && !options.stop().isEmpty()) {
			omitted.add("stop");
		}
		if (omitted.length() > 0) {
			logger.debug("Omitting {} for OpenAI reasoning model '{}', which rejects them", omitted, options.model());
		}
	}

	private ArrayNode messages(List<Message> messages) {
		ArrayNode array = this.json.createArrayNode();
		Role previous = null;
		for (Message message : messages) {
			if (this.quirks.bridgeToolToUser() && previous == Role.TOOL && message.role() == Role.USER) {
				array.addObject().put("role", "assistant").put("content", TOOL_TO_USER_BRIDGE);
			}
			previous = message.role();
			ObjectNode node = array.addObject();
			switch (message.role()) {
				case SYSTEM -> node.put("role", "system").put("content", message.text());
				case USER -> this.content.user(node.put("role", "user"), message);
				case TOOL -> node.put("role", "tool")
					.put("tool_call_id", toolCallId(message.toolCallId()))
					.put("content", message.text());
				case ASSISTANT -> assistant(node, message);
			}
		}
		return array;
	}

	private void assistant(ObjectNode node, Message message) {
		node.put("role", "assistant");
		if (message.text() != null) {
			node.put("content", message.text());
		}
		else {
			node.putNull("content");
		}
		if (this.quirks.reasoningObject()) {
			reasoningDetails(node, message);
		}
		if (!message.hasToolCalls()) {
			return;
		}
		ArrayNode calls = node.putArray("tool_calls");
		for (ToolCall call : message.toolCalls()) {
			ObjectNode entry = calls.addObject();
			entry.put("id", toolCallId(call.id())).put("type", "function");
			entry.putObject("function").put("name", call.name()).put("arguments", call.arguments());
		}
		if (this.quirks.echoReasoningContent() && !message.reasoning().isEmpty()) {
			StringBuilder reasoning = new StringBuilder();
			for (ReasoningBlock block : message.reasoning()) {
				if (block.text() != null) {
					reasoning.append(block.text());
				}
			}
			node.put("reasoning_content", reasoning.toString());
		}
	}

	/**
	 * Put the OpenRouter {@code reasoning_details} items of an earlier answer back as received.
	 */
	private void reasoningDetails(ObjectNode node, Message message) {
		ArrayNode details = null;
		for (ReasoningBlock block : message.reasoning()) {
			if (block.details() != null) {
				if (details == null) {
					details = node.putArray("reasoning_details");
				}
				details.add(this.json.readTree(block.details()));
			}
		}
	}

	/**
	 * Put the {@code reasoning} object: the effort when set, otherwise the thinking budget as its token limit
	 * (the provider takes one of the two, not both).
	 */
	private void reasoning(ObjectNode body, ChatOptions options) {
		if (options.reasoningEffort() != null) {
			body.putObject("reasoning").put("effort", options.reasoningEffort());
		}
		else if (options.thinkingBudget() != null) {
			body.putObject("reasoning").put("max_tokens", options.thinkingBudget());
		}
	}

	/**
	 * Return the id as sent: unchanged, or for providers that demand 9 letters and digits a deterministic
	 * mapping of it, so that a call and its result still match.
	 */
	String toolCallId(String id) {
		if (!this.quirks.shortToolCallIds() || SHORT_ID.matcher(id).matches()) {
			return id;
		}
		long hash = 1125899906842597L;
		for (int i = 0; i < id.length(); i++) {
			hash = 31 * hash + id.charAt(i);
		}
		char[] out = new char[9];
		for (int i = 0; i < out.length; i++) {
			out[i] = ID_ALPHABET.charAt((int) Math.floorMod(hash, (long) ID_ALPHABET.length()));
			hash = Math.floorDiv(hash, ID_ALPHABET.length()) ^ (hash * 6364136223846793005L + i);
		}
		return new String(out);
	}

	private void tools(ObjectNode body, List<ToolDefinition> tools, ToolChoice choice) {
		ArrayNode array = body.putArray("tools");
		for (ToolDefinition tool : tools) {
			tool(array.addObject(), tool);
		}
		if (choice == null || !this.quirks.toolChoiceSupported()) {
			return;
		}
		switch (choice.mode()) {
			case AUTO -> body.put("tool_choice", "auto");
			case NONE -> body.put("tool_choice", "none");
			case REQUIRED -> body.put("tool_choice", this.quirks.requiredToolChoice());
			case TOOL -> body.putObject("tool_choice")
				.put("type", "function")
				.putObject("function")
				.put("name", choice.toolName());
		}
	}

	/**
	 * Fill a node with a tool as a {@code tools} entry: {@code {"type":"function","function":{...}}}.
	 */
	static ObjectNode tool(ObjectNode node, ToolDefinition tool) {
		node.put("type", "function")
			.putObject("function")
			.put("name", tool.name())
			.put("description", tool.description())
			.set("parameters", tool.parameters());
		return node;
	}

	ObjectNode embeddings(List<String> inputs, String model, Integer dimensions) {
		ObjectNode body = this.json.createObjectNode();
		body.put("model", model);
		ArrayNode input = body.putArray("input");
		inputs.forEach(input::add);
		if (dimensions != null) {
			body.put(this.quirks.dimensionsField(), dimensions);
		}
		body.put("encoding_format", "float");
		return body;
	}

	private static void putIfSet(ObjectNode body, String field, Double value) {
		if (value != null) {
			body.put(field, value);
		}
	}

}
