package io.github.llmkit.chat;


import tools.jackson.databind.JsonNode;

/**
 * The shape the answer text must have: free text, any JSON object, or JSON matching a schema.
 *
 * @param type the kind of format
 * @param name a name for the schema (required by some providers), or null
 * @param schema the JSON Schema for {@link Type#JSON_SCHEMA}, else null
 * @param strict whether the provider should enforce the schema strictly where it can
 * @since 0.1.0
 */
public record ResponseFormat(Type type, String name, JsonNode schema, boolean strict) {

	/**
	 * Create a format, checking that a schema format has a schema.
	 */
	public ResponseFormat {
		if (type == null) {
			throw new IllegalArgumentException("'type' must not be null");
		}
		if (type == Type.JSON_SCHEMA && (schema == null || !schema.isObject())) {
			throw new IllegalArgumentException("A JSON_SCHEMA response format needs a JSON Schema object");
		}
	}

	/**
	 * Return the format for any JSON object.
	 * @return the JSON object format
	 */
	public static ResponseFormat json() {
		return new ResponseFormat(Type.JSON_OBJECT, null, null, false);
	}

	/**
	 * Return the format for JSON matching a schema, enforced strictly.
	 * @param name the schema name
	 * @param schema the JSON Schema
	 * @return the schema format
	 */
	public static ResponseFormat jsonSchema(String name, JsonNode schema) {
		return new ResponseFormat(Type.JSON_SCHEMA, (name != null) ? name : "response", schema, true);
	}

	/**
	 * The kinds of response format.
	 *
	 * @since 0.1.0
	 */
	public enum Type {

		/** Free text. */
		TEXT,

		/** Any JSON object. */
		JSON_OBJECT,

		/** JSON matching a schema. */
		JSON_SCHEMA

	}

}
