package io.github.llmkit.autoconfigure;

import io.github.llmkit.route.CallGuard;

/**
 * Creates the {@link CallGuard} (circuit breaker) of one client from its
 * {@code llm.providers.<name>.circuit-breaker} settings. The Resilience4j one is auto-configured when
 * llm-resilience4j is on the classpath; define a bean of this type to use another.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface LlmCallGuardFactory {

	/**
	 * Create a client's guard.
	 * @param name the client's name
	 * @param settings its circuit-breaker settings, validated
	 * @return the guard
	 */
	CallGuard create(String name, LlmProperties.CircuitBreaker settings);

}
