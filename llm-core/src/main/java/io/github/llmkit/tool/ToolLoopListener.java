package io.github.llmkit.tool;

import io.github.llmkit.chat.StreamListener;

/**
 * Receives a streamed tool loop: the text of every round as it arrives, each tool call once it is complete,
 * each tool result after its round has run, and {@link #onComplete} once, with the final answer. All methods
 * run on the thread that started the loop.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ToolLoopListener extends StreamListener {

	/**
	 * Called for every executed tool call, in call order, after all calls of its round have run.
	 * @param execution the call and its result
	 */
	default void onToolResult(ToolExecution execution) {
	}

}
