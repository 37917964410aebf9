package io.github.llmkit.chat;

import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The shape the answer text must have: free text, any JSON object, or JSON matching a schema.
 *
 * @param type the kind of format
 * @param name a name for the schema (required by some providers); {@code response} when null for a schema
 * @param schema the JSON Schema for {@link Type#JSON_SCHEMA}, else null
 * @param strict whether the provider should enforce the schema strictly where it can
 * @since 0.1.0
 */
public record ResponseFormat(Type type, String name, JsonNode schema, boolean strict) {

	private static final String DEFAULT_NAME = "response";

	private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

	/**
	 * Create a format, checking that a schema format has a schema and defaulting its name to {@code response}.
	 * @throws IllegalArgumentException if the type is null, the schema is missing (or given for another type), or
	 * the name is invalid
	 */
	public ResponseFormat {
		if (type == null) {
			throw new IllegalArgumentException("'type' must not be null");
		}
		if (type == Type.JSON_SCHEMA && (schema == null || !schema.isObject())) {
			throw new IllegalArgumentException("A JSON_SCHEMA response format needs a JSON Schema object");
		}
		if (type != Type.JSON_SCHEMA && schema != null) {
			throw new IllegalArgumentException("'schema' must be null for a " + type + " response format");
		}
		if (type == Type.JSON_SCHEMA && name == null) {
			name = DEFAULT_NAME;
		}
		if (name != null && !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"Response format name '" + name + "' is invalid: use 1 to 64 letters, digits, '_' or '-'");
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
	 * @param name the schema name (1 to 64 letters, digits, {@code _} or {@code -}), or null for {@code response}
	 * @param schema the JSON Schema object
	 * @return the schema format
	 */
	public static ResponseFormat jsonSchema(String name, JsonNode schema) {
		return new ResponseFormat(Type.JSON_SCHEMA, name, schema, true);
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
