package io.github.llmkit.chat;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.tool.ToolCall;

/**
 * A stream listener that records everything it receives, in order.
 */
public final class RecordingListener implements StreamListener {

	/** Every delta received. */
	public final List<ChatDelta> deltas = new ArrayList<>();

	/** Every complete tool call received. */
	public final List<ToolCall> toolCalls = new ArrayList<>();

	/** The aggregate passed to {@code onComplete}, if the stream ended normally. */
	public final List<ChatResponse> completed = new ArrayList<>();

	@Override
	public void onDelta(ChatDelta delta) {
		this.deltas.add(delta);
	}

	@Override
	public void onToolCall(ToolCall toolCall) {
		this.toolCalls.add(toolCall);
	}

	@Override
	public void onComplete(ChatResponse response) {
		this.completed.add(response);
	}

	/**
	 * Return the non-empty text pieces in arrival order.
	 * @return the pieces
	 */
	public List<String> textDeltas() {
		return this.deltas.stream().filter(ChatDelta::hasText).map(ChatDelta::text).toList();
	}

	/**
	 * Return the text pieces joined.
	 * @return the streamed text
	 */
	public String text() {
		return String.join("", textDeltas());
	}

}
