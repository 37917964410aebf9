package io.github.llmkit.demo.provider;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.llmkit.LlmClient;
import io.github.llmkit.autoconfigure.LlmClientRegistry;
import io.github.llmkit.demo.simulation.ProviderModes;
import io.github.llmkit.demo.web.InvalidFieldException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The configured clients by name, with the default one for requests that name none.
 *
 * @since 0.1.0
 */
@Service
public class ProviderCatalog {

	private static final int MAX_NAME_LENGTH = 64;

	private final Map<String, LlmClient> clients;

	private final ProviderModes modes;

	private final String defaultName;

	/**
	 * Create the catalog.
	 * @param registry every client bean by name, from the starter
	 * @param modes which clients are live
	 * @param defaultProvider the configured {@code llm.default-provider}, possibly empty
	 */
	public ProviderCatalog(LlmClientRegistry registry, ProviderModes modes,
			@Value("${llm.default-provider:}") String defaultProvider) {
		this.clients = new TreeMap<>(registry.asMap());
		this.modes = modes;
		this.defaultName = (this.clients.containsKey(defaultProvider) || this.clients.isEmpty()) ? defaultProvider
				: this.clients.keySet().iterator().next();
	}

	/**
	 * Return the client with this name, or the default client when the name is empty.
	 * @param name the client name, may be null
	 * @return the client
	 * @throws InvalidFieldException for field {@code provider} if no client has that name
	 */
	public LlmClient client(String name) {
		String given = InvalidFieldException.optionalText("provider", name, MAX_NAME_LENGTH);
		String wanted = (given != null) ? given.trim() : this.defaultName;
		LlmClient client = this.clients.get(wanted);
		if (client == null) {
			throw new InvalidFieldException("provider",
					"Unknown provider '" + wanted + "'; configured providers are " + this.clients.keySet());
		}
		return client;
	}

	/**
	 * Return whether the named client calls the real provider.
	 * @param name the client name
	 * @return true for a live client, false for a simulated one
	 */
	public boolean isLive(String name) {
		return this.modes.isLive(name);
	}

	/**
	 * Describe every configured client, sorted by name.
	 * @return the views
	 */
	public List<ProviderView> describe() {
		return this.clients.values()
			.stream()
			.map((client) -> ProviderView.of(client, this.modes.isLive(client.name()),
					client.name().equals(this.defaultName)))
			.toList();
	}

}
