package io.github.llmkit.autoconfigure.observation;

import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolDefinition;
import io.github.llmkit.tool.ToolExecution;
import io.micrometer.observation.Observation;

/**
 * The observation context of one tool execution.
 *
 * @since 0.1.0
 */
public final class ToolExecutionObservationContext extends Observation.Context {

	private final ToolCall call;

	private final ToolDefinition definition;

	private final ToolLoopObservationContext loop;

	private ToolExecution execution;

	/**
	 * Create the context of an execution.
	 * @param call the model's call
	 * @param definition the called tool, or null if the model named an unknown tool
	 * @param loop the context of the loop that runs the tool, or null outside a loop
	 */
	public ToolExecutionObservationContext(ToolCall call, ToolDefinition definition, ToolLoopObservationContext loop) {
		this.call = call;
		this.definition = definition;
		this.loop = loop;
	}

	/**
	 * Return the model's call.
	 * @return the call
	 */
	public ToolCall getCall() {
		return this.call;
	}

	/**
	 * Return the called tool.
	 * @return the definition, or null for an unknown tool
	 */
	public ToolDefinition getDefinition() {
		return this.definition;
	}

	/**
	 * Return the context of the loop that runs the tool.
	 * @return the loop's context, or null outside a loop
	 */
	public ToolLoopObservationContext getLoop() {
		return this.loop;
	}

	/**
	 * Return the execution.
	 * @return the call with its result, or null before the tool returned
	 */
	public ToolExecution getExecution() {
		return this.execution;
	}

	/**
	 * Set the execution.
	 * @param execution the call with its result
	 */
	public void setExecution(ToolExecution execution) {
		this.execution = execution;
	}

}
