package io.github.llmkit.provider.gemini;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.llmkit.LlmInvalidRequestException;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
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
 * Builds {@code generateContent} request bodies: roles {@code user}/{@code model}, system messages joined
 * into {@code systemInstruction}, tool calls echoed with their ids and thought signatures, tool results as
 * {@code functionResponse} objects, and schemas reduced to what the API accepts.
 */
final class GeminiRequestMapper {

	private final String clientName;

	private final JsonMapper json;

	GeminiRequestMapper(String clientName, JsonMapper json) {
		this.clientName = clientName;
		this.json = json;
	}

	ObjectNode chat(ChatRequest request) {
		ChatOptions options = request.options();
		ObjectNode body = this.json.createObjectNode();
		StringBuilder system = new StringBuilder();
		body.set("contents", contents(request.messages(), system));
		if (system.length() > 0) {
			body.putObject("systemInstruction").putArray("parts").addObject().put("text", system.toString());
		}
		if (!request.tools().isEmpty()) {
			tools(body, request.tools(), options.toolChoice());
		}
		ObjectNode config = generationConfig(options);
		if (!config.isEmpty()) {
			body.set("generationConfig", config);
		}
		request.applyExtraBody(body, this.json);
		return body;
	}

	private ObjectNode generationConfig(ChatOptions options) {
		ObjectNode config = this.json.createObjectNode();
		if (options.temperature() != null) {
			config.put("temperature", options.temperature());
		}
		if (options.topP() != null) {
			config.put("topP", options.topP());
		}
		Integer maxTokens = options.maxTokens();
		Integer budget = options.thinkingBudget();
		if (budget != null) {
			ObjectNode thinking = config.putObject("thinkingConfig").put("thinkingBudget", budget);
			if (budget > 0) {
				thinking.put("includeThoughts", true);
				if (maxTokens != null && maxTokens <= budget) {
					maxTokens = (int) Math.min(Integer.MAX_VALUE, (long) budget + maxTokens);
				}
			}
		}
		if (maxTokens != null) {
			config.put("maxOutputTokens", maxTokens);
		}
		if (options.stop() != null && !options.stop().isEmpty()) {
			ArrayNode stop = config.putArray("stopSequences");
			options.stop().forEach(stop::add);
		}
		if (options.seed() != null) {
			config.put("seed", options.seed());
		}
		ResponseFormat format = options.responseFormat();
		if (format != null && format.type() != ResponseFormat.Type.TEXT) {
			config.put("responseMimeType", "application/json");
			if (format.type() == ResponseFormat.Type.JSON_SCHEMA) {
				config.set("responseJsonSchema", GeminiSchemaSanitizer.sanitize(format.schema()));
			}
		}
		return config;
	}

	private ArrayNode contents(List<Message> messages, StringBuilder system) {
		ArrayNode contents = this.json.createArrayNode();
		Map<String, String> toolNames = new HashMap<>();
		Turns.alternate(messages, contents, system, "model", "parts", (message) -> parts(message, toolNames));
		return contents;
	}

	private ArrayNode parts(Message message, Map<String, String> toolNames) {
		ArrayNode parts = this.json.createArrayNode();
		switch (message.role()) {
			case USER -> GeminiContent.add(parts, message.content());
			case ASSISTANT -> assistant(parts, message, toolNames);
			case TOOL -> parts.addObject().set("functionResponse", functionResponse(message, toolNames));
			case SYSTEM -> throw new IllegalStateException("system messages go to systemInstruction");
		}
		return parts;
	}

	private static void text(ArrayNode parts, String text) {
		if (text != null && !text.isEmpty()) {
			parts.addObject().put("text", text);
		}
	}

	private void assistant(ArrayNode parts, Message message, Map<String, String> toolNames) {
		text(parts, message.text());
		for (ToolCall call : message.toolCalls()) {
			toolNames.put(call.id(), call.name());
			ObjectNode part = parts.addObject();
			ObjectNode functionCall = part.putObject("functionCall");
			if (!GeminiResponseMapper.isSyntheticId(call.id())) {
				functionCall.put("id", call.id());
			}
			functionCall.put("name", call.name());
			functionCall.set("args", args(call.arguments()));
			if (call.signature() != null) {
				part.put("thoughtSignature", call.signature());
			}
		}
	}

	private JsonNode args(String arguments) {
		JsonNode node = parse(arguments);
		return (node != null && node.isObject()) ? node : this.json.createObjectNode().put("arguments", arguments);
	}

	/**
	 * Return a tool result as the object {@code functionResponse} must hold: a JSON object result as is,
	 * any other result as {@code {"result": value}}, a failure as {@code {"error": text}}.
	 */
	private ObjectNode functionResponse(Message message, Map<String, String> toolNames) {
		String name = (message.toolName() != null) ? message.toolName() : toolNames.get(message.toolCallId());
		if (name == null) {
			throw new LlmInvalidRequestException(this.clientName, this.clientName + ": the tool result for call '"
					+ message.toolCallId() + "' needs a tool name (Gemini matches results by name)");
		}
		ObjectNode node = this.json.createObjectNode();
		if (!GeminiResponseMapper.isSyntheticId(message.toolCallId())) {
			node.put("id", message.toolCallId());
		}
		node.put("name", name);
		String text = (message.text() != null) ? message.text() : "";
		if (message.error()) {
			node.putObject("response").put("error", text);
			return node;
		}
		JsonNode result = parse(text);
		if (result != null && result.isObject()) {
			node.set("response", result);
		}
		else {
			JsonNode value = (result != null) ? result : this.json.getNodeFactory().stringNode(text);
			node.putObject("response").set("result", value);
		}
		return node;
	}

	private JsonNode parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return this.json.readTree(text);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static void tools(ObjectNode body, List<ToolDefinition> tools, ToolChoice choice) {
		ArrayNode declarations = body.putArray("tools").addObject().putArray("functionDeclarations");
		for (ToolDefinition tool : tools) {
			functionDeclaration(declarations.addObject(), tool);
		}
		if (choice == null) {
			return;
		}
		ObjectNode config = body.putObject("toolConfig").putObject("functionCallingConfig");
		switch (choice.mode()) {
			case AUTO -> config.put("mode", "AUTO");
			case NONE -> config.put("mode", "NONE");
			case REQUIRED -> config.put("mode", "ANY");
			case TOOL -> config.put("mode", "ANY").putArray("allowedFunctionNames").add(choice.toolName());
		}
	}

	/**
	 * Fill a node with a tool as a function declaration, its schema reduced to what Gemini accepts.
	 */
	static ObjectNode functionDeclaration(ObjectNode node, ToolDefinition tool) {
		node.put("name", tool.name())
			.put("description", tool.description())
			.set("parametersJsonSchema", GeminiSchemaSanitizer.sanitize(tool.parameters()));
		return node;
	}

	ObjectNode embeddings(List<String> inputs, String model, Integer dimensions) {
		ObjectNode body = this.json.createObjectNode();
		ArrayNode requests = body.putArray("requests");
		String name = "models/" + GeminiResponseMapper.modelId(model);
		for (String input : inputs) {
			ObjectNode request = requests.addObject().put("model", name);
			request.putObject("content").putArray("parts").addObject().put("text", input);
			if (dimensions != null) {
				request.put("outputDimensionality", dimensions);
			}
		}
		return body;
	}

}
