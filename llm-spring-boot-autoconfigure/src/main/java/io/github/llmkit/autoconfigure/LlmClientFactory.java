package io.github.llmkit.autoconfigure;

import java.util.List;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.autoconfigure.LlmProperties.Provider;
import io.github.llmkit.observation.ClientEventListener;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Creates the client of one {@code llm.providers} entry: the properties first, then every
 * {@link ClientEventListener} bean, then the {@link LlmClientCustomizer} beans in order. A bean itself, so that
 * each client bean is defined by a factory method and the entry's name, which Spring AOT can write as code.
 */
final class LlmClientFactory {

	/** The bean name of the factory, which the client bean definitions refer to. */
	static final String BEAN_NAME = "llmClientFactory";

	private final LlmProperties properties;

	private final ObjectProvider<ClientEventListener> listeners;

	private final ObjectProvider<LlmClientCustomizer> customizers;

	LlmClientFactory(LlmProperties properties, ObjectProvider<ClientEventListener> listeners,
			ObjectProvider<LlmClientCustomizer> customizers) {
		LlmPropertiesMapper.validate(properties);
		this.properties = properties;
		this.listeners = listeners;
		this.customizers = customizers;
	}

	/**
	 * Create the client of an entry.
	 * @param name the entry's name
	 * @return the client
	 * @throws IllegalStateException if the entry no longer exists (an application processed ahead of time
	 * started with fewer entries than at build time)
	 */
	LlmClient create(String name) {
		Provider provider = this.properties.getProviders().get(name);
		if (provider == null) {
			throw new IllegalStateException("LLM client '" + name + "' has no llm.providers." + name
					+ " entry; the application was processed ahead of time (Spring AOT) with that entry, and AOT "
					+ "fixes the set of entries at build time. Restore the entry or rebuild the application");
		}
		ClientConfig.Builder builder = LlmPropertiesMapper.toConfig(name, provider);
		List<ClientEventListener> listeners = this.listeners.orderedStream().toList();
		if (!listeners.isEmpty()) {
			builder.eventListener((listeners.size() == 1) ? listeners.get(0) : new CompositeClientEventListener(listeners));
		}
		this.customizers.orderedStream().forEach((customizer) -> customizer.customize(name, builder));
		return LlmClients.create(LlmPropertiesMapper.type(name, provider), builder.build());
	}

}
