package io.github.llmkit.test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's one shared JSON mapper and the few node helpers every renderer needs.
 */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.shared();

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	/**
	 * Parse a body, or return null when it is empty or not JSON.
	 */
	static JsonNode parseOrNull(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * Return a string node's value, any other present node as JSON text, or null when absent or null.
	 */
	static String text(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		return (node.isString()) ? node.stringValue() : node.toString();
	}

	/**
	 * Return a field spelled in lowerCamelCase or, when absent, in snake_case (proto3 JSON accepts both); a missing
	 * node when neither is present.
	 */
	static JsonNode field(JsonNode node, String camel, String snake) {
		return (node.has(camel)) ? node.get(camel) : node.path(snake);
	}

	static String quote(String value) {
		return MAPPER.writeValueAsString(value);
	}

}
