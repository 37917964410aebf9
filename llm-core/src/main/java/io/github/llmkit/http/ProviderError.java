package io.github.llmkit.http;

import java.time.Duration;

/**
 * What a wire family read from an error body.
 *
 * @param type the provider's error type or code, or null
 * @param message the provider's error message, or null
 * @param retryAfter a retry delay carried in the body (Gemini {@code RetryInfo}), or null
 * @since 0.1.0
 */
public record ProviderError(String type, String message, Duration retryAfter) {
}
