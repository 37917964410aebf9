/**
 * Failover routes over several clients and the circuit-breaker seam they consult: {@link io.github.llmkit.route.LlmRoute}
 * sends each call to its first healthy member, and a {@link io.github.llmkit.route.CallGuard} stops calls to a
 * member that keeps failing.
 */
package io.github.llmkit.route;
