package io.github.llmkit.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.github.llmkit.chat.Cancellation;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * One call in flight, from its start to its last attempt: the calling thread, the deadlines, the attempt's
 * request, and why the {@link Watchdog} stopped it, if it did. The calling thread moves it through its
 * phases; the watchdog only reads it and calls {@link #stop(Stop)}.
 */
final class Exchange {

	/** Why a call was stopped from outside its thread. */
	enum Stop {

		/** The calling thread was interrupted. */
		INTERRUPTED,

		/** The call's {@link Cancellation} was cancelled. */
		CANCELLED,

		/** The call's deadline passed ({@code timeout}, or {@code streamTimeout} once a stream is open). */
		DEADLINE,

		/** An open stream went without an event for longer than the stream idle timeout. */
		IDLE

	}

	private static final long NONE = Long.MAX_VALUE;

	private final Thread thread = Thread.currentThread();

	private final Cancellation cancellation;

	private final long start = System.nanoTime();

	private final long openDeadline;

	private final long streamDeadline;

	private final long idleNanos;

	private final boolean stream;

	private volatile long deadline;

	private volatile boolean streaming;

	private volatile Cancellable request;

	private volatile Stop stop;

	/** Events of the open stream so far; written by the calling thread only. */
	private volatile int events;

	private volatile long progress;

	private int seenEvents;

	private long leaseWait;

	Exchange(Duration timeout, Duration streamTimeout, Duration idle, Cancellation cancellation) {
		this.cancellation = cancellation;
		this.openDeadline = this.start + timeout.toNanos();
		this.streamDeadline = (streamTimeout != null) ? this.start + streamTimeout.toNanos() : NONE;
		this.idleNanos = (idle != null) ? idle.toNanos() : 0;
		this.stream = (idle != null);
		this.deadline = this.openDeadline;
	}

	/**
	 * Watch an attempt's request; a call already stopped cancels it at once.
	 */
	void attempt(Cancellable request) {
		this.request = request;
		if (this.stop != null) {
			request.cancel();
		}
	}

	/**
	 * The stream is open: from now on the stream deadline and the idle timeout apply.
	 */
	void opened() {
		this.progress = System.nanoTime();
		this.deadline = this.streamDeadline;
		this.streaming = true;
	}

	/**
	 * Back to waiting for a stream to open, before a new attempt; forgets an idle stop of the last one.
	 */
	void reopen() {
		this.streaming = false;
		this.deadline = this.openDeadline;
		if (this.stop == Stop.IDLE) {
			this.stop = null;
		}
	}

	/**
	 * Count an event of the open stream (comments are no events).
	 */
	void event() {
		this.events++;
	}

	/**
	 * Remember how long the current attempt may wait for a pooled connection, for the exhaustion message.
	 */
	void leaseWait(long millis) {
		this.leaseWait = millis;
	}

	long leaseWait() {
		return this.leaseWait;
	}

	Stop stop() {
		return this.stop;
	}

	/**
	 * Return the time left before the current deadline, or null when there is none.
	 */
	Duration remaining() {
		long at = this.deadline;
		return (at == NONE) ? null : Duration.ofNanos(Math.max(0, at - System.nanoTime()));
	}

	/**
	 * Return the operation as messages name it: {@code chat stream} for a streamed call.
	 */
	String describe(HttpCall call) {
		return (this.stream) ? call.operation() + " stream" : call.operation();
	}

	boolean streaming() {
		return this.streaming;
	}

	/**
	 * Wait before a retry on the calling thread; the system sleeper is replaced by a park that the watchdog
	 * ends early when it stops the call.
	 * @return false when the call was stopped (interrupted, cancelled, past its deadline) meanwhile
	 */
	boolean pause(Duration delay, Sleeper sleeper) {
		try {
			if (sleeper != Sleeper.SYSTEM) {
				sleeper.sleep(delay);
			}
			else {
				long until = System.nanoTime() + delay.toNanos();
				long left;
				while (this.stop == null && (left = until - System.nanoTime()) > 0) {
					LockSupport.parkNanos(this, left);
					if (Thread.interrupted()) {
						throw new InterruptedException();
					}
				}
			}
		}
		catch (InterruptedException ex) {
			stop(Stop.INTERRUPTED);
		}
		return this.stop == null;
	}

	/**
	 * Check this call at a tick of the watchdog, and stop it when its thread was interrupted, it was cancelled,
	 * its deadline passed or its open stream stayed silent.
	 */
	void check(long now) {
		if (this.stop != null) {
			return;
		}
		if (this.thread.isInterrupted()) {
			stop(Stop.INTERRUPTED);
		}
		else if (this.cancellation != null && this.cancellation.isCancelled()) {
			stop(Stop.CANCELLED);
		}
		else if (this.deadline != NONE && now - this.deadline >= 0) {
			stop(Stop.DEADLINE);
		}
		else if (this.streaming && this.idleNanos > 0) {
			int seen = this.events;
			if (seen != this.seenEvents) {
				this.seenEvents = seen;
				this.progress = now;
			}
			else if (now - this.progress > this.idleNanos) {
				stop(Stop.IDLE);
			}
		}
	}

	/**
	 * Stop the call: abort its request (closing the connection) and wake its thread if it is pausing.
	 */
	void stop(Stop why) {
		if (this.stop == null) {
			this.stop = why;
			Cancellable current = this.request;
			if (current != null) {
				current.cancel();
			}
			LockSupport.unpark(this.thread);
		}
	}

	/**
	 * Return the time since the call started, for messages.
	 */
	long elapsedMillis() {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - this.start);
	}

}
