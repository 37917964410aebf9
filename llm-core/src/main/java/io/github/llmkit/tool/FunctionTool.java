package io.github.llmkit.tool;

import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tool whose behaviour is a function of its JSON arguments.
 */
final class FunctionTool implements Tool {

	private final ToolInvoker invoker;

	private final ToolInvoker.Body body;

	FunctionTool(ToolDefinition definition, Function<JsonNode, Object> function, JsonMapper mapper) {
		if (function == null) {
			throw new IllegalArgumentException("'function' must not be null");
		}
		this.invoker = new ToolInvoker(definition, mapper);
		this.body = function::apply;
	}

	@Override
	public ToolDefinition definition() {
		return this.invoker.definition();
	}

	@Override
	public ToolResult execute(JsonNode arguments) {
		return this.invoker.execute(arguments, this.body);
	}

	@Override
	public ToolResult execute(String arguments) {
		return this.invoker.execute(arguments, this.body);
	}

	@Override
	public String toString() {
		return "Tool '" + definition().name() + "'";
	}

}
