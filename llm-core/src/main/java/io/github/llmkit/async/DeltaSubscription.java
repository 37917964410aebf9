package io.github.llmkit.async;

import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import io.github.llmkit.LlmException;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.StreamListener;

/**
 * One subscriber's stream. The worker thread runs the blocking call and puts each delta into a buffer of
 * fixed capacity, waiting while it is full, so that a slow subscriber stops the reads from the socket and TCP
 * flow control reaches the server. Signals to the subscriber are serialised by a work-in-progress counter and
 * may run on the worker or on the thread that calls {@link #request}. Cancelling wakes and interrupts the
 * worker; the stream's listener then throws, which closes the connection.
 */
final class DeltaSubscription implements Flow.Subscription, StreamListener, Runnable {

	private final String client;

	private final Flow.Subscriber<? super ChatDelta> subscriber;

	private final Executor executor;

	private final Consumer<StreamListener> call;

	private final int capacity;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition space = this.lock.newCondition();

	private final ArrayDeque<ChatDelta> buffer;

	private final AtomicInteger wip = new AtomicInteger(1);

	private final AtomicBoolean started = new AtomicBoolean();

	private long requested;

	private Thread worker;

	private volatile boolean cancelled;

	private volatile boolean done;

	private volatile Throwable failure;

	private volatile Throwable badRequest;

	private boolean terminated;

	DeltaSubscription(String client, Flow.Subscriber<? super ChatDelta> subscriber, Executor executor,
			Consumer<StreamListener> call, int capacity) {
		this.client = client;
		this.subscriber = subscriber;
		this.executor = executor;
		this.call = call;
		this.capacity = capacity;
		this.buffer = new ArrayDeque<>(capacity);
	}

	/**
	 * Called by the publisher once {@code onSubscribe} returned: signals held back during it go out now.
	 */
	void subscribed() {
		drainLoop(1);
	}

	@Override
	public void request(long n) {
		if (n <= 0) {
			this.badRequest = new IllegalArgumentException(
					"request(n) needs a positive n (Reactive Streams rule 3.9), was " + n);
			stop();
			drain();
			return;
		}
		this.lock.lock();
		try {
			long sum = this.requested + n;
			this.requested = (sum < 0) ? Long.MAX_VALUE : sum;
		}
		finally {
			this.lock.unlock();
		}
		if (this.started.compareAndSet(false, true)) {
			start();
		}
		drain();
	}

	@Override
	public void cancel() {
		stop();
		drain();
	}

	private void start() {
		try {
			this.executor.execute(this);
		}
		catch (RejectedExecutionException ex) {
			this.failure = new LlmException(this.client,
					this.client + ": the async executor rejected the stream: " + ex.getMessage(), ex);
			this.done = true;
		}
	}

	@Override
	public void run() {
		this.lock.lock();
		try {
			if (this.cancelled) {
				this.done = true;
				return;
			}
			this.worker = Thread.currentThread();
		}
		finally {
			this.lock.unlock();
		}
		try {
			this.call.accept(this);
		}
		catch (Throwable ex) {
			if (!this.cancelled) {
				this.failure = ex;
			}
		}
		finally {
			this.lock.lock();
			try {
				this.worker = null;
			}
			finally {
				this.lock.unlock();
			}
			if (this.cancelled) {
				Thread.interrupted();
			}
			this.done = true;
			drain();
		}
	}

	@Override
	public void onDelta(ChatDelta delta) {
		this.lock.lock();
		try {
			while (this.buffer.size() >= this.capacity && !this.cancelled) {
				this.space.await();
			}
			if (this.cancelled) {
				throw new CancellationException("The subscriber cancelled the stream");
			}
			this.buffer.add(delta);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LlmException(this.client, this.client + ": stream was interrupted while waiting for the subscriber",
					ex);
		}
		finally {
			this.lock.unlock();
		}
		drain();
	}

	private void stop() {
		this.cancelled = true;
		this.lock.lock();
		try {
			this.buffer.clear();
			this.space.signalAll();
			if (this.worker != null) {
				this.worker.interrupt();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private void drain() {
		if (this.wip.getAndIncrement() == 0) {
			drainLoop(1);
		}
	}

	private void drainLoop(int initial) {
		int missed = initial;
		while (true) {
			emit();
			missed = this.wip.addAndGet(-missed);
			if (missed == 0) {
				return;
			}
		}
	}

	private void emit() {
		while (!this.terminated) {
			Throwable invalid = this.badRequest;
			if (invalid != null) {
				this.terminated = true;
				this.subscriber.onError(invalid);
				return;
			}
			if (this.cancelled) {
				this.terminated = true;
				return;
			}
			boolean finished = this.done;
			ChatDelta next = poll();
			if (next != null) {
				deliver(next);
			}
			else {
				if (finished && isEmpty()) {
					this.terminated = true;
					Throwable error = this.failure;
					if (error != null) {
						this.subscriber.onError(error);
					}
					else {
						this.subscriber.onComplete();
					}
				}
				return;
			}
		}
	}

	private ChatDelta poll() {
		this.lock.lock();
		try {
			if (this.requested == 0 || this.buffer.isEmpty()) {
				return null;
			}
			if (this.requested != Long.MAX_VALUE) {
				this.requested--;
			}
			this.space.signal();
			return this.buffer.poll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private boolean isEmpty() {
		this.lock.lock();
		try {
			return this.buffer.isEmpty();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void deliver(ChatDelta delta) {
		try {
			this.subscriber.onNext(delta);
		}
		catch (Throwable ex) {
			stop();
			this.terminated = true;
		}
	}

}
