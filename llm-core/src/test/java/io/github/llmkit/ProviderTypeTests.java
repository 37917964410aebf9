package io.github.llmkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProviderTypeTests {

	@Test
	void hasTheNineProvidersOfTheDesign() {
		assertThat(ProviderType.values()).extracting(ProviderType::id)
			.containsExactly("openai", "claude", "gemini", "grok", "groq", "openrouter", "ollama", "deepseek",
					"mistral");
		row(ProviderType.OPENAI, "gpt-4o", "https://api.openai.com/v1", WireFamily.OPENAI_COMPATIBLE);
		row(ProviderType.CLAUDE, "claude-sonnet-4-6", "https://api.anthropic.com/v1", WireFamily.ANTHROPIC);
		row(ProviderType.GEMINI, "gemini-2.5-flash", "https://generativelanguage.googleapis.com/v1beta",
				WireFamily.GEMINI);
		row(ProviderType.GROK, "grok-3", "https://api.x.ai/v1", WireFamily.OPENAI_COMPATIBLE);
		row(ProviderType.GROQ, "llama-3.3-70b-versatile", "https://api.groq.com/openai/v1",
				WireFamily.OPENAI_COMPATIBLE);
		row(ProviderType.OPENROUTER, "openai/gpt-4o", "https://openrouter.ai/api/v1", WireFamily.OPENAI_COMPATIBLE);
		row(ProviderType.OLLAMA, "llama3.2", "http://localhost:11434/v1", WireFamily.OPENAI_COMPATIBLE);
		row(ProviderType.DEEPSEEK, "deepseek-chat", "https://api.deepseek.com/v1", WireFamily.OPENAI_COMPATIBLE);
		row(ProviderType.MISTRAL, "mistral-large-latest", "https://api.mistral.ai/v1", WireFamily.OPENAI_COMPATIBLE);
	}

	@Test
	void telemetryNameIsTheOpenTelemetryWellKnownValueOrTheId() {
		assertThat(ProviderType.values()).extracting(ProviderType::telemetryName)
			.containsExactly("openai", "anthropic", "gcp.gemini", "x_ai", "groq", "openrouter", "ollama", "deepseek",
					"mistral_ai");
	}

	@Test
	void onlyOllamaRunsWithoutKey() {
		for (ProviderType type : ProviderType.values()) {
			assertThat(type.requiresApiKey()).isEqualTo(type != ProviderType.OLLAMA);
		}
	}

	@Test
	void fromIdIgnoresCaseAndListsKnownIdsOnFailure() {
		assertThat(ProviderType.fromId(" Groq ")).isEqualTo(ProviderType.GROQ);
		assertThat(ProviderType.isId("MISTRAL")).isTrue();
		assertThat(ProviderType.isId("bard")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> ProviderType.fromId("bard"))
			.withMessageContaining("'bard'")
			.withMessageContaining("openai, claude, gemini, grok, groq, openrouter, ollama, deepseek, mistral");
	}

	@Test
	void embeddingsOnlyWhereProviderHasEndpoint() {
		assertThat(ProviderType.GROQ.supports(Capability.EMBEDDINGS)).isFalse();
		assertThat(ProviderType.GROK.supports(Capability.EMBEDDINGS)).isFalse();
		assertThat(ProviderType.DEEPSEEK.supports(Capability.EMBEDDINGS)).isFalse();
		assertThat(ProviderType.CLAUDE.supports(Capability.EMBEDDINGS)).isFalse();
		assertThat(ProviderType.MISTRAL.defaultEmbeddingModel()).isEqualTo("mistral-embed");
		assertThat(ProviderType.OPENAI.defaultEmbeddingModel()).isEqualTo("text-embedding-3-small");
	}

	private static void row(ProviderType type, String model, String baseUrl, WireFamily family) {
		assertThat(type.defaultModel()).isEqualTo(model);
		assertThat(type.defaultBaseUrl()).isEqualTo(baseUrl);
		assertThat(type.family()).isEqualTo(family);
	}

}
