package io.github.llmkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.test.MockReply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A call's own timeout and retries win over the client's on every chat operation, plain and streamed, in each
 * wire family.
 */
class PerCallSettingsTests extends SimulatorTestSupport {

	private static final Duration HANG_GUARD = Duration.ofSeconds(20);

	static Stream<Arguments> operations() {
		List<Arguments> arguments = new ArrayList<>();
		for (ProviderType type : List.of(ProviderType.OPENAI, ProviderType.CLAUDE, ProviderType.GEMINI)) {
			for (Operation operation : Operation.values()) {
				arguments.add(Arguments.of(type, operation));
			}
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("operations")
	void perCallRetriesWinOverTheClientsRetries(ProviderType type, Operation operation) {
		for (int i = 0; i < 4; i++) {
			server.enqueue(MockReply.error(503, "overloaded", "Busy"));
		}
		try (LlmClient client = LlmClients.create(type, config(type).retries(3).build())) {
			assertThatExceptionOfType(LlmHttpException.class)
				.isThrownBy(() -> operation.call(client, ChatOptions.builder().retries(1).build()))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(503));
			assertThat(server.requestCount()).isEqualTo(2);
			assertThat(this.sleeper.delays).hasSize(1);
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("operations")
	void perCallTimeoutWinsOverTheClientsTimeout(ProviderType type, Operation operation) {
		server.enqueue(MockReply.text("too late").withDelay(Duration.ofSeconds(2)));
		try (LlmClient client = LlmClients.create(type, config(type).timeout(Duration.ofSeconds(60)).build())) {
			ChatOptions options = ChatOptions.builder().timeout(Duration.ofMillis(250)).retries(0).build();
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmTimeoutException.class)
				.isThrownBy(() -> operation.call(client, options))
				.withMessageContaining("250 ms"));
			assertThat(server.takeRequest().path()).as("recorded before the next test resets the server")
				.isNotEmpty();
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	/**
	 * The six chat operations of {@link LlmClient}, each called with options.
	 */
	enum Operation {

		CHAT((client, options) -> client.chat(List.of(Message.user("Hi")), options)),

		COMPLETE((client, options) -> client.complete("Hi", options)),

		CHAT_WITH_TOOLS((client, options) -> client.chatWithTools(List.of(Message.user("Hi")), TOOLS, options)),

		STREAM_CHAT((client, options) -> client.streamChat(List.of(Message.user("Hi")), StreamListeners.none(),
				options)),

		STREAM_COMPLETE((client, options) -> client.streamComplete("Hi", StreamListeners.none(), options)),

		STREAM_CHAT_WITH_TOOLS((client, options) -> client.streamChatWithTools(List.of(Message.user("Hi")), TOOLS,
				StreamListeners.none(), options));

		private final BiFunction<LlmClient, ChatOptions, ChatResponse> call;

		Operation(BiFunction<LlmClient, ChatOptions, ChatResponse> call) {
			this.call = call;
		}

		ChatResponse call(LlmClient client, ChatOptions options) {
			return this.call.apply(client, options);
		}

	}

}
