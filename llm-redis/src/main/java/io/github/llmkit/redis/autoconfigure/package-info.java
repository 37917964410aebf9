/**
 * Auto-configuration of shared rate limits on Redis for the clients whose {@code rate-limit.store} is
 * {@code redis}.
 */
package io.github.llmkit.redis.autoconfigure;
