package io.github.llmkit.tool;

import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tool the model may call: its name, what it does, and a JSON Schema of its parameters.
 *
 * @param name the tool name, 1 to 64 letters, digits, {@code _} or {@code -}
 * @param description what the tool does, for the model
 * @param parameters a JSON Schema of {@code "type": "object"} describing the arguments; an empty object schema
 * when null
 * @since 0.1.0
 */
public record ToolDefinition(String name, String description, JsonNode parameters) {

	private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

	/**
	 * Create a definition, checking the name and defaulting the parameters to an empty object schema.
	 * @throws IllegalArgumentException if the name is invalid or the parameters are not an object schema
	 */
	public ToolDefinition {
		if (name == null) {
			throw new IllegalArgumentException("'name' must not be null");
		}
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"Tool name '" + name + "' is invalid: use 1 to 64 letters, digits, '_' or '-'");
		}
		description = (description != null) ? description : "";
		if (parameters == null || parameters.isNull()) {
			ObjectNode empty = JsonMapper.shared().createObjectNode();
			empty.put("type", "object");
			empty.putObject("properties");
			parameters = empty;
		}
		else if (!parameters.isObject()) {
			throw new IllegalArgumentException("Parameters of tool '" + name + "' must be a JSON Schema object");
		}
		else if (parameters.has("type") && !"object".equals(parameters.get("type").asString(""))) {
			throw new IllegalArgumentException("Parameters of tool '" + name
					+ "' must be an object schema (\"type\": \"object\"), was \"type\": " + parameters.get("type"));
		}
	}

	/**
	 * Create a definition from a schema given as JSON text.
	 * @param name the tool name
	 * @param description what the tool does, or null for none
	 * @param parametersJson the JSON Schema of the parameters; an empty object schema when null or blank
	 * @return the definition
	 * @throws IllegalArgumentException if the name is invalid or the schema is not a JSON object
	 */
	public static ToolDefinition of(String name, String description, String parametersJson) {
		return new ToolDefinition(name, description, parse(name, parametersJson));
	}

	private static JsonNode parse(String name, String parametersJson) {
		if (parametersJson == null || parametersJson.isBlank()) {
			return null;
		}
		try {
			return JsonMapper.shared().readTree(parametersJson);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(
					"Parameters of tool '" + name + "' are not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

}
