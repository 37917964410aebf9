package io.github.llmkit.provider.gemini;

import java.util.Map;
import java.util.Set;

import io.github.llmkit.provider.SchemaCache;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reduces a JSON Schema to the keywords Gemini documents for {@code parametersJsonSchema} and
 * {@code responseJsonSchema}, so that no request fails on a keyword the API does not know: {@code const}
 * becomes a one-value {@code enum}, every other unknown keyword ({@code $schema}, {@code allOf},
 * {@code exclusiveMinimum}, {@code pattern}, ...) is dropped, recursively. A schema that needs no change is
 * returned as is, without copying.
 */
final class GeminiSchemaSanitizer {

	private static final Set<String> KEYWORDS = Set.of("$id", "$defs", "$ref", "$anchor", "type", "format", "title",
			"description", "enum", "items", "prefixItems", "minItems", "maxItems", "minimum", "maximum", "anyOf",
			"oneOf", "properties", "additionalProperties", "required", "propertyOrdering");

	private static final Set<String> SCHEMA_MAPS = Set.of("properties", "$defs");

	private static final Set<String> SCHEMA_LISTS = Set.of("anyOf", "oneOf", "prefixItems");

	private static final Set<String> SCHEMA_VALUES = Set.of("items", "additionalProperties");

	private static final SchemaCache CACHE = new SchemaCache(GeminiSchemaSanitizer::sanitize);

	private GeminiSchemaSanitizer() {
	}

	/**
	 * Return the reduction of a schema, computed once per schema instance.
	 */
	static JsonNode cached(JsonNode schema) {
		return (schema != null) ? CACHE.get(schema) : null;
	}

	static JsonNode sanitize(JsonNode schema) {
		return (schema != null && needsChange(schema)) ? copy(schema) : schema;
	}

	private static boolean needsChange(JsonNode schema) {
		if (schema.isArray()) {
			for (JsonNode item : schema) {
				if (needsChange(item)) {
					return true;
				}
			}
			return false;
		}
		if (!schema.isObject()) {
			return false;
		}
		for (Map.Entry<String, JsonNode> field : schema.properties()) {
			String name = field.getKey();
			if (!KEYWORDS.contains(name)) {
				return true;
			}
			JsonNode value = field.getValue();
			if (SCHEMA_MAPS.contains(name) && value.isObject()) {
				for (Map.Entry<String, JsonNode> entry : value.properties()) {
					if (needsChange(entry.getValue())) {
						return true;
					}
				}
			}
			else if ((SCHEMA_LISTS.contains(name) || SCHEMA_VALUES.contains(name)) && needsChange(value)) {
				return true;
			}
		}
		return false;
	}

	private static JsonNode copy(JsonNode schema) {
		if (schema.isArray()) {
			ArrayNode array = JsonNodeFactory.instance.arrayNode(schema.size());
			schema.forEach((item) -> array.add(copy(item)));
			return array;
		}
		if (!schema.isObject()) {
			return schema;
		}
		ObjectNode result = JsonNodeFactory.instance.objectNode();
		for (Map.Entry<String, JsonNode> field : schema.properties()) {
			String name = field.getKey();
			JsonNode value = field.getValue();
			if ("const".equals(name) && !schema.has("enum")) {
				result.putArray("enum").add(value);
			}
			else if (SCHEMA_MAPS.contains(name) && value.isObject()) {
				ObjectNode map = result.putObject(name);
				for (Map.Entry<String, JsonNode> entry : value.properties()) {
					map.set(entry.getKey(), copy(entry.getValue()));
				}
			}
			else if (SCHEMA_LISTS.contains(name) || SCHEMA_VALUES.contains(name)) {
				result.set(name, copy(value));
			}
			else if (KEYWORDS.contains(name)) {
				result.set(name, value);
			}
		}
		return result;
	}

}
