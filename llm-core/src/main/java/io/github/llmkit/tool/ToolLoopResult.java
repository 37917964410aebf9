package io.github.llmkit.tool;

import java.util.List;

import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.internal.Lists;

/**
 * The outcome of a tool loop.
 *
 * @param response the model's final answer, which requests no tools
 * @param transcript the whole conversation: the caller's messages, every assistant turn with its tool calls and
 * every tool result, and the final answer when it has text
 * @param executions every tool call of every round with its result, in order
 * @param rounds the number of rounds in which tools were executed
 * @since 0.1.0
 */
public record ToolLoopResult(ChatResponse response, List<Message> transcript, List<ToolExecution> executions,
		int rounds) {

	/**
	 * Create a result, copying the lists (null means empty).
	 * @throws IllegalArgumentException if the response or a list element is null
	 */
	public ToolLoopResult {
		if (response == null) {
			throw new IllegalArgumentException("'response' must not be null");
		}
		transcript = Lists.copyOf("transcript", transcript);
		executions = Lists.copyOf("executions", executions);
	}

	/**
	 * Return the text of the final answer.
	 * @return the text, empty when the model gave none
	 */
	public String text() {
		return this.response.text();
	}

}
