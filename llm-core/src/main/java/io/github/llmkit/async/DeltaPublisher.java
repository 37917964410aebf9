package io.github.llmkit.async;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.StreamListener;

/**
 * A cold publisher of one blocking stream call per subscriber: the call starts on the executor at the
 * subscriber's first request and hands its deltas over through a bounded buffer.
 */
final class DeltaPublisher implements Flow.Publisher<ChatDelta> {

	private final String client;

	private final Executor executor;

	private final Consumer<StreamListener> call;

	private final int bufferSize;

	DeltaPublisher(String client, Executor executor, Consumer<StreamListener> call, int bufferSize) {
		this.client = client;
		this.executor = executor;
		this.call = call;
		this.bufferSize = bufferSize;
	}

	@Override
	public void subscribe(Flow.Subscriber<? super ChatDelta> subscriber) {
		Objects.requireNonNull(subscriber, "'subscriber' must not be null");
		DeltaSubscription subscription = new DeltaSubscription(this.client, subscriber, this.executor, this.call,
				this.bufferSize);
		subscriber.onSubscribe(subscription);
		subscription.subscribed();
	}

}
