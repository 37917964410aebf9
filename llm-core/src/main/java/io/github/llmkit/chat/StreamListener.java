package io.github.llmkit.chat;

import io.github.llmkit.tool.ToolCall;

/**
 * Receives a streamed answer as it arrives. All methods run on the thread that called the stream method, in
 * arrival order, as soon as each server-sent event is complete.
 * <p>
 * If a method throws, the stream is cancelled, its connection closed, and the exception is rethrown by the
 * stream method (wrapped in an {@link io.github.llmkit.LlmStreamException} when checked).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface StreamListener {

	/**
	 * Called for every increment, including ones that carry only a finish reason or usage.
	 * @param delta the increment
	 */
	void onDelta(ChatDelta delta);

	/**
	 * Called once per tool call when its arguments are complete, before {@link #onComplete}.
	 * @param toolCall the complete tool call
	 */
	default void onToolCall(ToolCall toolCall) {
	}

	/**
	 * Called once when the stream ended normally, with the aggregate the stream method then returns.
	 * @param response the complete response
	 */
	default void onComplete(ChatResponse response) {
	}

}
