package io.github.llmkit.http;

import java.time.Duration;

import io.github.llmkit.chat.Cancellation;

/**
 * The per-call transport settings after merging call options over the client's config.
 *
 * @param timeout the deadline of the call from its start, retries and waits included; for a stream, until it
 * is open
 * @param retries extra attempts on retryable failures
 * @param cancellation the call's cancel handle, or null
 * @param maxResponseSize the largest answer body in bytes, or 0 for the client's {@code maxResponseSize}
 * @since 0.1.0
 */
public record CallSettings(Duration timeout, int retries, Cancellation cancellation, long maxResponseSize) {

	/**
	 * Create settings without a cancel handle, with the client's size limit.
	 * @param timeout the deadline of the call
	 * @param retries extra attempts on retryable failures
	 */
	public CallSettings(Duration timeout, int retries) {
		this(timeout, retries, null, 0);
	}

}
