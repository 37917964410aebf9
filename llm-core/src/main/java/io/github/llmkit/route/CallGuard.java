package io.github.llmkit.route;

import java.time.Duration;

import io.github.llmkit.LlmException;

/**
 * Decides whether a client may be called now and learns from the outcome of each call: the seam a circuit
 * breaker implements. Implementations must be thread-safe; every permit taken by {@link #tryAcquire()} is
 * ended by exactly one of {@link #onSuccess}, {@link #onFailure} or {@link #onIgnored()}.
 *
 * @since 0.1.0
 */
public interface CallGuard {

	/**
	 * Take a permit for one call, without waiting.
	 * @return true when the call may go ahead, false while the guard refuses calls
	 */
	boolean tryAcquire();

	/**
	 * Record a call that succeeded.
	 * @param elapsed how long the call took
	 */
	void onSuccess(Duration elapsed);

	/**
	 * Record a call that failed through the provider's fault (the failures a route fails over on).
	 * @param elapsed how long the call took
	 * @param failure what went wrong
	 */
	void onFailure(Duration elapsed, LlmException failure);

	/**
	 * Give the permit back for a call whose outcome says nothing about the provider's health (a caller's own
	 * mistake, a listener that threw).
	 */
	void onIgnored();

	/**
	 * Return the guard's current state.
	 * @return the state, never null
	 */
	State state();

	/**
	 * The states of a guard, named after a circuit breaker's.
	 */
	enum State {

		/** Calls go through and their outcomes are counted. */
		CLOSED,

		/** Calls are refused until the guard lets a few trial calls through. */
		OPEN,

		/** A few trial calls go through; their outcomes close or reopen the guard. */
		HALF_OPEN,

		/** The guard lets every call through and judges nothing. */
		DISABLED

	}

}
