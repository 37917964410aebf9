package io.github.llmkit.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import io.github.llmkit.LlmException;

/**
 * A blocking call run on an executor as a {@link CompletableFuture}. {@code cancel(true)} interrupts the worker
 * thread while the call runs and marks the call cancelled, so that a stream listener wrapped by
 * {@link #guard} throws on its next event and the stream's connection is closed. The worker's interrupt flag
 * is cleared before the thread goes back to its executor.
 *
 * @param <T> the call's result
 */
final class CallTask<T> extends CompletableFuture<T> implements Runnable {

	private final String client;

	private final Function<CallTask<T>, T> call;

	private Thread worker;

	private boolean finished;

	private volatile boolean cancelled;

	private CallTask(String client, Function<CallTask<T>, T> call) {
		this.client = client;
		this.call = call;
	}

	static <T> CallTask<T> start(String client, Executor executor, Function<CallTask<T>, T> call) {
		CallTask<T> task = new CallTask<>(client, call);
		try {
			executor.execute(task);
		}
		catch (RejectedExecutionException ex) {
			task.completeExceptionally(new LlmException(client,
					client + ": the async executor rejected the call: " + ex.getMessage(), ex));
		}
		return task;
	}

	/**
	 * Return whether the future was cancelled; a stream listener checks this before every event.
	 * @return true once {@link #cancel} ran
	 */
	boolean cancelRequested() {
		return this.cancelled;
	}

	@Override
	public void run() {
		synchronized (this) {
			if (this.cancelled || isDone()) {
				this.finished = true;
				return;
			}
			this.worker = Thread.currentThread();
		}
		try {
			complete(this.call.apply(this));
		}
		catch (Throwable ex) {
			completeExceptionally(ex);
		}
		finally {
			synchronized (this) {
				this.worker = null;
				this.finished = true;
				if (this.cancelled) {
					Thread.interrupted();
				}
			}
		}
	}

	@Override
	public boolean cancel(boolean mayInterruptIfRunning) {
		this.cancelled = true;
		boolean result = super.cancel(mayInterruptIfRunning);
		synchronized (this) {
			if (mayInterruptIfRunning && this.worker != null && !this.finished) {
				this.worker.interrupt();
			}
		}
		return result;
	}

	String client() {
		return this.client;
	}

}
