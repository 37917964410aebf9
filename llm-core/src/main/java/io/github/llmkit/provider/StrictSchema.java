package io.github.llmkit.provider;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites a JSON Schema into the subset a provider's constrained decoding accepts. OpenAI strict mode: every
 * object closed ({@code additionalProperties: false}) with every property required, optional properties made
 * nullable, {@code oneOf} as {@code anyOf}, a single {@code allOf} merged, {@code const} as a one-value
 * {@code enum}, and unsupported keywords moved into the {@code description} as {@code key: value}. Claude
 * structured output: objects closed, {@code required} kept, {@code minItems} only 0 or 1, the rest the same. A
 * schema that cannot be expressed (a map, an open object, nesting too deep) has no rewrite: the family then
 * falls back to a weaker mechanism. Results are cached per schema instance.
 *
 * @since 0.1.0
 */
public final class StrictSchema {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Set<String> DROPPED = Set.of("$schema", "$comment", "$id");

	private static final Dialect OPENAI = new Dialect(true,
			Set.of("type", "properties", "required", "additionalProperties", "items", "enum", "anyOf", "$defs",
					"$ref", "description", "title", "pattern", "format", "multipleOf", "maximum", "exclusiveMaximum",
					"minimum", "exclusiveMinimum", "minItems", "maxItems"),
			Set.of("date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"), 10);

	private static final Dialect ANTHROPIC = new Dialect(false,
			Set.of("type", "properties", "required", "additionalProperties", "items", "enum", "anyOf", "allOf",
					"$defs", "$ref", "description", "title", "format", "minItems"),
			Set.of("date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid"),
			Integer.MAX_VALUE);

	private static final SchemaCache OPENAI_CACHE = new SchemaCache((schema) -> rewrite(schema, OPENAI));

	private static final SchemaCache ANTHROPIC_CACHE = new SchemaCache((schema) -> rewrite(schema, ANTHROPIC));

	private StrictSchema() {
	}

	/**
	 * Return a schema rewritten for OpenAI's strict mode (also used by xAI, Groq, OpenRouter and Mistral).
	 * @param schema the schema
	 * @return the rewrite, or null when strict mode cannot express the schema
	 */
	public static JsonNode openAi(JsonNode schema) {
		return OPENAI_CACHE.get(schema);
	}

	/**
	 * Return a schema rewritten for Claude's structured output.
	 * @param schema the schema
	 * @return the rewrite, or null when it cannot express the schema
	 */
	public static JsonNode anthropic(JsonNode schema) {
		return ANTHROPIC_CACHE.get(schema);
	}

	static JsonNode rewrite(JsonNode schema, Dialect dialect) {
		if (schema == null || !schema.isObject() || !isObjectSchema(schema)) {
			return null;
		}
		try {
			return new Rewrite(dialect).schema(schema, 0);
		}
		catch (NotExpressible ex) {
			return null;
		}
	}

	private static boolean isObjectSchema(JsonNode schema) {
		JsonNode type = schema.get("type");
		if (type != null && type.isArray()) {
			for (JsonNode item : type) {
				if ("object".equals(item.asString(""))) {
					return true;
				}
			}
		}
		return (type != null && "object".equals(type.asString(""))) || schema.has("properties");
	}

	private record Dialect(boolean allRequired, Set<String> keywords, Set<String> formats, int maxDepth) {
	}

