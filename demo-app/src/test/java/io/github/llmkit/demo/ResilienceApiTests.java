package io.github.llmkit.demo;

import java.util.Map;

import io.github.llmkit.demo.ApiClient.Reply;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's route {@code resilient: [openai, claude, gemini]} with simulated outages switched through
 * {@code /api/outages}, and its breakers seen through {@code /actuator/health}.
 */
class ResilienceApiTests extends RunningDemo {

	@Autowired
	CircuitBreakerRegistry breakers;

	/** Heal the members, close their breakers and let openai answer once, so that its health is up again. */
	@AfterEach
	void closeBreakers() {
		this.server.reset();
		this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		assertThat(this.api.postJson("/api/chat", Map.of("provider", "openai", "message", "Hi")).status())
			.isEqualTo(200);
	}

	@Test
	void routeKeepsAnsweringWhileAMemberIsDownAndItsBreakerOpens() {
		assertThat(chat().get("answeredBy").asString()).isEqualTo("openai");
		assertThat(this.api.postJson("/api/outages", Map.of("provider", "openai")).json().get("outages").get(0)
			.asString()).isEqualTo("openai");
		for (int i = 0; i < 3; i++) {
			assertThat(chat().get("answeredBy").asString()).isEqualTo("claude");
		}
		JsonNode route = llmHealth().get("resilient");
		assertThat(route.get("status").asString()).isEqualTo("DEGRADED");
		assertThat(route.get("details").get("members").get("openai").asString()).isEqualTo("OPEN");
		assertThat(route.get("details").get("answering").asString()).isEqualTo("claude");
		int before = this.server.requestCount();
		assertThat(chat().get("answeredBy").asString()).isEqualTo("claude");
		assertThat(this.server.requestCount()).isEqualTo(before + 1);
		assertThat(this.api.delete("/api/outages/openai").json().get("outages")).isEmpty();
	}

	@Test
	void outagesAreRefusedForRoutesAndStatusesNotOffered() {
		Reply route = this.api.postJson("/api/outages", Map.of("provider", "resilient"));
		assertThat(route.status()).isEqualTo(400);
		assertThat(route.json().get("detail").asString()).contains("is a route");
		Reply status = this.api.postJson("/api/outages", Map.of("provider", "claude", "status", 404));
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.json().get("detail").asString()).contains("404", "529");
		assertThat(this.api.get("/api/outages").json().get("outages")).isEmpty();
	}

	private JsonNode chat() {
		Reply reply = this.api.postJson("/api/chat", Map.of("provider", "resilient", "message", "Hello"));
		assertThat(reply.status()).isEqualTo(200);
		return reply.json();
	}

	private JsonNode llmHealth() {
		return this.api.get("/actuator/health").json().get("components").get("llm").get("components");
	}

}
