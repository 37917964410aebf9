package io.github.llmkit.tool;

import java.util.Iterator;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one tool the same way for every kind of tool: parse the arguments, validate them against the schema,
 * call the body, and encode what it returns; every failure becomes an error result. Thread-safe.
 * <p>
 * Result encoding: a {@link CharSequence} is sent as-is, nothing ({@code void} or null) as {@code {}}, anything
 * else as JSON; a non-finite number anywhere in the result makes it an error result.
 */
final class ToolInvoker {

	private static final String EMPTY_RESULT = "{}";

	private final ToolDefinition definition;

	private final ArgumentValidator validator;

	private final JsonMapper mapper;

	ToolInvoker(ToolDefinition definition, JsonMapper mapper) {
		this.definition = Objects.requireNonNull(definition, "'definition' must not be null");
		this.mapper = Objects.requireNonNull(mapper, "'mapper' must not be null");
		this.validator = ArgumentValidator.of(definition.name(), definition.parameters());
	}

	ToolDefinition definition() {
		return this.definition;
	}

	/**
	 * Parse JSON arguments, then run the body as {@link #execute(JsonNode, Body)} does.
	 * @param arguments the JSON text; null or blank means no arguments
	 * @param body the tool's behaviour
	 * @return the result, never null
	 */
	ToolResult execute(String arguments, Body body) {
		JsonNode node;
		try {
			node = this.mapper.readTree((arguments == null || arguments.isBlank()) ? "{}" : arguments);
		}
		catch (JacksonException ex) {
			return invalid("malformed JSON: " + ex.getOriginalMessage());
		}
		return execute(node, body);
	}

	/**
	 * Validate the arguments and run the body, turning every failure into an error result.
	 * @param arguments the parsed arguments; null means none
	 * @param body the tool's behaviour
	 * @return the result, never null
	 */
	ToolResult execute(JsonNode arguments, Body body) {
		JsonNode node = (arguments != null && !arguments.isMissingNode()) ? arguments
				: this.mapper.createObjectNode();
		String violations = this.validator.violations(node);
		if (violations != null) {
			return invalid(violations);
		}
		Object value;
		try {
			value = body.apply(node);
		}
		catch (InvalidArgumentException ex) {
			return invalid(ex.getMessage());
		}
		catch (VirtualMachineError ex) {
			throw ex;
		}
		catch (Throwable ex) {
			String reason = (ex.getMessage() != null && !ex.getMessage().isBlank()) ? ex.getMessage()
					: ex.getClass().getSimpleName();
			return ToolResult.failure(name(), "Tool '" + name() + "' failed: " + reason);
		}
		return encode(value);
	}

	private ToolResult encode(Object value) {
		if (value == null) {
			return ToolResult.success(name(), EMPTY_RESULT);
		}
		if (value instanceof CharSequence text) {
			return ToolResult.success(name(), text.toString());
		}
		JsonNode tree;
		try {
			tree = (value instanceof JsonNode node) ? node : this.mapper.valueToTree(value);
		}
		catch (JacksonException ex) {
			return ToolResult.failure(name(), "Tool '" + name() + "' returned a value that cannot be written as JSON: "
					+ ex.getOriginalMessage());
		}
		if (tree == null || tree.isNull() || tree.isMissingNode()) {
			return ToolResult.success(name(), EMPTY_RESULT);
		}
		if (hasNonFiniteNumber(tree)) {
			return ToolResult.failure(name(),
					"Tool '" + name() + "' returned a non-finite number (NaN or Infinity), which JSON cannot carry");
		}
		return ToolResult.success(name(), this.mapper.writeValueAsString(tree));
	}

	private static boolean hasNonFiniteNumber(JsonNode node) {
		if (node.isFloatingPointNumber()) {
			double number = node.asDouble();
			return Double.isNaN(number) || Double.isInfinite(number);
		}
		if (node.isContainer()) {
			Iterator<JsonNode> elements = node.values().iterator();
			while (elements.hasNext()) {
				if (hasNonFiniteNumber(elements.next())) {
					return true;
				}
			}
		}
		return false;
	}

	private ToolResult invalid(String reason) {
		return ToolResult.failure(name(), "Invalid arguments for tool '" + name() + "': " + reason);
	}

	private String name() {
		return this.definition.name();
	}

	/**
	 * The behaviour of a tool, given validated arguments.
	 */
	@FunctionalInterface
	interface Body {

		Object apply(JsonNode arguments) throws Throwable;

	}

	/**
	 * Arguments that passed the schema but could not be converted to the tool's types.
	 */
	static final class InvalidArgumentException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		InvalidArgumentException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
