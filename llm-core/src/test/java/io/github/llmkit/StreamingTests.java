package io.github.llmkit;

import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.chat.RecordingListener;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Streaming over the simulator: each provider's framing, errors mid-stream, truncation, and listeners that
 * fail.
 */
class StreamingTests extends SimulatorTestSupport {

	private static final Duration HANG_GUARD = Duration.ofSeconds(20);

	@Test
	void groqStreamsMultiToolCallAnswerAsGroqDeliversIt() {
		server.enqueue(MockReply
			.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
					MockToolCall.of("calculator", "{\"expression\":\"2+2\"}"),
					MockToolCall.of("get_weather", "{\"city\":\"Tokyo\"}"))
			.withUsage(203, 14));
		RecordingListener recorder = new RecordingListener();
		ClientConfig config = ClientConfig.builder()
			.apiKey(MockLlmServer.API_KEY)
			.baseUrl(server.baseUrl("groq"))
			.sleeper(this.sleeper)
			.build();
		try (LlmClient client = LlmClients.create(ProviderType.GROQ, config)) {
			ChatResponse response = client.streamChatWithTools(List.of(Message.user("Weather in Paris and Tokyo, 2+2")),
					TOOLS, recorder);
			assertThat(response.toolCalls()).extracting(ToolCall::name)
				.containsExactly("get_weather", "calculator", "get_weather");
			assertThat(response.toolCalls()).extracting(ToolCall::arguments)
				.containsExactly("{\"city\":\"Paris\"}", "{\"expression\":\"2+2\"}", "{\"city\":\"Tokyo\"}");
			assertThat(response.toolCalls()).extracting(ToolCall::id).doesNotContainNull().doesNotHaveDuplicates();
			assertThat(recorder.toolCalls).containsExactlyElementsOf(response.toolCalls());
			assertThat(recorder.text()).isEmpty();
			assertThat(recorder.deltas).flatMap(ChatDelta::toolCalls)
				.as("Groq sends each call whole in one delta")
				.hasSize(3)
				.allSatisfy((fragment) -> {
					assertThat(fragment.id()).isNotBlank();
					assertThat(fragment.name()).isNotBlank();
					assertThat(fragment.arguments()).startsWith("{").endsWith("}");
				});
			ChatDelta finish = recorder.deltas.stream().filter((delta) -> delta.finishReason() != null).findFirst()
				.orElseThrow();
			assertThat(finish.usage()).as("Groq reports usage on the finish chunk").isNotNull();
			assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
			assertThat(response.rawFinishReason()).isEqualTo("tool_calls");
			assertThat(response.usage().inputTokens()).isEqualTo(203);
			assertThat(response.usage().outputTokens()).isEqualTo(14);
			assertThat(server.takeRequest().path()).isEqualTo("/groq/openai/v1/chat/completions");
		}
	}

	@Test
	void toolCallDetectorSeparatesCallsFromText() {
		server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")).withText("Checking both."));
		List<ToolCall> detected = new ArrayList<>();
		List<String> text = new ArrayList<>();
		try (LlmClient client = client(ProviderType.OPENAI)) {
			ChatResponse response = client.streamChatWithTools(List.of(Message.user("Both")), TOOLS,
					StreamListeners.toolCallDetector(detected::add, text::add));
			assertThat(detected).containsExactlyElementsOf(response.toolCalls()).hasSize(2);
			assertThat(String.join("", text)).isEqualTo("Checking both.");
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void textAndToolCallsTogether(ProviderType type) {
		server.enqueue(MockReply.toolCalls(MockToolCall.of("calculator", "{\"expression\":\"6*7\"}"))
			.withText("Computing."));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(type)) {
			ChatResponse response = client.streamChatWithTools(List.of(Message.user("6*7?")), TOOLS,
					recorder);
			assertThat(response.text()).isEqualTo("Computing.");
			assertThat(recorder.text()).isEqualTo("Computing.");
			assertThat(response.toolCalls()).hasSize(1);
			assertThat(recorder.toolCalls).hasSize(1);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "DEEPSEEK", "MISTRAL" })
	void errorEventMidStreamRaisesStreamExceptionWithProviderTypeAndMessage(ProviderType type) {
		server.enqueue(MockReply.text("This answer will not finish properly at all")
			.midStreamError("server_error", "The server had an error"));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(List.of(Message.user("Hi")), recorder))
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).contains("The server had an error");
					assertThat(ex.provider()).isEqualTo(type.id());
				});
			assertThat(recorder.completed).isEmpty();
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void ollamaErrorMidStreamEndsSilentlyAndIsReportedAsTruncation() {
		server.enqueue(MockReply.text("This answer will not finish properly at all")
			.midStreamError("api_error", "model runner crashed"));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(ProviderType.OLLAMA)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(List.of(Message.user("Hi")), recorder))
				.withMessageContaining("ollama");
			assertThat(recorder.completed).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void truncatedStreamRaisesStreamExceptionNotShortAnswer(ProviderType type) {
		server.enqueue(MockReply.text("one two three four five six seven eight nine ten").cutAfterChunks(3));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(List.of(Message.user("Count")), recorder))
				.withMessageContaining(type.id());
			assertThat(recorder.completed).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "OPENROUTER" })
	void truncatedToolCallStreamRaisesStreamException(ProviderType type) {
		server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")).cutAfterChunks(2));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmStreamException.class).isThrownBy(
					() -> client.streamChatWithTools(List.of(Message.user("Both")), TOOLS, recorder));
			assertThat(recorder.toolCalls).isEmpty();
		}
	}

	@Test
	void malformedChunkRaisesStreamException() {
		server.enqueue(MockReply.text("Hello world, this is fine").malformed());
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(List.of(Message.user("Hi")), StreamListeners.none()))
				.withMessageContaining("openai");
		}
	}

	@Test
	void listenerThatThrowsCancelsStreamAndFreesTheConnection() {
		String longAnswer = "word ".repeat(20_000).trim();
		server.enqueue(MockReply.text(longAnswer));
		IllegalStateException failure = new IllegalStateException("listener gave up");
		int[] calls = new int[1];
		StreamListener failing = (delta) -> {
			if (delta.hasText() && ++calls[0] == 3) {
				throw failure;
			}
		};
		ClientConfig config = config(ProviderType.OPENAI).maxConnections(1).build();
		try (LlmClient client = LlmClients.create(ProviderType.OPENAI, config)) {
			assertTimeoutPreemptively(HANG_GUARD, () -> {
				assertThatExceptionOfType(IllegalStateException.class)
					.isThrownBy(() -> client.streamChat(List.of(Message.user("Talk")), failing))
					.isSameAs(failure);
				assertThat(client.chat(List.of(Message.user("Still there?"))).text())
					.isEqualTo("You said: Still there?");
			});
			assertThat(calls[0]).isEqualTo(3);
			assertThat(server.requestCount()).isEqualTo(2);
		}
	}

	@Test
	void listenerThatThrowsAnErrorAlsoCancelsTheStream() {
		server.enqueue(MockReply.text("word ".repeat(20_000).trim()));
		AssertionError failure = new AssertionError("listener assertion");
		ClientConfig config = config(ProviderType.GROQ).maxConnections(1).build();
		try (LlmClient client = LlmClients.create(ProviderType.GROQ, config)) {
			assertTimeoutPreemptively(HANG_GUARD, () -> {
				assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> client.streamChat(
						List.of(Message.user("Talk")), (delta) -> {
							if (delta.hasText()) {
								throw failure;
							}
						}))
					.isSameAs(failure);
				assertThat(client.complete("Again").text()).isEqualTo("You said: Again");
			});
		}
	}

	@Test
	void listenerThatThrowsOnCompleteStillPropagates() {
		IllegalArgumentException failure = new IllegalArgumentException("done badly");
		StreamListener listener = new StreamListener() {

			@Override
			public void onDelta(ChatDelta delta) {
			}

			@Override
			public void onComplete(ChatResponse response) {
				throw failure;
			}

		};
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> client.streamChat(List.of(Message.user("Hi")), listener))
				.isSameAs(failure);
		}
	}

	@Test
	void writerListenerWritesTheText() {
		StringWriter out = new StringWriter();
		try (LlmClient client = client(ProviderType.DEEPSEEK)) {
			ChatResponse response = client.streamComplete("Write me", StreamListeners.writer(out));
			assertThat(out.toString()).isEqualTo(response.text()).isEqualTo("You said: Write me");
		}
	}

	@Test
	void textListenerReceivesOnlyText() {
		List<String> pieces = new ArrayList<>();
		server.enqueue(MockReply.text("visible answer").withReasoning("hidden thoughts"));
		try (LlmClient client = client(ProviderType.OPENROUTER)) {
			ChatResponse response = client.streamChat(List.of(Message.user("Hi")), StreamListeners.text(pieces::add));
			assertThat(String.join("", pieces)).isEqualTo("visible answer");
			assertThat(response.reasoning()).isEqualTo("hidden thoughts");
		}
	}

	@Test
	void streamFailingBeforeAnyDeltaIsRetried() {
		server.enqueue(MockReply.error(503, "service_unavailable_error", "Overloaded"));
		server.enqueue(MockReply.text("Second time lucky"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			ChatResponse response = client.streamChat(List.of(Message.user("Hi")), StreamListeners.none());
			assertThat(response.text()).isEqualTo("Second time lucky");
			assertThat(server.requestCount()).isEqualTo(2);
			assertThat(this.sleeper.delays).hasSize(1);
		}
	}

	@Test
	void streamBrokenAfterDeltasIsNotRetried() {
		server.enqueue(MockReply.text("one two three four five six seven eight nine ten").cutAfterChunks(4));
		server.enqueue(MockReply.text("must not be used"));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(List.of(Message.user("Count")), recorder));
			assertThat(recorder.text()).isNotEmpty().doesNotContain("must not");
			assertThat(server.requestCount()).isEqualTo(1);
			assertThat(this.sleeper.delays).isEmpty();
		}
	}

	@Test
	void streamPerCallTimeoutIsHonoured() {
		server.enqueue(MockReply.text("late").withDelay(Duration.ofSeconds(3)));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmTimeoutException.class)
				.isThrownBy(() -> client.streamChat(List.of(Message.user("Hi")), StreamListeners.none(),
						ChatOptions.builder().timeout(Duration.ofMillis(300)).retries(0).build()))
				.withMessageContaining("300 ms"));
			assertThat(server.takeRequest().path()).as("recorded before the next test resets the server")
				.isNotEmpty();
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

}
