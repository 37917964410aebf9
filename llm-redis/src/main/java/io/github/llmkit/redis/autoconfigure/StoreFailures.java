package io.github.llmkit.redis.autoconfigure;

/**
 * Told of each failure to reach the shared rate-limit store; with Micrometer, a counter.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface StoreFailures {

	/** Name of the counter of store failures. */
	String METER = "llm.client.rate_limit.store_failures";

	/**
	 * Record one failure.
	 * @param client the client whose limiter could not reach the store
	 */
	void failed(String client);

}
