package io.github.llmkit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.llmkit.provider.ProviderQuirks;

/**
 * The nine supported providers, each a row of data: id, defaults, wire family, capabilities and quirks.
 *
 * @since 0.1.0
 */
public enum ProviderType {

	/** OpenAI. */
	OPENAI("openai", "openai", "OpenAI", "gpt-4o", "https://api.openai.com/v1", WireFamily.OPENAI_COMPATIBLE,
			"text-embedding-3-small", ProviderQuirks.openAi(), Capability.values()),

	/** Anthropic Claude. */
	CLAUDE("claude", "anthropic", "Anthropic", "claude-sonnet-4-6", "https://api.anthropic.com/v1",
			WireFamily.ANTHROPIC, null, ProviderQuirks.compatible(), Capability.CHAT, Capability.STREAMING, Capability.TOOLS, Capability.MODELS),

	/** Google Gemini. */
	GEMINI("gemini", "gcp.gemini", "Google Gemini", "gemini-2.5-flash", "https://generativelanguage.googleapis.com/v1beta",
			WireFamily.GEMINI, "gemini-embedding-001", ProviderQuirks.compatible(), Capability.values()),

	/** xAI Grok. */
	GROK("grok", "x_ai", "xAI Grok", "grok-3", "https://api.x.ai/v1", WireFamily.OPENAI_COMPATIBLE, null,
			ProviderQuirks.compatible(), Capability.CHAT, Capability.STREAMING, Capability.TOOLS, Capability.MODELS),

	/** Groq. */
	GROQ("groq", "groq", "Groq", "llama-3.3-70b-versatile", "https://api.groq.com/openai/v1", WireFamily.OPENAI_COMPATIBLE,
			null, ProviderQuirks.compatible(), Capability.CHAT, Capability.STREAMING, Capability.TOOLS,
			Capability.MODELS),

	/** OpenRouter. */
	OPENROUTER("openrouter", "openrouter", "OpenRouter", "openai/gpt-4o", "https://openrouter.ai/api/v1",
			WireFamily.OPENAI_COMPATIBLE, "openai/text-embedding-3-small",
			ProviderQuirks.compatible().withAttributionHeaders(true).withReasoningObject(true), Capability.values()),

	/** Ollama, through its OpenAI-compatible API. */
	OLLAMA("ollama", "ollama", "Ollama", "llama3.2", "http://localhost:11434/v1", WireFamily.OPENAI_COMPATIBLE,
			"nomic-embed-text", ProviderQuirks.compatible().withApiKeyRequired(false).withToolChoiceSupported(false),
			Capability.values()),

	/** DeepSeek. */
	DEEPSEEK("deepseek", "deepseek", "DeepSeek", "deepseek-chat", "https://api.deepseek.com/v1", WireFamily.OPENAI_COMPATIBLE,
			null, ProviderQuirks.compatible().withEchoReasoningContent(true), Capability.CHAT, Capability.STREAMING,
			Capability.TOOLS, Capability.MODELS),

	/** Mistral. */
	MISTRAL("mistral", "mistral_ai", "Mistral", "mistral-large-latest", "https://api.mistral.ai/v1", WireFamily.OPENAI_COMPATIBLE,
			"mistral-embed", ProviderQuirks.compatible()
				.withSeedField("random_seed")
				.withDimensionsField("output_dimension")
				.withStreamUsageOption(false)
				.withRequiredToolChoice("any")
				.withShortToolCallIds(true)
				.withBridgeToolToUser(true),
			Capability.values());

	private final String id;

	private final String telemetryName;

	private final String displayName;

	private final String defaultModel;

	private final String defaultBaseUrl;

	private final WireFamily family;

	private final String defaultEmbeddingModel;

	private final ProviderQuirks quirks;

	private final Set<Capability> capabilities;

	ProviderType(String id, String telemetryName, String displayName, String defaultModel, String defaultBaseUrl,
			WireFamily family, String defaultEmbeddingModel, ProviderQuirks quirks, Capability... capabilities) {
		this.id = id;
		this.telemetryName = telemetryName;
		this.displayName = displayName;
		this.defaultModel = defaultModel;
		this.defaultBaseUrl = defaultBaseUrl;
		this.family = family;
		this.defaultEmbeddingModel = defaultEmbeddingModel;
		this.quirks = quirks;
		this.capabilities = Set.copyOf(EnumSet.copyOf(Arrays.asList(capabilities)));
	}

	/**
	 * Return the value of the OpenTelemetry attribute {@code gen_ai.provider.name}: the convention's well-known
	 * value where it defines one ({@code anthropic}, {@code gcp.gemini}, {@code x_ai}, {@code mistral_ai}, ...),
	 * else the id, as the convention allows a custom value for other providers.
	 * @return the provider name for telemetry
	 */
	public String telemetryName() {
		return this.telemetryName;
	}

	/**
	 * Return the lower-case id used in configuration ({@code openai}, {@code claude}, ...).
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Return a human-readable name.
	 * @return the display name
	 */
	public String displayName() {
		return this.displayName;
	}

	/**
	 * Return the model used when none is configured.
	 * @return the default model id
	 */
	public String defaultModel() {
		return this.defaultModel;
	}

	/**
	 * Return the API base URL used when none is configured.
	 * @return the base URL, without a trailing slash
	 */
	public String defaultBaseUrl() {
		return this.defaultBaseUrl;
	}

	/**
	 * Return the wire protocol this provider speaks.
	 * @return the family
	 */
	public WireFamily family() {
		return this.family;
	}

	/**
	 * Return the embedding model used when none is configured.
	 * @return the model id, or null when the provider has no default (or no embeddings)
	 */
	public String defaultEmbeddingModel() {
		return this.defaultEmbeddingModel;
	}

	/**
	 * Return the provider's wire quirks.
	 * @return the quirks
	 */
	public ProviderQuirks quirks() {
		return this.quirks;
	}

	/**
	 * Return the operations this provider offers.
	 * @return an immutable set
	 */
	public Set<Capability> capabilities() {
		return this.capabilities;
	}

	/**
	 * Return whether this provider offers an operation.
	 * @param capability the operation
	 * @return true when supported
	 */
	public boolean supports(Capability capability) {
		return this.capabilities.contains(capability);
	}

	/**
	 * Return whether requests need an API key.
	 * @return true unless the provider runs locally without auth
	 */
	public boolean requiresApiKey() {
		return this.quirks.apiKeyRequired();
	}

	/**
	 * Find a provider by id, ignoring case.
	 * @param id the id, such as {@code groq}
	 * @return the provider type
	 * @throws IllegalArgumentException naming the known ids when none matches
	 */
	public static ProviderType fromId(String id) {
		if (id != null) {
			String wanted = id.trim().toLowerCase(Locale.ROOT);
			for (ProviderType type : values()) {
				if (type.id.equals(wanted)) {
					return type;
				}
			}
		}
		throw new IllegalArgumentException("Unknown provider type '" + id + "'; known types are " + ids());
	}

	/**
	 * Return whether {@code id} names a provider.
	 * @param id the candidate id
	 * @return true when {@link #fromId(String)} would succeed
	 */
	public static boolean isId(String id) {
		return id != null && Arrays.stream(values()).anyMatch((type) -> type.id.equalsIgnoreCase(id.trim()));
	}

	/**
	 * Return the known ids, comma separated.
	 * @return the ids
	 */
	public static String ids() {
		return Arrays.stream(values()).map(ProviderType::id).collect(Collectors.joining(", "));
	}

}
