package io.github.llmkit;


import io.github.llmkit.http.ErrorParser;
import io.github.llmkit.http.HttpTransport;
import io.github.llmkit.provider.Provider;
import io.github.llmkit.provider.ProviderContext;
import io.github.llmkit.provider.anthropic.AnthropicFamily;
import io.github.llmkit.provider.gemini.GeminiFamily;
import io.github.llmkit.provider.openai.OpenAiFamily;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates {@link LlmClient}s.
 *
 * @since 0.1.0
 */
public final class LlmClients {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LlmClients() {
	}

	/**
	 * Create a client for a provider. The client owns a connection pool: share it, and close it when done.
	 * @param type the provider
	 * @param config the settings
	 * @return the client
	 * @throws IllegalArgumentException if the type or the config is null
	 * @throws LlmInvalidRequestException if the provider needs an API key and none is set
	 */
	public static LlmClient create(ProviderType type, ClientConfig config) {
		if (type == null) {
			throw new IllegalArgumentException("'type' must not be null");
		}
		if (config == null) {
			throw new IllegalArgumentException("'config' must not be null");
		}
		String name = DefaultLlmClient.nameOf(type, config);
		if (type.requiresApiKey() && !config.hasApiKey()) {
			throw new LlmInvalidRequestException(name,
					name + ": provider type " + type.id() + " requires an API key; set ClientConfig.apiKey");
		}
		String baseUrl = (config.baseUrl() != null) ? config.baseUrl() : type.defaultBaseUrl();
		HttpTransport transport = new HttpTransport(name, config, errorParser(type.family()));
		ProviderContext context = new ProviderContext(name, type, config, baseUrl, transport, JSON);
		return new DefaultLlmClient(name, type, config, provider(context), transport);
	}

	/**
	 * Create a client for a provider given by id ({@code openai}, {@code claude}, ...).
	 * @param typeId the provider id
	 * @param config the settings
	 * @return the client
	 * @throws IllegalArgumentException naming the known ids when the id is null or unknown
	 */
	public static LlmClient create(String typeId, ClientConfig config) {
		if (typeId == null) {
			throw new IllegalArgumentException("'typeId' must not be null; known ids are " + ProviderType.ids());
		}
		return create(ProviderType.fromId(typeId), config);
	}

	private static ErrorParser errorParser(WireFamily family) {
		return switch (family) {
			case OPENAI_COMPATIBLE -> OpenAiFamily.errorParser(JSON);
			case ANTHROPIC -> AnthropicFamily.errorParser(JSON);
			case GEMINI -> GeminiFamily.errorParser(JSON);
		};
	}

	private static Provider provider(ProviderContext context) {
		return switch (context.type().family()) {
			case OPENAI_COMPATIBLE -> OpenAiFamily.provider(context);
			case ANTHROPIC -> AnthropicFamily.provider(context);
			case GEMINI -> GeminiFamily.provider(context);
		};
	}

}
