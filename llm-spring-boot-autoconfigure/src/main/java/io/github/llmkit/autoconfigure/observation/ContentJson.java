package io.github.llmkit.autoconfigure.observation;

import java.util.List;
import java.util.Locale;

import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.Role;
import io.github.llmkit.tool.ToolCall;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes prompts and answers in the JSON shapes of the GenAI conventions' opt-in content attributes: messages
 * of a role and parts ({@code text}, {@code tool_call}, {@code tool_call_response}).
 */
final class ContentJson {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private ContentJson() {
	}

	static String systemInstructions(List<Message> messages) {
		ArrayNode parts = mapper.createArrayNode();
		for (Message message : messages) {
			if (message.role() == Role.SYSTEM) {
				parts.add(text(message.text()));
			}
		}
		return (parts.isEmpty()) ? null : mapper.writeValueAsString(parts);
	}

	static String inputMessages(List<Message> messages) {
		ArrayNode array = mapper.createArrayNode();
		for (Message message : messages) {
			if (message.role() != Role.SYSTEM) {
				array.add(message(message));
			}
		}
		return mapper.writeValueAsString(array);
	}

	static String outputMessages(ChatResponse response) {
		ObjectNode message = mapper.createObjectNode();
		message.put("role", "assistant");
		ArrayNode parts = message.putArray("parts");
		if (!response.text().isEmpty()) {
			parts.add(text(response.text()));
		}
		response.toolCalls().forEach((call) -> parts.add(toolCall(call)));
		message.put("finish_reason", response.finishReason().name().toLowerCase(Locale.ROOT));
		return mapper.writeValueAsString(mapper.createArrayNode().add(message));
	}

	private static ObjectNode message(Message message) {
		ObjectNode node = mapper.createObjectNode();
		node.put("role", message.role().name().toLowerCase(Locale.ROOT));
		ArrayNode parts = node.putArray("parts");
		if (message.role() == Role.TOOL) {
			ObjectNode response = parts.addObject();
			response.put("type", "tool_call_response");
			response.put("id", message.toolCallId());
			response.put("response", message.text());
			return node;
		}
		if (message.text() != null && !message.text().isEmpty()) {
			parts.add(text(message.text()));
		}
		message.toolCalls().forEach((call) -> parts.add(toolCall(call)));
		return node;
	}

	private static ObjectNode text(String content) {
		ObjectNode part = mapper.createObjectNode();
		part.put("type", "text");
		part.put("content", content);
		return part;
	}

	private static ObjectNode toolCall(ToolCall call) {
		ObjectNode part = mapper.createObjectNode();
		part.put("type", "tool_call");
		part.put("id", call.id());
		part.put("name", call.name());
		part.put("arguments", call.arguments());
		return part;
	}

}
