package io.github.llmkit.demo;

import java.util.Map;

import io.github.llmkit.demo.ApiClient.Reply;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/agent} over real HTTP against the simulator: the tool loop over the demo's {@code @LlmTool}
 * service methods.
 */
class AgentApiTests extends RunningDemo {

	@ParameterizedTest
	@ValueSource(strings = { "openai", "claude", "gemini", "deepseek" })
	void agentCallsTheWeatherToolAndAnswersWithItsResult(String provider) {
		Reply reply = this.api.postJson("/api/agent",
				Map.of("provider", provider, "message", "What's the weather in London?"));
		assertThat(reply.status()).isEqualTo(200);
		JsonNode json = reply.json();
		assertThat(json.get("rounds").asInt()).isEqualTo(1);
		JsonNode step = json.get("steps").get(0);
		assertThat(step.get("name").asString()).isEqualTo("get_weather");
		assertThat(step.get("arguments").asString()).contains("London");
		assertThat(step.get("result").asString()).contains("light rain");
		assertThat(step.get("error").asBoolean()).isFalse();
		assertThat(json.get("text").asString()).contains("light rain");
	}

	@Test
	void agentCallsTheCalculatorForArithmetic() {
		Reply reply = this.api.postJson("/api/agent", Map.of("message", "What is (12.5 + 7) * 3?"));
		JsonNode step = reply.json().get("steps").get(0);
		assertThat(step.get("name").asString()).isEqualTo("calculator");
		assertThat(step.get("result").asString()).contains("58.5");
	}

	@Test
	void agentRunsParallelCallsOfTheOrderServiceAndReportsEachResult() {
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("find_order", "{\"orderId\":\"A-1001\"}"),
				MockToolCall.of("find_order", "{\"orderId\":\"Z-9\"}")));
		this.server.enqueue(MockReply.text("A-1001 has shipped; Z-9 does not exist."));
		Reply reply = this.api.postJson("/api/agent", Map.of("provider", "claude", "message", "Where are my orders?"));
		assertThat(reply.status()).isEqualTo(200);
		JsonNode steps = reply.json().get("steps");
		assertThat(steps.size()).isEqualTo(2);
		assertThat(steps.get(0).get("result").asString()).contains("SHIPPED").contains("Mechanical keyboard");
		assertThat(steps.get(1).get("error").asBoolean()).isTrue();
		assertThat(steps.get(1).get("result").asString()).contains("Z-9").contains("A-1001");
		assertThat(reply.json().get("text").asString()).isEqualTo("A-1001 has shipped; Z-9 does not exist.");
		this.server.takeRequest();
		JsonNode secondCall = this.server.takeRequest().json();
		assertThat(secondCall.toString()).contains("tool_result").contains("SHIPPED");
	}

	@Test
	void agentWithoutMessageIsA400ProblemNamingTheField() {
		ChatApiTests.assertProblem(this.api.postJson("/api/agent", Map.of("provider", "openai")), 400, "message");
	}

}
