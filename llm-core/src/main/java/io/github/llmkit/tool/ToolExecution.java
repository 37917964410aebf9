package io.github.llmkit.tool;

import java.util.Objects;

/**
 * One tool call the model made and what its execution returned.
 *
 * @param call the model's call
 * @param result the result sent back to the model, an error result if the call failed
 * @since 0.1.0
 */
public record ToolExecution(ToolCall call, ToolResult result) {

	/**
	 * Create an execution, requiring both parts.
	 */
	public ToolExecution {
		Objects.requireNonNull(call, "'call' must not be null");
		Objects.requireNonNull(result, "'result' must not be null");
	}

}
