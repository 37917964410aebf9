package io.github.llmkit.demo;

import java.util.Map;

import io.github.llmkit.demo.ApiClient.Reply;
import io.github.llmkit.test.MockReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/extract} over real HTTP against the simulator: a typed answer through the injected clients.
 */
class ExtractApiTests extends RunningDemo {

	private static final String TEXT = "Invoice number: INV-2041, customer: Acme Tools GmbH, date: 2026-03-14, in "
			+ "EUR. description: Cordless drill, quantity: 2, unitPrice: 89.90. total: 179.80.";

	@ParameterizedTest
	@ValueSource(strings = { "openai", "claude", "gemini", "groq", "deepseek", "ollama", "mistral" })
	void extractReturnsTheInvoiceAsJson(String provider) {
		Reply reply = this.api.postJson("/api/extract", Map.of("provider", provider, "text", TEXT));
		assertThat(reply.status()).isEqualTo(200);
		JsonNode invoice = reply.json().get("invoice");
		assertThat(reply.json().get("provider").asString()).isEqualTo(provider);
		assertThat(invoice.get("number").asString()).isEqualTo("INV-2041");
		assertThat(invoice.get("customer").asString()).isEqualTo("Acme Tools GmbH");
		assertThat(invoice.get("date").asString()).isEqualTo("2026-03-14");
		assertThat(invoice.get("currency").asString()).isEqualTo("EUR");
		assertThat(invoice.get("total").asDouble()).isEqualTo(179.8);
		assertThat(invoice.at("/lines/0/description").asString()).isEqualTo("Cordless drill");
		assertThat(invoice.at("/lines/0/quantity").asInt()).isEqualTo(2);
	}

	@Test
	void extractWithoutTextIsABadRequestNamingTheField() {
		Reply reply = this.api.postJson("/api/extract", Map.of("provider", "openai"));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body()).contains("text");
	}

	@Test
	void aRefusalIsAProblemNamingTheClient() {
		this.server.enqueue(MockReply.refusal("I can't help with that."));
		Reply reply = this.api.postJson("/api/extract", Map.of("provider", "openai", "text", TEXT));
		assertThat(reply.status()).isEqualTo(502);
		assertThat(reply.body()).contains("refused").contains("openai");
	}

	@Test
	void thePageLoadsTheExtractScriptWhichCallsTheExtractEndpoint() {
		assertThat(this.api.get("/index.html").body()).contains("<script src=\"/extract.js\"></script>");
		Reply script = this.api.get("/extract.js");
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.body()).contains("fetch('/api/extract'");
	}

}
