package io.github.llmkit.http;

import java.time.Duration;

/**
 * Waits between retries and for rate limits. Replaceable so that tests can record delays instead of
 * sleeping.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Sleeper {

	/** Sleeps on the calling thread. */
	Sleeper SYSTEM = (duration) -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

	/**
	 * Wait for the given time.
	 * @param duration how long
	 * @throws InterruptedException if the thread is interrupted while waiting
	 */
	void sleep(Duration duration) throws InterruptedException;

}
