package io.github.llmkit.autoconfigure.metrics;

import java.time.Duration;

import io.github.llmkit.autoconfigure.metrics.LlmClientMetrics.Call;
import io.github.llmkit.autoconfigure.observation.ChatObservationContext;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.tool.ToolCall;

/**
 * Passes a stream on to the caller's listener and times it: the first chunk (on the observation and as
 * {@code gen_ai.client.operation.time_to_first_chunk}) and every later one
 * ({@code gen_ai.client.operation.time_per_output_chunk}). Runs on the stream's thread.
 */
final class ChunkTimingListener implements StreamListener {

	private final StreamListener listener;

	private final ChatObservationContext context;

	private final LlmClientMetrics metrics;

	private final Call call;

	private long last;

	private boolean first = true;

	ChunkTimingListener(StreamListener listener, long start, ChatObservationContext context, LlmClientMetrics metrics,
			Call call) {
		this.listener = listener;
		this.last = start;
		this.context = context;
		this.metrics = metrics;
		this.call = call;
	}

	@Override
	public void onDelta(ChatDelta delta) {
		long now = System.nanoTime();
		long gap = now - this.last;
		this.last = now;
		if (this.first) {
			this.first = false;
			this.context.setTimeToFirstChunk(Duration.ofNanos(gap));
			if (this.metrics != null) {
				this.metrics.recordFirstChunk(this.call, gap);
			}
		}
		else if (this.metrics != null) {
			this.metrics.recordChunkGap(this.call, gap);
		}
		this.listener.onDelta(delta);
	}

	@Override
	public void onToolCall(ToolCall toolCall) {
		this.listener.onToolCall(toolCall);
	}

	@Override
	public void onComplete(ChatResponse response) {
		this.listener.onComplete(response);
	}

}
