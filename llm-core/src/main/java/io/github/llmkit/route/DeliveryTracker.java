package io.github.llmkit.route;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.tool.ToolCall;

/**
 * Forwards a member's stream to the caller's listener and remembers whether anything reached it, since after
 * that a route may no longer fail over.
 */
final class DeliveryTracker implements StreamListener {

	private final StreamListener delegate;

	private final String member;

	private boolean delivered;

	DeliveryTracker(StreamListener delegate, String member) {
		this.delegate = delegate;
		this.member = member;
	}

	boolean delivered() {
		return this.delivered;
	}

	@Override
	public void onDelta(ChatDelta delta) {
		this.delivered = true;
		this.delegate.onDelta(delta);
	}

	@Override
	public void onToolCall(ToolCall toolCall) {
		this.delivered = true;
		this.delegate.onToolCall(toolCall);
	}

	@Override
	public void onComplete(ChatResponse response) {
		this.delegate.onComplete(response.withAnsweredBy(this.member));
	}

}
