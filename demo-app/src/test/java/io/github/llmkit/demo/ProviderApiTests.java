package io.github.llmkit.demo;

import java.util.List;
import java.util.Map;

import io.github.llmkit.demo.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/providers}, {@code /api/models}, {@code /api/embeddings} and actuator over real HTTP against
 * the simulator.
 */
class ProviderApiTests extends RunningDemo {

	@Test
	void providersListsEveryConfiguredClientAsSimulated() {
		Reply reply = this.api.get("/api/providers");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode json = reply.json();
		assertThat(json.valueStream().map((p) -> p.get("name").asString())).containsExactly("claude", "deepseek",
				"fast", "gemini", "grok", "groq", "mistral", "ollama", "openai", "openrouter", "resilient");
		assertThat(json.valueStream().map((p) -> p.get("mode").asString())).containsOnly("simulated");
		JsonNode fast = json.valueStream().filter((p) -> p.get("name").asString().equals("fast")).findFirst().get();
		assertThat(fast.get("type").asString()).isEqualTo("groq");
		assertThat(fast.get("model").asString()).isEqualTo("llama-3.1-8b-instant");
		assertThat(json.valueStream().filter((p) -> p.get("defaultProvider").asBoolean())
			.map((p) -> p.get("name").asString())).containsExactly("openai");
	}

	@Test
	void modelsListsTheModelsOfTheChosenProviderAcrossPages() {
		Reply reply = this.api.get("/api/models?provider=claude");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode json = reply.json();
		assertThat(json.get("provider").asString()).isEqualTo("claude");
		assertThat(json.get("models").size()).isGreaterThan(1);
		assertThat(this.server.takeRequest().path()).startsWith("/claude/v1/models");
	}

	@Test
	void modelsOfUnknownProviderIsA400Problem() {
		ChatApiTests.assertProblem(this.api.get("/api/models?provider=nope"), 400, "provider");
	}

	@Test
	void embeddingsReturnVectorsInInputOrderWithSimilarities() {
		Reply reply = this.api.postJson("/api/embeddings",
				Map.of("provider", "gemini", "inputs", List.of("cat", "dog", "cat"), "dimensions", 8));
		assertThat(reply.status()).isEqualTo(200);
		JsonNode json = reply.json();
		assertThat(json.get("vectors").size()).isEqualTo(3);
		assertThat(json.get("vectors").get(0).size()).isEqualTo(8);
		assertThat(json.get("vectors").get(0)).isEqualTo(json.get("vectors").get(2));
		assertThat(json.get("similarities").get(0).get(2).asDouble()).isEqualTo(1.0);
	}

	@Test
	void embeddingsWithoutInputsIsA400ProblemNamingTheField() {
		ChatApiTests.assertProblem(this.api.postJson("/api/embeddings", Map.of("provider", "openai")), 400, "inputs");
	}

	@Test
	void embeddingsOnProviderWithoutEmbeddingsIsA400ProblemNamingTheProvider() {
		Reply reply = this.api.postJson("/api/embeddings", Map.of("provider", "claude", "inputs", List.of("cat")));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("field").asString()).isEqualTo("provider");
		assertThat(reply.json().get("detail").asString()).contains("claude").contains("embeddings");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void actuatorExposesHealthAndMetrics() {
		assertThat(this.api.get("/actuator/health").status()).isEqualTo(200);
		Reply metrics = this.api.get("/actuator/metrics");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/info").status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/env").status()).isEqualTo(404);
	}

}
