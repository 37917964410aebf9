package io.github.llmkit.demo.provider;

import java.util.List;
import java.util.Locale;

import io.github.llmkit.Capability;
import io.github.llmkit.LlmClient;

/**
 * One configured client as the API shows it.
 *
 * @param name the client's name (its bean name and {@code llm.providers} key)
 * @param type the provider type id
 * @param displayName the provider's name
 * @param model the default chat model
 * @param mode {@code live} or {@code simulated}
 * @param capabilities the operations the provider offers, lower case
 * @param defaultProvider whether requests without a provider use this client
 * @since 0.1.0
 */
public record ProviderView(String name, String type, String displayName, String model, String mode,
		List<String> capabilities, boolean defaultProvider) {

	/**
	 * Create the view, copying the capabilities.
	 */
	public ProviderView {
		capabilities = List.copyOf(capabilities);
	}

	static ProviderView of(LlmClient client, boolean live, boolean defaultProvider) {
		List<String> capabilities = client.type()
			.capabilities()
			.stream()
			.sorted()
			.map(Capability::name)
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.toList();
		return new ProviderView(client.name(), client.type().id(), client.type().displayName(), client.defaultModel(),
				(live) ? "live" : "simulated", capabilities, defaultProvider);
	}

}
