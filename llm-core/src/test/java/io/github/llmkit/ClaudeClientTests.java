package io.github.llmkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.chat.ToolChoice;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import io.github.llmkit.test.RecordedRequest;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ClaudeClientTests {

	private static final List<ToolDefinition> TOOLS = List.of(
			ToolDefinition.of("get_weather", "Current weather of a city",
					"{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}"),
			ToolDefinition.of("calculator", "Evaluate arithmetic",
					"{\"type\":\"object\",\"properties\":{\"expression\":{\"type\":\"string\"}},\"required\":[\"expression\"]}"));

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	private MockLlmServer server;

	private LlmClient client;

	@BeforeEach
	void start() {
		this.server = MockLlmServer.start();
		this.client = client(MockLlmServer.API_KEY);
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.close();
	}

	private LlmClient client(String apiKey) {
		return LlmClients.create(ProviderType.CLAUDE, ClientConfig.builder()
			.apiKey(apiKey)
			.baseUrl(this.server.baseUrl("claude"))
			.sleeper(this.sleeps::add)
			.build());
	}

	@Test
	void chatSendsAnthropicHeadersSystemAndMaxTokens() {
		this.server.enqueue(MockReply.text("Hello there").withUsage(12, 3));
		ChatResponse response = this.client.chat(List.of(Message.system("Be brief."), Message.user("Hi")));
		assertThat(response.text()).isEqualTo("Hello there");
		assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
		assertThat(response.usage().inputTokens()).isEqualTo(12);
		assertThat(response.usage().outputTokens()).isEqualTo(3);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.path()).isEqualTo("/claude/v1/messages");
		assertThat(request.header("x-api-key")).isEqualTo(MockLlmServer.API_KEY);
		assertThat(request.header("anthropic-version")).isEqualTo("2023-06-01");
		assertThat(request.header("authorization")).isNull();
		assertThat(request.json().get("system").asString()).isEqualTo("Be brief.");
		assertThat(request.json().get("max_tokens").asInt()).isEqualTo(1024);
	}

	@Test
	void toolLoopRoundTripsTwoParallelToolUseBlocks() {
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")).withText("Let me check."));
		List<Message> conversation = new ArrayList<>(List.of(Message.user("Weather in Paris and 2+2?")));
		ChatResponse first = this.client.chatWithTools(conversation, TOOLS,
				ChatOptions.builder().toolChoice(ToolChoice.auto()).build());
		assertThat(first.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(first.rawFinishReason()).isEqualTo("tool_use");
		assertThat(first.toolCalls()).extracting(ToolCall::name).containsExactly("get_weather", "calculator");
		assertThat(first.text()).isEqualTo("Let me check.");
		conversation.add(Message.assistant(first));
		conversation.add(Message.toolResult(first.toolCalls().get(0).id(), "get_weather", "{\"temp\":20}"));
		conversation.add(Message.toolError(first.toolCalls().get(1).id(), "calculator", "calculator offline"));
		ChatResponse second = this.client.chatWithTools(conversation, TOOLS, null);
		assertThat(second.hasToolCalls()).isFalse();
		this.server.takeRequest();
		JsonNode body = this.server.takeRequest().json();
		assertThat(body.at("/tool_choice").isMissingNode()).isTrue();
		assertThat(body.at("/messages/1/content/1/type").asString()).isEqualTo("tool_use");
		assertThat(body.at("/messages/2/content/0/type").asString()).isEqualTo("tool_result");
		assertThat(body.at("/messages/2/content/1/is_error").asBoolean()).isTrue();
	}

	@Test
	void streamWithThinkingTextAndTwoToolUseBlocksDeliversEverythingAndEchoesSignedThinking() {
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}"))
			.withText("Checking both.")
			.withReasoning("The user wants two things."));
		StringBuilder text = new StringBuilder();
		StringBuilder reasoning = new StringBuilder();
		List<ToolCall> completed = new ArrayList<>();
		StreamListener listener = new StreamListener() {

			@Override
			public void onDelta(ChatDelta delta) {
				text.append(delta.text());
				reasoning.append(delta.reasoning());
			}

			@Override
			public void onToolCall(ToolCall toolCall) {
				completed.add(toolCall);
			}

		};
		ChatOptions thinking = ChatOptions.builder().thinkingBudget(2048).build();
		List<Message> conversation = new ArrayList<>(List.of(Message.user("Weather in Paris and 2+2?")));
		ChatResponse response = this.client.streamChatWithTools(conversation, TOOLS, listener, thinking);
		assertThat(text.toString()).isEqualTo("Checking both.").isEqualTo(response.text());
		assertThat(reasoning.toString()).isEqualTo("The user wants two things.").isEqualTo(response.reasoning());
		assertThat(response.reasoningBlocks()).hasSize(1);
		assertThat(response.reasoningBlocks().get(0).signature()).isNotBlank();
		assertThat(completed).extracting(ToolCall::name).containsExactly("get_weather", "calculator");
		assertThat(response.toolCalls()).isEqualTo(completed);
		assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		JsonNode first = this.server.takeRequest().json();
		assertThat(first.get("stream").asBoolean()).isTrue();
		assertThat(first.get("max_tokens").asInt()).isEqualTo(3072);
		assertThat(first.has("temperature")).isFalse();
		conversation.add(Message.assistant(response));
		for (ToolCall call : response.toolCalls()) {
			conversation.add(Message.toolResult(call.id(), call.name(), "{\"ok\":true}"));
		}
		this.client.chatWithTools(conversation, TOOLS, thinking);
		JsonNode echoed = this.server.takeRequest().json().at("/messages/1/content/0");
		assertThat(echoed.get("type").asString()).isEqualTo("thinking");
		assertThat(echoed.get("signature").asString()).isEqualTo(response.reasoningBlocks().get(0).signature());
	}

	@Test
	void streamWithErrorEventMidStreamFailsWithTheErrorType() {
		this.server.enqueue(MockReply.text("A fairly long answer that is cut").midStreamError("overloaded_error", "Overloaded"));
		assertThatExceptionOfType(LlmStreamException.class)
			.isThrownBy(() -> this.client.streamChat(List.of(Message.user("Hi")), (delta) -> {
			}))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("overloaded_error"));
	}

	@Test
	void streamCutBeforeMessageStopFails() {
		this.server.enqueue(MockReply.text("A fairly long answer that is cut short").cutAfterChunks(3));
		assertThatExceptionOfType(LlmStreamException.class)
			.isThrownBy(() -> this.client.streamChat(List.of(Message.user("Hi")), (delta) -> {
			}));
	}

	@Test
	void chatWhenServerReturns529RetriesWithBackoff() {
		this.server.enqueue(MockReply.error(529, "overloaded_error", "Overloaded"));
		this.server.enqueue(MockReply.text("Recovered"));
		assertThat(this.client.chat(List.of(Message.user("Hi"))).text()).isEqualTo("Recovered");
		assertThat(this.sleeps).hasSize(1);
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void chatWhenServerReturns429RetriesAfterRetryAfterDelay() {
		this.server.enqueue(MockReply.error(429, "rate_limit_error", "Slow down").withHeader("retry-after", "2"));
		this.server.enqueue(MockReply.text("Recovered"));
		assertThat(this.client.chat(List.of(Message.user("Hi"))).text()).isEqualTo("Recovered");
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(2));
	}

	@Test
	void chatWithWrongKeyThrowsAuthenticationException() {
		try (LlmClient wrong = client("wrong-key")) {
			assertThatExceptionOfType(LlmAuthenticationException.class)
				.isThrownBy(() -> wrong.chat(List.of(Message.user("Hi"))))
				.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("authentication_error"))
				.withMessageNotContaining("wrong-key");
		}
	}

	@Test
	void chatWithThinkingBudgetBelowMinimumFailsBeforeSending() {
		assertThatExceptionOfType(LlmInvalidRequestException.class)
			.isThrownBy(() -> this.client.chat(List.of(Message.user("Hi")),
					ChatOptions.builder().thinkingBudget(100).build()))
			.withMessageContaining("'thinkingBudget'");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void chatWhenRefusedReportsRefusal() {
		this.server.enqueue(MockReply.blocked("refusal"));
		ChatResponse response = this.client.chat(List.of(Message.user("Hi")));
		assertThat(response.finishReason()).isEqualTo(FinishReason.REFUSAL);
		assertThat(response.rawFinishReason()).isEqualTo("refusal");
	}

	@Test
	void listModelsFollowsPagesWithAfterId() {
		this.server.enqueue(MockReply.json("""
				{"data":[{"type":"model","id":"claude-a","display_name":"A","created_at":"2025-01-01T00:00:00Z"}],
				 "has_more":true,"first_id":"claude-a","last_id":"claude-a"}"""));
		this.server.enqueue(MockReply.json("""
				{"data":[{"type":"model","id":"claude-b","display_name":"B","created_at":"2025-02-01T00:00:00Z"}],
				 "has_more":false,"first_id":"claude-b","last_id":"claude-b"}"""));
		List<ModelInfo> models = this.client.listModels();
		assertThat(models).extracting(ModelInfo::id).containsExactly("claude-a", "claude-b");
		assertThat(models.get(0).displayName()).isEqualTo("A");
		assertThat(this.server.takeRequest().path()).startsWith("/claude/v1/models");
		assertThat(this.server.takeRequest().path()).contains("after_id=claude-a");
	}

	@Test
	void listModelsWithoutScriptFollowsTheSimulatorsPages() {
		List<ModelInfo> models = this.client.listModels();
		assertThat(models).isNotEmpty().allSatisfy((model) -> assertThat(model.id()).startsWith("claude"));
	}

	@Test
	void embedIsUnsupported() {
		assertThatExceptionOfType(LlmUnsupportedOperationException.class)
			.isThrownBy(() -> this.client.embed(List.of("a"), EmbeddingOptions.none()))
			.withMessageContaining("claude");
		assertThat(this.server.requestCount()).isZero();
	}

}
