/**
 * Cluster-wide rate limits: a {@link io.github.llmkit.ratelimit.RateLimiter} whose buckets live in Redis, so that
 * every instance of an application draws on one provider budget.
 */
package io.github.llmkit.redis;
