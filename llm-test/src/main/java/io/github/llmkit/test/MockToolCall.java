package io.github.llmkit.test;

import tools.jackson.databind.JsonNode;

/**
 * A tool call the simulator should make: the tool's name and its arguments as a JSON object text. Without an id the
 * simulator invents one in the requesting provider's style ({@code call_...}, {@code toolu_...}, nine alphanumerics
 * for Mistral).
 *
 * @param id the call id to send, or null to let the simulator choose one
 * @param name the tool name
 * @param arguments the arguments as JSON object text, e.g. {@code {"city":"Paris"}}
 * @since 0.1.0
 */
public record MockToolCall(String id, String name, String arguments) {

	/**
	 * Create a tool call, checking that the arguments are a JSON object.
	 */
	public MockToolCall {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("'name' must not be blank");
		}
		arguments = (arguments == null || arguments.isBlank()) ? "{}" : arguments;
		JsonNode parsed = Json.parseOrNull(arguments);
		if (parsed == null || !parsed.isObject()) {
			throw new IllegalArgumentException("'arguments' of tool call '" + name + "' must be a JSON object");
		}
	}

	/**
	 * Create a call of the named tool with the given JSON object arguments and a simulator-chosen id.
	 * @param name the tool name
	 * @param arguments the arguments as JSON object text
	 * @return the tool call
	 */
	public static MockToolCall of(String name, String arguments) {
		return new MockToolCall(null, name, arguments);
	}

	/**
	 * Return a copy that uses the given id on the wire.
	 * @param id the call id
	 * @return the copy
	 */
	public MockToolCall withId(String id) {
		return new MockToolCall(id, this.name, this.arguments);
	}

}
