package io.github.llmkit.tool;

import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tool the model may call: its definition and its behaviour. Executing a tool never throws for a failure
 * of the tool itself: malformed or invalid arguments and exceptions of the tool become error results that
 * are sent back to the model. Implementations must be thread-safe.
 *
 * @since 0.1.0
 * @see MethodTool
 * @see ToolRegistry
 */
public interface Tool {

	/**
	 * Return the definition offered to the model.
	 * @return the definition
	 */
	ToolDefinition definition();

	/**
	 * Run the tool with parsed arguments, validated against the definition's schema first.
	 * @param arguments the arguments object; null means none
	 * @return the result, an error result if the arguments are invalid or the tool failed
	 */
	ToolResult execute(JsonNode arguments);

	/**
	 * Run the tool with arguments given as JSON text, as the model produced them.
	 * @param arguments the JSON arguments; null or blank means none
	 * @return the result, an error result if the JSON is malformed, the arguments invalid or the tool failed
	 */
	ToolResult execute(String arguments);

	/**
	 * Return the tool name.
	 * @return the name of the definition
	 */
	default String name() {
		return definition().name();
	}

	/**
	 * Create a tool from a function of its JSON arguments. What the function returns is sent as the result: a
	 * string as-is, null as {@code {}}, anything else as JSON; what it throws becomes an error result.
	 * @param name the tool name
	 * @param description what the tool does, for the model
	 * @param parametersSchema the JSON Schema of the arguments object; an empty object schema when null
	 * @param function the behaviour, given validated arguments
	 * @return the tool
	 * @throws IllegalArgumentException if the name is invalid, the schema is not a JSON object schema, or the
	 * function is null
	 * @throws ToolException if the schema cannot be compiled
	 */
	static Tool of(String name, String description, String parametersSchema, Function<JsonNode, Object> function) {
		return new FunctionTool(ToolDefinition.of(name, description, parametersSchema), function,
				JsonMapper.shared());
	}

}
