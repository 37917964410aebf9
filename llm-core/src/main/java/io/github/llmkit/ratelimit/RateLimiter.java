package io.github.llmkit.ratelimit;

import java.time.Duration;

/**
 * Decides when a client may send its next request. Implementations must be thread-safe; a shared,
 * cluster-wide limiter can replace the in-JVM {@link TokenBucketRateLimiter}.
 *
 * @since 0.1.0
 */
public interface RateLimiter {

	/**
	 * Block until one request may be sent, and take its permit.
	 * @return how long the caller waited; {@link Duration#ZERO} when it did not
	 * @throws InterruptedException if interrupted while waiting
	 */
	Duration acquire() throws InterruptedException;

	/**
	 * Block until one request may be sent, and take its permit, unless that would take longer than
	 * {@code maxWait}: then take none and return null at once. The transport calls this with the time left
	 * before the call's deadline. The default ignores the bound and calls {@link #acquire()}.
	 * @param maxWait the longest acceptable wait
	 * @return how long the caller waited, or null when no permit would come within {@code maxWait}
	 * @throws InterruptedException if interrupted while waiting
	 */
	default Duration acquire(Duration maxWait) throws InterruptedException {
		return acquire();
	}

	/**
	 * Charge the tokens a finished call used against a tokens-per-minute budget, if the limiter has one.
	 * @param tokens input plus output tokens of the call
	 */
	default void recordTokens(int tokens) {
	}

}
