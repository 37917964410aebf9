package io.github.llmkit.test;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The nine simulated providers: the id in the first path segment, the provider's real base path below it, and the
 * wire family (with its personality) that answers.
 */
enum ProviderRoute {

	OPENAI("openai", "/v1", new OpenAiFamily(OpenAiPersonality.OPENAI)),

	GROK("grok", "/v1", new OpenAiFamily(OpenAiPersonality.GROK)),

	GROQ("groq", "/openai/v1", new OpenAiFamily(OpenAiPersonality.GROQ)),

	OPENROUTER("openrouter", "/api/v1", new OpenAiFamily(OpenAiPersonality.OPENROUTER)),

	OLLAMA("ollama", "/v1", new OpenAiFamily(OpenAiPersonality.OLLAMA)),

	DEEPSEEK("deepseek", "/v1", new OpenAiFamily(OpenAiPersonality.DEEPSEEK)),

	MISTRAL("mistral", "/v1", new OpenAiFamily(OpenAiPersonality.MISTRAL)),

	CLAUDE("claude", "/v1", new AnthropicFamily()),

	GEMINI("gemini", "/v1beta", new GeminiFamily());

	private final String id;

	private final String basePath;

	private final Family family;

	ProviderRoute(String id, String basePath, Family family) {
		this.id = id;
		this.basePath = basePath;
		this.family = family;
	}

	String id() {
		return this.id;
	}

	/**
	 * Return the full base path on the simulator, e.g. {@code /groq/openai/v1}.
	 */
	String basePath() {
		return "/" + this.id + this.basePath;
	}

	Family family() {
		return this.family;
	}

	static ProviderRoute find(String id) {
		for (ProviderRoute route : values()) {
			if (route.id.equals(id)) {
				return route;
			}
		}
		return null;
	}

	static String known() {
		return Arrays.stream(values()).map(ProviderRoute::id).collect(Collectors.joining(", "));
	}

}
