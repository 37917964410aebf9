package io.github.llmkit.demo.resilience;

/**
 * A request to simulate an outage of one client.
 *
 * @param provider the client name, a simulated member of a route such as {@code openai}
 * @param status the HTTP status the simulator answers with: 429 (with a one-hour Retry-After, so the client
 * gives up at once), 500, 502, 503 or 529 (retried first); null means 429
 * @since 0.1.0
 */
public record OutageRequest(String provider, Integer status) {

}