	private static final class NotExpressible extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotExpressible() {
			super(null, null, false, false);
		}

	}

	private static final class Rewrite {

		private final Dialect dialect;

		Rewrite(Dialect dialect) {
			this.dialect = dialect;
		}

		ObjectNode schema(JsonNode schema, int depth) {
			if (!schema.isObject()) {
				throw new NotExpressible();
			}
			ObjectNode result = NODES.objectNode();
			List<String> moved = new ArrayList<>();
			JsonNode source = mergeSingleAllOf(schema);
			for (Map.Entry<String, JsonNode> field : source.properties()) {
				copy(result, field.getKey(), field.getValue(), depth, moved);
			}
			if (isObjectSchema(source)) {
				close(source, result, depth);
			}
			if (!moved.isEmpty()) {
				String description = result.path("description").asString("");
				result.put("description",
						(description.isEmpty() ? "" : description + " ") + "(" + String.join(", ", moved) + ")");
			}
			return result;
		}

		private JsonNode mergeSingleAllOf(JsonNode schema) {
			JsonNode allOf = schema.get("allOf");
			if (allOf == null || this.dialect.keywords().contains("allOf")) {
				return schema;
			}
			if (!allOf.isArray() || allOf.size() != 1 || !allOf.get(0).isObject()) {
				throw new NotExpressible();
			}
			ObjectNode merged = ((ObjectNode) allOf.get(0)).deepCopy();
			for (Map.Entry<String, JsonNode> field : schema.properties()) {
				if (!"allOf".equals(field.getKey())) {
					merged.set(field.getKey(), field.getValue());
				}
			}
			return merged;
		}

		private void copy(ObjectNode result, String name, JsonNode value, int depth, List<String> moved) {
			if (DROPPED.contains(name) || "properties".equals(name) || "required".equals(name)
					|| "additionalProperties".equals(name)) {
				return;
			}
			switch (name) {
				case "const" -> result.set("enum", NODES.arrayNode().add(value));
				case "oneOf", "anyOf", "allOf" -> result.set((name.equals("allOf")) ? "allOf" : "anyOf", list(value, depth));
				case "items" -> result.set("items", schema(value, depth));
				case "$defs", "definitions" -> {
					ObjectNode definitions = result.putObject("$defs");
					for (Map.Entry<String, JsonNode> entry : value.properties()) {
						definitions.set(entry.getKey(), schema(entry.getValue(), 0));
					}
				}
				case "$ref" -> result.put("$ref", value.asString("").replace("#/definitions/", "#/$defs/"));
				case "format" -> keepOrMove(result, name, value, this.dialect.formats().contains(value.asString("")),
						moved);
				case "minItems" -> keepOrMove(result, name, value,
						this.dialect.allRequired() || value.asInt(2) <= 1, moved);
				default -> keepOrMove(result, name, value, this.dialect.keywords().contains(name), moved);
			}
		}

		private static void keepOrMove(ObjectNode result, String name, JsonNode value, boolean keep,
				List<String> moved) {
			if (keep) {
				result.set(name, value);
			}
			else {
				moved.add(name + ": " + ((value.isString()) ? value.asString() : value.toString()));
			}
		}

		private ArrayNode list(JsonNode value, int depth) {
			if (!value.isArray()) {
				throw new NotExpressible();
			}
			ArrayNode array = NODES.arrayNode();
			value.forEach((item) -> array.add(schema(item, depth)));
			return array;
		}

		private void close(JsonNode source, ObjectNode result, int depth) {
			JsonNode additional = source.get("additionalProperties");
			JsonNode properties = source.get("properties");
			if ((additional != null && !additional.isBoolean()) || (additional != null && additional.asBoolean())
					|| properties == null || !properties.isObject() || depth >= this.dialect.maxDepth()) {
				throw new NotExpressible();
			}
			Set<String> required = new LinkedHashSet<>();
			source.path("required").forEach((name) -> required.add(name.asString("")));
			ObjectNode rewritten = NODES.objectNode();
			for (Map.Entry<String, JsonNode> property : properties.properties()) {
				ObjectNode value = schema(property.getValue(), depth + 1);
				rewritten.set(property.getKey(), (this.dialect.allRequired() && !required.contains(property.getKey()))
						? nullable(value) : value);
			}
			result.set("properties", rewritten);
			ArrayNode names = result.putArray("required");
			for (String name : (this.dialect.allRequired()) ? rewritten.propertyNames() : required) {
				names.add(name);
			}
			result.put("additionalProperties", false);
		}

		private static ObjectNode nullable(ObjectNode schema) {
			JsonNode type = schema.get("type");
			if (type != null && type.isString()) {
				if (!"null".equals(type.asString())) {
					schema.putArray("type").add(type.asString()).add("null");
				}
			}
			else if (type != null && type.isArray()) {
				if (!containsString(type, "null")) {
					((ArrayNode) type).add("null");
				}
			}
			else if (schema.get("anyOf") instanceof ArrayNode anyOf) {
				anyOf.addObject().put("type", "null");
				return schema;
			}
			else {
				ObjectNode wrapper = NODES.objectNode();
				wrapper.putArray("anyOf").add(schema).addObject().put("type", "null");
				return wrapper;
			}
			if (schema.get("enum") instanceof ArrayNode values && !containsNull(values)) {
				values.addNull();
			}
			return schema;
		}

		private static boolean containsString(JsonNode array, String value) {
			for (JsonNode item : array) {
				if (item.isString() && value.equals(item.asString())) {
					return true;
				}
			}
			return false;
		}

		private static boolean containsNull(ArrayNode array) {
			for (JsonNode item : array) {
				if (item.isNull()) {
					return true;
				}
			}
			return false;
		}

	}

}
