package io.github.llmkit.demo;

import java.util.List;

import io.github.llmkit.demo.ApiClient.Event;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/chat/stream} over real HTTP against the simulator: Server-Sent Events as the page sees them.
 */
class ChatStreamTests extends RunningDemo {

	@ParameterizedTest
	@ValueSource(strings = { "openai", "claude", "gemini", "groq", "fast" })
	void streamSendsOneEventPerDeltaThenDoneWithUsage(String provider) {
		List<Event> events = this.api.stream("/api/chat/stream",
				ApiClient.params("provider", provider, "message", "Tell me something about streaming"));
		List<Event> deltas = events.stream().filter((event) -> event.name().equals("delta")).toList();
		assertThat(deltas).hasSizeGreaterThan(1);
		String text = String.join("", deltas.stream().map((event) -> event.data().get("text").asString()).toList());
		assertThat(text).contains("Tell me something about streaming");
		Event done = events.get(events.size() - 1);
		assertThat(done.name()).isEqualTo("done");
		assertThat(done.data().get("provider").asString()).isEqualTo(provider);
		assertThat(done.data().get("text").asString()).isEqualTo(text);
		assertThat(done.data().get("finishReason").asString()).isEqualTo("STOP");
		assertThat(done.data().get("usage").get("totalTokens").asInt()).isPositive();
	}

	@ParameterizedTest
	@ValueSource(strings = { "openai", "claude", "gemini", "mistral" })
	void streamWithToolsSendsToolCallAndToolResultEventsBeforeTheAnswer(String provider) {
		List<Event> events = this.api.stream("/api/chat/stream",
				ApiClient.params("provider", provider, "message", "What's the weather in Paris?", "tools", "true"));
		List<String> names = events.stream().map(Event::name).distinct().toList();
		assertThat(names).containsSubsequence("tool_call", "tool_result", "delta", "done");
		JsonNode call = event(events, "tool_call");
		assertThat(call.get("name").asString()).isEqualTo("get_weather");
		assertThat(call.get("arguments").asString()).contains("Paris");
		JsonNode result = event(events, "tool_result");
		assertThat(result.get("error").asBoolean()).isFalse();
		assertThat(result.get("result").asString()).contains("partly cloudy");
		assertThat(event(events, "done").get("text").asString()).contains("partly cloudy");
	}

	@Test
	void streamWithoutMessageIsA400ProblemBeforeTheStreamStarts() {
		List<Event> events = this.api.stream("/api/chat/stream", ApiClient.params("provider", "openai"));
		assertThat(events).hasSize(1);
		assertThat(events.get(0).name()).isEqualTo("http_400");
		assertThat(events.get(0).data().get("field").asString()).isEqualTo("message");
	}

	@Test
	void streamWithUnknownProviderIsA400ProblemBeforeTheStreamStarts() {
		List<Event> events = this.api.stream("/api/chat/stream", ApiClient.params("provider", "x", "message", "Hi"));
		assertThat(events.get(0).name()).isEqualTo("http_400");
		assertThat(events.get(0).data().get("field").asString()).isEqualTo("provider");
	}

	@Test
	void providerErrorMidStreamEndsWithAProblemEvent() {
		this.server.enqueue(MockReply.text("Half an answer").midStreamError("overloaded_error", "Overloaded"));
		List<Event> events = this.api.stream("/api/chat/stream",
				ApiClient.params("provider", "claude", "message", "Hi"));
		Event last = events.get(events.size() - 1);
		assertThat(last.name()).isEqualTo("problem");
		assertThat(last.data().get("status").asInt()).isEqualTo(502);
		assertThat(last.data().get("provider").asString()).isEqualTo("claude");
		assertThat(last.data().toString()).doesNotContain(MockLlmServer.API_KEY);
	}

	private static JsonNode event(List<Event> events, String name) {
		return events.stream().filter((event) -> event.name().equals(name)).findFirst().orElseThrow().data();
	}

}
