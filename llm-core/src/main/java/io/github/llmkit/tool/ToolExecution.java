package io.github.llmkit.tool;


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
		if (call == null) {
			throw new IllegalArgumentException("'call' must not be null");
		}
		if (result == null) {
			throw new IllegalArgumentException("'result' must not be null");
		}
	}

}
