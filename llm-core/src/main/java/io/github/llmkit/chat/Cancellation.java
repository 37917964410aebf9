package io.github.llmkit.chat;

/**
 * Stops one call from any thread: pass it with {@link ChatOptions.Builder#cancellation(Cancellation)}, then
 * {@link #cancel()} aborts the call's exchange (its connection is closed) within about 100 ms, and the call
 * throws {@link io.github.llmkit.LlmCancelledException}. Cancelling before the call starts makes it fail at
 * once. Use a new one per call: once cancelled it stays cancelled. Thread-safe.
 *
 * @since 0.1.0
 */
public final class Cancellation {

	private volatile boolean cancelled;

	/**
	 * Cancel the call this handle was given to; does nothing if it already finished. Never blocks.
	 */
	public void cancel() {
		this.cancelled = true;
	}

	/**
	 * Return whether {@link #cancel()} was called.
	 * @return true once cancelled
	 */
	public boolean isCancelled() {
		return this.cancelled;
	}

	@Override
	public String toString() {
		return "Cancellation[" + ((this.cancelled) ? "cancelled" : "active") + "]";
	}

}
