package io.github.llmkit.demo.agent;

import io.github.llmkit.tool.ToolExecution;

/**
 * One tool call of a tool loop and its result.
 *
 * @param id the call id
 * @param name the tool name
 * @param arguments the arguments the model sent, as JSON text
 * @param result the result sent back to the model: JSON, or an error message
 * @param error whether the tool failed or the arguments were invalid
 * @since 0.1.0
 */
public record ToolStep(String id, String name, String arguments, String result, boolean error) {

	/**
	 * Create the step of an execution.
	 * @param execution the call and its result
	 * @return the step
	 */
	public static ToolStep of(ToolExecution execution) {
		return new ToolStep(execution.call().id(), execution.call().name(), execution.call().arguments(),
				execution.result().content(), execution.result().error());
	}

}
