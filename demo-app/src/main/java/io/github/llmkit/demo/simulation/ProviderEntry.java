package io.github.llmkit.demo.simulation;

import java.util.Locale;
import java.util.Map;

import io.github.llmkit.ProviderType;

/**
 * The part of one {@code llm.providers.<name>} entry that decides whether it can go live.
 *
 * @param type the provider type id, or null when the entry's name is the type
 * @param apiKey the API key, possibly empty
 * @param baseUrl the base URL, possibly empty
 */
record ProviderEntry(String type, String apiKey, String baseUrl) {

	/**
	 * Read an entry from its properties, whichever form their names take ({@code api-key}, {@code apiKey},
	 * {@code apikey}).
	 * @param properties the entry's properties by name
	 * @return the entry
	 */
	static ProviderEntry from(Map<String, String> properties) {
		String type = null;
		String apiKey = null;
		String baseUrl = null;
		for (Map.Entry<String, String> property : properties.entrySet()) {
			switch (property.getKey().replace("-", "").toLowerCase(Locale.ROOT)) {
				case "type" -> type = property.getValue();
				case "apikey" -> apiKey = property.getValue();
				case "baseurl" -> baseUrl = property.getValue();
				default -> {
				}
			}
		}
		return new ProviderEntry(type, apiKey, baseUrl);
	}

	/**
	 * Return the provider type id of the entry with this name.
	 * @param name the entry's name
	 * @return the type id
	 */
	String typeId(String name) {
		return (hasText(this.type)) ? this.type : name;
	}

	/**
	 * Return whether the entry carries what a real call needs: an API key, or for a provider that needs none
	 * (Ollama), an explicit base URL.
	 * @param providerType the entry's provider type
	 * @return true when the entry can call the real provider
	 */
	boolean canGoLive(ProviderType providerType) {
		return (providerType.requiresApiKey()) ? hasText(this.apiKey) : hasText(this.baseUrl);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
