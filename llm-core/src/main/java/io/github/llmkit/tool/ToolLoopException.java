package io.github.llmkit.tool;

import java.util.List;

import io.github.llmkit.LlmException;
import io.github.llmkit.chat.Message;
import io.github.llmkit.internal.Lists;

/**
 * The model still requested tools after the tool loop's last allowed round. Carries the conversation so far
 * and the calls that were not executed, so the caller can inspect or resume it.
 *
 * @since 0.1.0
 */
public class ToolLoopException extends LlmException {

	private static final long serialVersionUID = 1L;

	private final transient List<Message> transcript;

	private final transient List<ToolCall> pendingCalls;

	private final transient List<ToolExecution> executions;

	/**
	 * Create an exception.
	 * @param client the client name
	 * @param message what happened
	 * @param transcript the conversation up to, excluding, the assistant turn with the pending calls
	 * @param pendingCalls the calls of the last response, not executed
	 * @param executions every executed call with its result, in order
	 */
	public ToolLoopException(String client, String message, List<Message> transcript, List<ToolCall> pendingCalls,
			List<ToolExecution> executions) {
		super(client, message);
		this.transcript = Lists.copyOf("transcript", transcript);
		this.pendingCalls = Lists.copyOf("pendingCalls", pendingCalls);
		this.executions = Lists.copyOf("executions", executions);
	}

	/**
	 * Return the conversation so far, up to but excluding the assistant turn with the pending calls.
	 * @return the messages
	 */
	public List<Message> transcript() {
		return this.transcript;
	}

	/**
	 * Return the tool calls the model requested last, which were not executed.
	 * @return the calls
	 */
	public List<ToolCall> pendingCalls() {
		return this.pendingCalls;
	}

	/**
	 * Return every executed call with its result, in order.
	 * @return the executions
	 */
	public List<ToolExecution> executions() {
		return this.executions;
	}

}
