package io.github.llmkit.autoconfigure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.llmkit.route.CallGuard;

/**
 * The circuit breakers of the configured clients, by client name, for health and metrics. Filled as the
 * clients are created; thread-safe.
 *
 * @since 0.1.0
 */
public final class LlmCallGuards {

	private final Map<String, CallGuard> guards = Collections.synchronizedMap(new LinkedHashMap<>());

	void register(String name, CallGuard guard) {
		this.guards.put(name, guard);
	}

	/**
	 * Return the guard of a client.
	 * @param name the client's name
	 * @return its guard, or null when it has none
	 */
	public CallGuard find(String name) {
		return this.guards.get(name);
	}

	/**
	 * Return every guard by client name, in creation order.
	 * @return an immutable snapshot
	 */
	public Map<String, CallGuard> asMap() {
		synchronized (this.guards) {
			return Collections.unmodifiableMap(new LinkedHashMap<>(this.guards));
		}
	}

}
