package io.github.llmkit.autoconfigure.observation;

import io.github.llmkit.LlmClient;
import io.github.llmkit.tool.ToolLoopResult;

/**
 * The observation context of one tool loop: the parent of its model calls and tool executions.
 *
 * @since 0.1.0
 */
public final class ToolLoopObservationContext extends LlmObservationContext {

	private final String model;

	private ToolLoopResult result;

	/**
	 * Create the context of a loop.
	 * @param client the client the loop calls
	 */
	public ToolLoopObservationContext(LlmClient client) {
		super(client);
		this.model = client.defaultOptions().model();
	}

	/**
	 * Return the client's default model.
	 * @return the model, or null if the client does not say
	 */
	public String getModel() {
		return this.model;
	}

	/**
	 * Return the loop's result.
	 * @return the result, or null before the loop ended or after a failure
	 */
	public ToolLoopResult getResult() {
		return this.result;
	}

	/**
	 * Set the loop's result.
	 * @param result the result
	 */
	public void setResult(ToolLoopResult result) {
		this.result = result;
	}

}
