package io.github.llmkit.autoconfigure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.llmkit.LlmClient;

/**
 * Every {@link LlmClient} bean of the application, by bean name (for clients from {@code llm.providers}, the
 * entry name).
 *
 * @since 0.1.0
 */
public final class LlmClientRegistry {

	private final Map<String, LlmClient> clients;

	/**
	 * Create a registry.
	 * @param clients clients by name, in the order to list them
	 */
	public LlmClientRegistry(Map<String, LlmClient> clients) {
		this.clients = Collections.unmodifiableMap(new LinkedHashMap<>(clients));
	}

	/**
	 * Return the client of a name.
	 * @param name the client name
	 * @return the client
	 * @throws IllegalArgumentException naming the known clients when none has that name
	 */
	public LlmClient get(String name) {
		LlmClient client = this.clients.get(name);
		if (client == null) {
			throw new IllegalArgumentException("No LLM client named '" + name + "'; known clients are "
					+ ((this.clients.isEmpty()) ? "none (configure llm.providers.<name>)" : String.join(", ", names())));
		}
		return client;
	}

	/**
	 * Return the client of a name, if there is one.
	 * @param name the client name
	 * @return the client, or empty
	 */
	public Optional<LlmClient> find(String name) {
		return Optional.ofNullable(this.clients.get(name));
	}

	/**
	 * Return the names of all clients.
	 * @return an unmodifiable set, in registration order
	 */
	public Set<String> names() {
		return this.clients.keySet();
	}

	/**
	 * Return all clients by name.
	 * @return an unmodifiable map, in registration order
	 */
	public Map<String, LlmClient> asMap() {
		return this.clients;
	}

	@Override
	public String toString() {
		return "LlmClientRegistry" + names();
	}

}
