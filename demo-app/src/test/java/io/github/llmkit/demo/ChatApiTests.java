package io.github.llmkit.demo;

import java.util.Map;

import io.github.llmkit.demo.ApiClient.Reply;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/chat} over real HTTP against the simulator.
 */
class ChatApiTests extends RunningDemo {

	@ParameterizedTest
	@ValueSource(strings = { "openai", "claude", "gemini", "fast" })
	void chatAnswersWithModelFinishReasonAndUsage(String provider) {
		Reply reply = this.api.postJson("/api/chat", Map.of("provider", provider, "message", "Hello llmkit"));
		assertThat(reply.status()).isEqualTo(200);
		JsonNode json = reply.json();
		assertThat(json.get("provider").asString()).isEqualTo(provider);
		assertThat(json.get("text").asString()).contains("Hello llmkit");
		assertThat(json.get("model").asString()).isNotEmpty();
		assertThat(json.get("finishReason").asString()).isEqualTo("STOP");
		assertThat(json.get("usage").get("totalTokens").asInt()).isPositive();
	}

	@Test
	void chatWithoutProviderUsesTheDefaultProvider() {
		Reply reply = this.api.postJson("/api/chat", Map.of("message", "Hi", "system", "Be brief."));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("provider").asString()).isEqualTo("openai");
		JsonNode sent = this.server.takeRequest().json();
		assertThat(sent.get("messages").get(0).get("role").asString()).isEqualTo("system");
		assertThat(sent.get("messages").get(0).get("content").asString()).isEqualTo("Be brief.");
	}

	@Test
	void chatWithoutMessageIsA400ProblemNamingTheField() {
		Reply reply = this.api.postJson("/api/chat", Map.of("provider", "openai"));
		assertProblem(reply, 400, "message");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void chatWithUnknownProviderIsA400ProblemListingTheConfiguredOnes() {
		Reply reply = this.api.postJson("/api/chat", Map.of("provider", "nope", "message", "Hi"));
		assertProblem(reply, 400, "provider");
		assertThat(reply.json().get("detail").asString()).contains("'nope'").contains("openai", "claude", "fast");
	}

	@Test
	void chatWithOversizedMessageIsA400ProblemNamingTheField() {
		Reply reply = this.api.postJson("/api/chat", Map.of("message", "x".repeat(16_001)));
		assertProblem(reply, 400, "message");
	}

	@Test
	void chatWithOversizedBodyIsA400ProblemNamingTheBody() {
		Reply reply = this.api.postJson("/api/chat", Map.of("message", "Hi", "padding", "x".repeat(70_000)));
		assertProblem(reply, 400, "body");
	}

	@Test
	void chatWithMalformedJsonIsA400Problem() {
		Reply reply = this.api.post("/api/chat", "{\"message\": ");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void providerErrorIsA502ProblemWithProviderAndStatusButNoKeyOrTrace() {
		Reply reply = this.api.postJson("/api/chat",
				Map.of("provider", "claude", "message", "Hi", "model", "missing-model"));
		assertThat(reply.status()).isEqualTo(502);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		JsonNode json = reply.json();
		assertThat(json.get("provider").asString()).isEqualTo("claude");
		assertThat(json.get("providerStatus").asInt()).isEqualTo(404);
		assertThat(reply.body()).doesNotContain(MockLlmServer.API_KEY).doesNotContain("at io.github");
	}

	@Test
	void providerRejectionIsA502ProblemWithTheProviderMessage() {
		this.server.enqueue(MockReply.error(400, "invalid_request_error", "max_tokens is too large"));
		Reply reply = this.api.postJson("/api/chat", Map.of("provider", "groq", "message", "Hi"));
		assertThat(reply.status()).isEqualTo(502);
		JsonNode json = reply.json();
		assertThat(json.get("provider").asString()).isEqualTo("groq");
		assertThat(json.get("providerStatus").asInt()).isEqualTo(400);
		assertThat(json.get("detail").asString()).contains("max_tokens is too large");
	}

	@Test
	void rejectedKeyIsA502ProblemThatNeverShowsTheKey() {
		this.server.enqueue(MockReply.error(401, "invalid_api_key", "Incorrect API key provided"));
		Reply reply = this.api.postJson("/api/chat", Map.of("provider", "openai", "message", "Hi"));
		assertThat(reply.status()).isEqualTo(502);
		JsonNode json = reply.json();
		assertThat(json.get("providerStatus").asInt()).isEqualTo(401);
		assertThat(json.get("exception").asString()).isEqualTo("LlmAuthenticationException");
		assertThat(reply.body()).doesNotContain(MockLlmServer.API_KEY).doesNotContain("Bearer");
	}

	static void assertProblem(Reply reply, int status, String field) {
		assertThat(reply.status()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		JsonNode json = reply.json();
		assertThat(json.get("status").asInt()).isEqualTo(status);
		assertThat(json.get("field").asString()).isEqualTo(field);
		assertThat(json.get("detail").asString()).contains(field);
	}

}
