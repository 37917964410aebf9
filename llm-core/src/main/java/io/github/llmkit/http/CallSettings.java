package io.github.llmkit.http;

import java.time.Duration;

/**
 * The per-call transport settings after merging call options over the client's config.
 *
 * @param timeout the longest wait for the response, and between its bytes
 * @param retries extra attempts on retryable failures
 * @since 0.1.0
 */
public record CallSettings(Duration timeout, int retries) {
}
