package io.github.llmkit.async;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolExecution;
import io.github.llmkit.tool.ToolLoopListener;

/**
 * Passes every event to the caller's listener unless the call was cancelled, in which case it throws, so that
 * the blocking stream stops and closes its connection on the next event that arrives.
 */
final class GuardedListener implements ToolLoopListener {

	private final StreamListener delegate;

	private final BooleanSupplier cancelled;

	GuardedListener(StreamListener delegate, BooleanSupplier cancelled) {
		this.delegate = delegate;
		this.cancelled = cancelled;
	}

	@Override
	public void onDelta(ChatDelta delta) {
		check();
		this.delegate.onDelta(delta);
	}

	@Override
	public void onToolCall(ToolCall toolCall) {
		check();
		this.delegate.onToolCall(toolCall);
	}

	@Override
	public void onToolResult(ToolExecution execution) {
		check();
		if (this.delegate instanceof ToolLoopListener loopListener) {
			loopListener.onToolResult(execution);
		}
	}

	@Override
	public void onComplete(ChatResponse response) {
		check();
		this.delegate.onComplete(response);
	}

	private void check() {
		if (this.cancelled.getAsBoolean()) {
			throw new CancellationException("The stream was cancelled by its caller");
		}
	}

}
