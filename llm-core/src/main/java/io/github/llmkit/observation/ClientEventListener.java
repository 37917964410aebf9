package io.github.llmkit.observation;

import java.time.Duration;

import io.github.llmkit.LlmException;

/**
 * Receives transport events of one client, for metrics. Methods run on the calling thread and must be fast;
 * an exception thrown here is logged and ignored.
 *
 * @since 0.1.0
 */
public interface ClientEventListener {

	/** A listener that ignores every event. */
	ClientEventListener NONE = new ClientEventListener() {
	};

	/**
	 * Called before a retry sleeps.
	 * @param clientName the client's name
	 * @param attempt the number of the attempt about to be made (2 for the first retry)
	 * @param delay how long the client waits first
	 * @param cause the failure that is retried
	 */
	default void onRetry(String clientName, int attempt, Duration delay, LlmException cause) {
	}

	/**
	 * Called when the rate limiter made a call wait.
	 * @param clientName the client's name
	 * @param waited how long the call waited
	 */
	default void onRateLimitWait(String clientName, Duration waited) {
	}

}
