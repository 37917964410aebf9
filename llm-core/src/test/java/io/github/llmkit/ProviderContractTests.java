package io.github.llmkit;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.chat.ToolCallDelta;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolLoopResult;
import io.github.llmkit.tool.ToolRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The same scenarios against every provider type through the simulator: one user code path, nine wires.
 */
class ProviderContractTests extends SimulatorTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LlmClient client(ProviderType type, String apiKey) {
		return LlmClients.create(type, config(type).apiKey(apiKey).retries(2).build());
	}

	@Override
	LlmClient client(ProviderType type) {
		return client(type, MockLlmServer.API_KEY);
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void chatReturnsTheAnswerText(ProviderType type) {
		server.enqueue(MockReply.text("Hello there").withUsage(5, 2));
		try (LlmClient client = client(type)) {
			ChatResponse response = client.chat(List.of(Message.system("Be brief."), Message.user("Hi")));
			assertThat(response.text()).isEqualTo("Hello there");
			assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
			assertThat(response.toolCalls()).isEmpty();
			assertThat(response.usage().inputTokens()).isEqualTo(5);
			assertThat(response.usage().outputTokens()).isGreaterThanOrEqualTo(2);
		}
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void completeEchoesThePrompt(ProviderType type) {
		try (LlmClient client = client(type)) {
			assertThat(client.complete("Good morning").text()).contains("Good morning");
		}
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void toolWireFormatIsTheToolsEntryTheChatRequestCarries(ProviderType type) {
		try (LlmClient client = client(type)) {
			client.chatWithTools(List.of(Message.user("Hello")), TOOLS);
		}
		JsonNode tools = server.takeRequest().json().path("tools");
		JsonNode sent = (type.family() == WireFamily.GEMINI) ? tools.get(0).path("functionDeclarations").get(0)
				: tools.get(0);
		assertThat(type.toolWireFormat(TOOLS.get(0))).isEqualTo(sent);
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void chatWithToolsReturnsTwoParallelCallsAndTheLoopFinishes(ProviderType type) {
		server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")));
		try (LlmClient client = client(type)) {
			List<Message> conversation = new ArrayList<>(List.of(Message.user("Weather in Paris and 2+2?")));
			ChatResponse first = client.chatWithTools(conversation, TOOLS);
			assertThat(first.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
			assertThat(first.toolCalls()).extracting(ToolCall::name).containsExactly("get_weather", "calculator");
			assertThat(first.toolCalls()).extracting(ToolCall::id).doesNotHaveDuplicates();
			assertThat(JSON.readTree(first.toolCalls().get(0).arguments()).get("city").asString()).isEqualTo("Paris");
			assertThat(JSON.readTree(first.toolCalls().get(1).arguments()).get("expression").asString())
				.isEqualTo("2+2");
			conversation.add(Message.assistant(first));
			conversation.add(Message.toolResult(first.toolCalls().get(0).id(), "get_weather", "{\"temp\":21}"));
			conversation.add(Message.toolResult(first.toolCalls().get(1).id(), "calculator", "{\"result\":4}"));
			ChatResponse second = client.chatWithTools(conversation, TOOLS);
			assertThat(second.hasToolCalls()).isFalse();
			assertThat(second.finishReason()).isEqualTo(FinishReason.STOP);
		}
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void toolLoopRunsWeatherAndCalculatorToAFinalAnswer(ProviderType type) {
		ToolRegistry registry = new ToolRegistry().registerStandardTools();
		try (LlmClient client = client(type)) {
			ToolLoopResult result = registry.run(client,
					List.of(Message.user("What is the weather in London and what is 6 * 7?")));
			assertThat(result.executions()).extracting((execution) -> execution.call().name())
				.containsExactly("get_weather", "calculator");
			assertThat(result.text()).contains("rainy", "42");
		}
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void streamingToolLoopRunsWeatherAndCalculatorToAFinalAnswer(ProviderType type) {
		ToolRegistry registry = new ToolRegistry().registerStandardTools();
		StringBuilder streamed = new StringBuilder();
		try (LlmClient client = client(type)) {
			ToolLoopResult result = registry.runStreaming(client,
					List.of(Message.user("What is the weather in London and what is 6 * 7?")),
					(delta) -> streamed.append(delta.text()));
			assertThat(result.executions()).extracting((execution) -> execution.call().name())
				.containsExactly("get_weather", "calculator");
			assertThat(result.text()).contains("rainy", "42");
			assertThat(streamed.toString()).contains("rainy", "42");
		}
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void streamChatDeliversTextAsItArrives(ProviderType type) {
		String answer = "Streaming works on every provider, chunk by chunk.";
		server.enqueue(MockReply.text(answer));
		StringBuilder received = new StringBuilder();
		try (LlmClient client = client(type)) {
			ChatResponse response = client.streamChat(List.of(Message.user("Hi")),
					(delta) -> received.append(delta.text()));
			assertThat(received.toString()).isEqualTo(answer);
			assertThat(response.text()).isEqualTo(answer);
			assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
		}
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void streamChatWithToolsReportsEachCompleteCall(ProviderType type) {
		server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")));
		List<ToolCall> completed = new ArrayList<>();
		List<ToolCallDelta> fragments = new ArrayList<>();
		try (LlmClient client = client(type)) {
			ChatResponse response = client.streamChatWithTools(List.of(Message.user("Weather in Paris and 2+2?")),
					TOOLS, new StreamListener() {

						@Override
						public void onDelta(io.github.llmkit.chat.ChatDelta delta) {
							fragments.addAll(delta.toolCalls());
						}

						@Override
						public void onToolCall(ToolCall toolCall) {
							completed.add(toolCall);
						}

					});
			assertThat(completed).extracting(ToolCall::name).containsExactly("get_weather", "calculator");
			assertThat(response.toolCalls()).isEqualTo(completed);
			assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
			assertThat(fragments).isNotEmpty();
			assertThat(JSON.readTree(completed.get(0).arguments()).get("city").asString()).isEqualTo("Paris");
		}
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void listModelsReturnsPlainIds(ProviderType type) {
		try (LlmClient client = client(type)) {
			List<ModelInfo> models = client.listModels();
			assertThat(models).isNotEmpty()
				.allSatisfy((model) -> assertThat(model.id()).isNotBlank().doesNotStartWith("models/"));
		}
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void embedReturnsOneVectorPerInputOrIsUnsupported(ProviderType type) {
		try (LlmClient client = client(type)) {
			if (type.supports(Capability.EMBEDDINGS)) {
				EmbeddingResponse response = client.embed(List.of("alpha", "beta"), EmbeddingOptions.none());
				assertThat(response.vectors()).hasSize(2).allSatisfy((vector) -> assertThat(vector).isNotEmpty());
				assertThat(response.vectors().get(0)).isNotEqualTo(response.vectors().get(1));
			}
			else {
				assertThatExceptionOfType(LlmUnsupportedOperationException.class)
					.isThrownBy(() -> client.embed(List.of("alpha"), EmbeddingOptions.none()))
					.withMessageContaining(type.id());
				assertThat(server.requestCount()).isZero();
			}
		}
	}

	@ParameterizedTest
	@EnumSource(value = ProviderType.class, names = "OLLAMA", mode = EnumSource.Mode.EXCLUDE)
	void chatWithWrongKeyThrowsAuthenticationException(ProviderType type) {
		try (LlmClient client = client(type, "wrong-key")) {
			assertThatExceptionOfType(LlmAuthenticationException.class)
				.isThrownBy(() -> client.chat(List.of(Message.user("Hi"))))
				.withMessageNotContaining("wrong-key");
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void chatWhenServerReturns500RetriesAndSucceeds(ProviderType type) {
		server.enqueue(MockReply.rawError(500, "upstream exploded"));
		server.enqueue(MockReply.text("Recovered"));
		try (LlmClient client = client(type)) {
			assertThat(client.chat(List.of(Message.user("Hi"))).text()).isEqualTo("Recovered");
			assertThat(server.requestCount()).isEqualTo(2);
			assertThat(this.sleeper.delays).hasSize(1);
		}
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void chatWithMalformedAnswerFailsWithTheClientsName(ProviderType type) {
		server.enqueue(MockReply.text("Hello there").malformed());
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmTransportException.class)
				.isThrownBy(() -> client.chat(List.of(Message.user("Hi"))))
				.withMessageContaining(type.id());
		}
	}

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void chatWhenServerKeepsFailingThrowsHttpExceptionAfterRetries(ProviderType type) {
		for (int i = 0; i < 3; i++) {
			server.enqueue(MockReply.rawError(503, "unavailable"));
		}
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> client.chat(List.of(Message.user("Hi"))))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(503));
			assertThat(server.requestCount()).isEqualTo(3);
		}
	}

}
