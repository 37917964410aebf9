package io.github.llmkit.tool;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.StreamListener;

/**
 * Forwards every round of a streamed tool loop to the caller's listener, except the completion of rounds that
 * only lead to tool calls: the caller sees {@link StreamListener#onComplete} once, with the final answer.
 */
final class LoopStreamListener implements ToolLoopListener {

	private final StreamListener delegate;

	LoopStreamListener(StreamListener delegate) {
		this.delegate = delegate;
	}

	@Override
	public void onDelta(ChatDelta delta) {
		this.delegate.onDelta(delta);
	}

	@Override
	public void onToolCall(ToolCall toolCall) {
		this.delegate.onToolCall(toolCall);
	}

	@Override
	public void onComplete(ChatResponse response) {
		if (!response.hasToolCalls()) {
			this.delegate.onComplete(response);
		}
	}

	@Override
	public void onToolResult(ToolExecution execution) {
		if (this.delegate instanceof ToolLoopListener loopListener) {
			loopListener.onToolResult(execution);
		}
	}

}
