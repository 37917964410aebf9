package io.github.llmkit.test;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's structured answers: a deterministic JSON value matching a requested JSON Schema, as a model
 * constrained by it would write. A property's value is taken from {@code name: value} in the conversation's text
 * when it is there (so that an extraction prompt gets its values back), else made up from the schema: the first
 * enum value, a sample of the string format, the minimum of a number, one array element. {@code $ref} into
 * {@code $defs} is followed, a nullable value deeper than a few levels is null. The JSON is pretty-printed, as
 * models tend to write it, so that a stream carries it in several pieces.
 */
final class SchemaAnswers {

	private static final int MAX_DEPTH = 6;

	private SchemaAnswers() {
	}

	/**
	 * Return a JSON text matching the schema.
	 * @param schema the JSON Schema
	 * @param source the text values are looked up in, may be null
	 */
	static String json(JsonNode schema, String source) {
		return Json.MAPPER.writerWithDefaultPrettyPrinter()
			.writeValueAsString(value(schema, schema, (source != null) ? source : "", "value", 0));
	}

	private static JsonNode value(JsonNode schema, JsonNode root, String source, String name, int depth) {
		if (schema.has("$ref")) {
			String ref = schema.get("$ref").asString("");
			JsonNode target = (ref.equals("#")) ? root : root.at(ref.substring(1));
			return (depth > MAX_DEPTH || target.isMissingNode()) ? Json.MAPPER.nullNode()
					: value(target, root, source, name, depth + 1);
		}
		for (String union : new String[] { "anyOf", "oneOf" }) {
			if (schema.path(union).isArray() && !schema.get(union).isEmpty()) {
				JsonNode chosen = schema.get(union).get(0);
				for (JsonNode option : schema.get(union)) {
					if (!"null".equals(option.path("type").asString(""))) {
						chosen = option;
						break;
					}
				}
				return value(chosen, root, source, name, depth);
			}
		}
		if (schema.has("const")) {
			return schema.get("const");
		}
		if (schema.path("enum").isArray() && !schema.get("enum").isEmpty()) {
			for (JsonNode option : schema.get("enum")) {
				if (!option.isNull() && textMentions(source, option.asString(""))) {
					return option;
				}
			}
			return firstNonNull(schema.get("enum"));
		}
		String type = type(schema.get("type"));
		if (depth > MAX_DEPTH && isNullable(schema.get("type"))) {
			return Json.MAPPER.nullNode();
		}
		return switch (type) {
			case "object" -> object(schema, root, source, depth);
			case "array" -> array(schema, root, source, name, depth);
			case "integer" -> Json.MAPPER.getNodeFactory().numberNode(number(schema, source, name).longValue());
			case "number" -> Json.MAPPER.getNodeFactory().numberNode(number(schema, source, name).doubleValue());
			case "boolean" -> Json.MAPPER.getNodeFactory().booleanNode(true);
			case "null" -> Json.MAPPER.nullNode();
			default -> Json.MAPPER.getNodeFactory().stringNode(string(schema, source, name));
		};
	}

	private static ObjectNode object(JsonNode schema, JsonNode root, String source, int depth) {
		ObjectNode object = Json.object();
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			object.set(property.getKey(), value(property.getValue(), root, source, property.getKey(), depth + 1));
		}
		return object;
	}

	private static ArrayNode array(JsonNode schema, JsonNode root, String source, String name, int depth) {
		ArrayNode array = Json.array();
		int count = Math.max(1, schema.path("minItems").asInt(1));
		if (depth > MAX_DEPTH) {
			count = schema.path("minItems").asInt(0);
		}
		for (int i = 0; i < count; i++) {
			array.add(value(schema.path("items"), root, source, name, depth + 1));
		}
		return array;
	}

	private static String string(JsonNode schema, String source, String name) {
		String found = labelled(source, name, "([^,;\\n]+)");
		String format = schema.path("format").asString("");
		return switch (format) {
			case "date" -> (found != null && found.matches("\\d{4}-\\d{2}-\\d{2}")) ? found : "2026-01-15";
			case "date-time" -> "2026-01-15T10:00:00Z";
			case "time" -> "10:00:00";
			case "email" -> (found != null && found.contains("@")) ? found : "someone@example.com";
			case "uuid" -> "123e4567-e89b-12d3-a456-426614174000";
			case "uri" -> "https://example.com/";
			default -> (found != null) ? found : "sample " + name;
		};
	}

	private static Number number(JsonNode schema, String source, String name) {
		String found = labelled(source, name, "(-?\\d+(?:\\.\\d+)?)");
		if (found != null) {
			return Double.valueOf(found);
		}
		return (schema.has("minimum")) ? schema.get("minimum").asDouble() : 1;
	}

	/**
	 * Return the value written after {@code name:} (or {@code name =}) in the text, ignoring case, or null.
	 */
	private static String labelled(String source, String name, String valuePattern) {
		Matcher matcher = Pattern.compile("(?i)\\b" + Pattern.quote(name) + "\\s*[:=]\\s*" + valuePattern)
			.matcher(source);
		return (matcher.find()) ? matcher.group(1).strip() : null;
	}

	private static boolean textMentions(String source, String value) {
		return !value.isEmpty() && source.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
	}

	private static JsonNode firstNonNull(JsonNode values) {
		for (JsonNode value : values) {
			if (!value.isNull()) {
				return value;
			}
		}
		return Json.MAPPER.nullNode();
	}

	private static String type(JsonNode type) {
		if (type == null) {
			return "string";
		}
		if (type.isArray()) {
			for (JsonNode item : type) {
				if (!"null".equals(item.asString(""))) {
					return item.asString("");
				}
			}
			return "null";
		}
		return type.asString("string");
	}

	private static boolean isNullable(JsonNode type) {
		if (type == null || !type.isArray()) {
			return false;
		}
		for (JsonNode item : type) {
			if ("null".equals(item.asString(""))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return the JSON Schema written into an instruction text (JSON mode), or null when there is none: the
	 * outermost JSON object after the word {@code Schema}, or else the first in the text.
	 */
	static JsonNode fromInstructions(String text) {
		if (text == null) {
			return null;
		}
		int marker = text.indexOf("Schema");
		int start = text.indexOf('{', Math.max(marker, 0));
		if (start < 0) {
			return null;
		}
		int end = text.lastIndexOf('}');
		while (end > start) {
			JsonNode node = Json.parseOrNull(text.substring(start, end + 1));
			if (node != null && node.isObject() && (node.has("type") || node.has("properties"))) {
				return node;
			}
			end = text.lastIndexOf('}', end - 1);
		}
		return null;
	}

}
