package io.github.llmkit.async;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import io.github.llmkit.chat.ChatDelta;

/**
 * Records what a publisher signals and requests only what the test asks for.
 */
final class TestSubscriber implements Flow.Subscriber<ChatDelta> {

	final List<ChatDelta> items = new CopyOnWriteArrayList<>();

	final List<Thread> threads = new CopyOnWriteArrayList<>();

	final CountDownLatch terminated = new CountDownLatch(1);

	final CountDownLatch first = new CountDownLatch(1);

	volatile Throwable error;

	volatile boolean completed;

	volatile Flow.Subscription subscription;

	private final long initialRequest;

	TestSubscriber(long initialRequest) {
		this.initialRequest = initialRequest;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		if (this.initialRequest > 0) {
			subscription.request(this.initialRequest);
		}
	}

	@Override
	public void onNext(ChatDelta item) {
		this.items.add(item);
		this.threads.add(Thread.currentThread());
		this.first.countDown();
	}

	@Override
	public void onError(Throwable throwable) {
		this.error = throwable;
		this.terminated.countDown();
	}

	@Override
	public void onComplete() {
		this.completed = true;
		this.terminated.countDown();
	}

	String text() {
		StringBuilder text = new StringBuilder();
		this.items.forEach((delta) -> text.append(delta.text()));
		return text.toString();
	}

	boolean awaitTermination() throws InterruptedException {
		return this.terminated.await(10, TimeUnit.SECONDS);
	}

}
