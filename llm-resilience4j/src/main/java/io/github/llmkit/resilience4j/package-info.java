/**
 * Circuit breakers for llmkit clients: {@link io.github.llmkit.route.CallGuard} implemented by a Resilience4j
 * {@link io.github.resilience4j.circuitbreaker.CircuitBreaker}.
 */
package io.github.llmkit.resilience4j;
