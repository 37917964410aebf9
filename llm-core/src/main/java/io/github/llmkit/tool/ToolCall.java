package io.github.llmkit.tool;


/**
 * One tool invocation requested by the model.
 *
 * @param id the provider's call id (a stable synthetic id where the provider sends none); never null
 * @param name the tool name; never null
 * @param arguments the arguments as a JSON text, exactly as the model produced it (it may be malformed)
 * @param signature an opaque provider signature that must be echoed back with the call (Gemini's
 * {@code thoughtSignature}), or null
 * @since 0.1.0
 */
public record ToolCall(String id, String name, String arguments, String signature) {

	/**
	 * Create a tool call, requiring an id and a name and defaulting empty arguments to {@code {}}.
	 */
	public ToolCall {
		if (id == null) {
			throw new IllegalArgumentException("'id' must not be null");
		}
		if (name == null) {
			throw new IllegalArgumentException("'name' must not be null");
		}
		arguments = (arguments == null || arguments.isBlank()) ? "{}" : arguments;
	}

	/**
	 * Create a tool call without a provider signature.
	 * @param id the call id
	 * @param name the tool name
	 * @param arguments the JSON arguments
	 * @return the tool call
	 */
	public static ToolCall of(String id, String name, String arguments) {
		return new ToolCall(id, name, arguments, null);
	}

}
