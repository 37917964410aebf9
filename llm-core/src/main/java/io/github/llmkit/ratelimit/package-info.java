/**
 * Client-side rate limiting: the {@link io.github.llmkit.ratelimit.RateLimiter} seam and an in-JVM token bucket.
 */
package io.github.llmkit.ratelimit;
