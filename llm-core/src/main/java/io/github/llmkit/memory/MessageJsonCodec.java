package io.github.llmkit.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.Role;
import io.github.llmkit.content.ContentPart;
import io.github.llmkit.content.TextPart;
import io.github.llmkit.tool.ToolCall;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads a {@link StoredMessage} as one JSON object. A message of one text part is written as
 * {@code "text"}; other content as a {@code "content"} array of typed parts, images and documents inline
 * (their bytes base64-encoded) or by their URL. Fields that are null or empty are left out, so the text stays
 * small and a field added later reads as absent from older rows.
 */
final class MessageJsonCodec {

	private static final JsonMapper JSON = JsonMapper.shared();

	private MessageJsonCodec() {
	}

	static String write(StoredMessage stored) {
		Message message = stored.message();
		ObjectNode node = JSON.createObjectNode();
		node.put("role", message.role().name().toLowerCase(Locale.ROOT));
		List<ContentPart> content = message.content();
		if (content.size() == 1 && content.get(0) instanceof TextPart only) {
			node.put("text", only.text());
		}
		else if (!content.isEmpty()) {
			ArrayNode parts = node.putArray("content");
			for (ContentPart part : content) {
				parts.add(JSON.valueToTree(part));
			}
		}
		if (!message.toolCalls().isEmpty()) {
			ArrayNode calls = node.putArray("toolCalls");
			for (ToolCall call : message.toolCalls()) {
				ObjectNode item = calls.addObject().put("id", call.id()).put("name", call.name());
				item.put("arguments", call.arguments());
				putIfSet(item, "signature", call.signature());
			}
		}
		putIfSet(node, "toolCallId", message.toolCallId());
		putIfSet(node, "toolName", message.toolName());
		if (message.error()) {
			node.put("error", true);
		}
		if (!message.reasoning().isEmpty()) {
			ArrayNode blocks = node.putArray("reasoning");
			for (ReasoningBlock block : message.reasoning()) {
				ObjectNode item = blocks.addObject();
				putIfSet(item, "text", block.text());
				putIfSet(item, "signature", block.signature());
				putIfSet(item, "redactedData", block.redactedData());
				putIfSet(item, "details", block.details());
			}
		}
		if (stored.tokens() != null) {
			node.put("tokens", stored.tokens());
		}
		return JSON.writeValueAsString(node);
	}

	static StoredMessage read(String json) {
		if (json == null) {
			throw new IllegalArgumentException("'json' must not be null");
		}
		JsonNode node;
		try {
			node = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Stored message is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		if (node == null || !node.isObject()) {
			throw new IllegalArgumentException("Stored message must be a JSON object, was: " + abbreviate(json));
		}
		Role role = role(node.path("role").asString(""), json);
		List<ToolCall> calls = new ArrayList<>();
		for (JsonNode call : node.path("toolCalls")) {
			calls.add(new ToolCall(text(call, "id"), text(call, "name"), text(call, "arguments"),
					text(call, "signature")));
		}
		List<ReasoningBlock> reasoning = new ArrayList<>();
		for (JsonNode block : node.path("reasoning")) {
			reasoning.add(new ReasoningBlock(text(block, "text"), text(block, "signature"),
					text(block, "redactedData"), text(block, "details")));
		}
		Message message = new Message(role, content(node, json), calls, text(node, "toolCallId"),
				text(node, "toolName"), node.path("error").asBoolean(false), reasoning);
		JsonNode tokens = node.get("tokens");
		return new StoredMessage(message, (tokens != null && tokens.isNumber()) ? tokens.asInt() : null);
	}

	private static List<ContentPart> content(JsonNode node, String json) {
		String text = text(node, "text");
		if (text != null) {
			return List.of(ContentPart.text(text));
		}
		List<ContentPart> parts = new ArrayList<>();
		for (JsonNode part : node.path("content")) {
			try {
				parts.add(JSON.treeToValue(part, ContentPart.class));
			}
			catch (JacksonException ex) {
				throw new IllegalArgumentException("Stored message has a content part that cannot be read ("
						+ ex.getOriginalMessage() + "): " + abbreviate(json), ex);
			}
		}
		return parts;
	}

	private static Role role(String name, String json) {
		for (Role role : Role.values()) {
			if (role.name().equalsIgnoreCase(name)) {
				return role;
			}
		}
		throw new IllegalArgumentException("Stored message has no valid 'role' (system, user, assistant or tool): "
				+ abbreviate(json));
	}

	private static void putIfSet(ObjectNode node, String field, String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	private static String abbreviate(String json) {
		return (json.length() > 80) ? json.substring(0, 80) + "..." : json;
	}

}
