package io.github.llmkit;

import java.time.Duration;
import java.util.List;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.RecordingListener;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Streams that stall or lose their connection, for one provider of each wire family: the idle timeout ends a
 * silent stream, and a dropped connection or a server error event is retried only while nothing has been
 * delivered.
 */
class StreamFaultTests extends SimulatorTestSupport {

	private static final Duration HANG_GUARD = Duration.ofSeconds(20);

	private static final String ANSWER = "one two three four five six seven eight nine ten";

	private static final List<Message> COUNT = List.of(Message.user("Count"));

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "CLAUDE", "GEMINI" })
	void streamSilentLongerThanIdleTimeoutRaisesTimeoutException(ProviderType type) {
		server.enqueue(MockReply.text(ANSWER).stallAfterChunks(0, Duration.ofSeconds(5)));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = idleClient(type)) {
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmTimeoutException.class)
				.isThrownBy(() -> client.streamChat(COUNT, recorder, ChatOptions.builder().retries(0).build()))
				.withMessageContaining(type.id())
				.withMessageContaining("no stream data")
				.withMessageContaining("300 ms"));
			assertThat(recorder.completed).isEmpty();
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "CLAUDE", "GEMINI" })
	void streamSilentBeforeAnyDeltaIsRetried(ProviderType type) {
		server.enqueue(MockReply.text(ANSWER).stallAfterChunks(firstDeltaEvents(type) - 1, Duration.ofSeconds(5)));
		server.enqueue(MockReply.text("Second time lucky"));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = idleClient(type)) {
			ChatResponse response = assertTimeoutPreemptively(HANG_GUARD, () -> client.streamChat(COUNT, recorder));
			assertThat(response.text()).isEqualTo("Second time lucky");
			assertThat(server.requestCount()).isEqualTo(2);
			assertThat(this.sleeper.delays).hasSize(1);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "CLAUDE", "GEMINI" })
	void streamStallingAfterDeltasTimesOutWithoutRetry(ProviderType type) {
		server.enqueue(MockReply.text(ANSWER).stallAfterChunks(firstDeltaEvents(type), Duration.ofSeconds(5)));
		server.enqueue(MockReply.text("must not be used"));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = idleClient(type)) {
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmTimeoutException.class)
				.isThrownBy(() -> client.streamChat(COUNT, recorder)));
			assertThat(recorder.text()).isEqualTo("one ");
			assertThat(recorder.completed).isEmpty();
			assertThat(server.requestCount()).isEqualTo(1);
			assertThat(this.sleeper.delays).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "CLAUDE", "GEMINI" })
	void streamPausingShorterThanIdleTimeoutCompletes(ProviderType type) {
		server.enqueue(MockReply.text(ANSWER).stallAfterChunks(firstDeltaEvents(type), Duration.ofMillis(100)));
		RecordingListener recorder = new RecordingListener();
		ClientConfig config = config(type).streamIdleTimeout(Duration.ofSeconds(10)).build();
		try (LlmClient client = LlmClients.create(type, config)) {
			ChatResponse response = assertTimeoutPreemptively(HANG_GUARD, () -> client.streamChat(COUNT, recorder));
			assertThat(response.text()).isEqualTo(ANSWER);
			assertThat(recorder.completed).hasSize(1);
		}
	}

	@Test
	void idleTimeoutOfAPooledStreamConnectionDoesNotLeakIntoTheNextCall() {
		ClientConfig config = config(ProviderType.OPENAI).streamIdleTimeout(Duration.ofMillis(300))
			.maxConnections(1)
			.build();
		try (LlmClient client = LlmClients.create(ProviderType.OPENAI, config)) {
			assertThat(client.streamChat(COUNT, new RecordingListener()).text()).isEqualTo("You said: Count");
			server.enqueue(MockReply.text("worth the wait").withDelay(Duration.ofSeconds(1)));
			ChatResponse response = assertTimeoutPreemptively(HANG_GUARD,
					() -> client.chat(COUNT, ChatOptions.builder().retries(0).build()));
			assertThat(response.text()).isEqualTo("worth the wait");
			assertThat(server.requestCount()).isEqualTo(2);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "CLAUDE", "GEMINI" })
	void connectionDroppedBeforeAnyDeltaIsRetried(ProviderType type) {
		server.enqueue(MockReply.text(ANSWER).resetAfterChunks(firstDeltaEvents(type) - 1));
		server.enqueue(MockReply.text("Second time lucky"));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(type)) {
			ChatResponse response = assertTimeoutPreemptively(HANG_GUARD, () -> client.streamChat(COUNT, recorder));
			assertThat(response.text()).isEqualTo("Second time lucky");
			assertThat(recorder.text()).isEqualTo("Second time lucky");
			assertThat(server.requestCount()).isEqualTo(2);
			assertThat(this.sleeper.delays).hasSize(1);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "MISTRAL" })
	void retriedStreamReportsTheSuccessfulAttemptOnly(ProviderType type) {
		server.enqueue(MockReply.text(ANSWER).withFinishReason("length").resetAfterChunks(1));
		server.enqueue(MockReply.text("Second time lucky"));
		try (LlmClient client = client(type)) {
			ChatResponse response = assertTimeoutPreemptively(HANG_GUARD,
					() -> client.streamChat(COUNT, new RecordingListener()));
			assertThat(response.text()).isEqualTo("Second time lucky");
			assertThat(response.id()).as("the id of the stream that succeeded")
				.isEqualTo(response.raw().get("id").asString());
			assertThat(response.rawFinishReason()).isEqualTo("stop");
			assertThat(server.requestCount()).isEqualTo(2);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "CLAUDE", "GEMINI" })
	void connectionDroppedBeforeAnyDeltaFailsWithStreamExceptionOnceRetriesAreSpent(ProviderType type) {
		server.enqueue(MockReply.text(ANSWER).resetAfterChunks(0));
		server.enqueue(MockReply.text(ANSWER).resetAfterChunks(0));
		try (LlmClient client = client(type)) {
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(COUNT, new RecordingListener(),
						ChatOptions.builder().retries(1).build()))
				.withMessageContaining(type.id())
				.satisfies((ex) -> assertThat(ex.retryable()).isTrue()));
			assertThat(server.requestCount()).isEqualTo(2);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "CLAUDE", "GEMINI" })
	void connectionDroppedAfterADeltaRaisesStreamExceptionWithoutRetry(ProviderType type) {
		server.enqueue(MockReply.text(ANSWER).resetAfterChunks(firstDeltaEvents(type)));
		server.enqueue(MockReply.text("must not be used"));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(type)) {
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(COUNT, recorder))
				.withMessageContaining(type.id())
				.satisfies((ex) -> assertThat(ex.retryable()).isFalse()));
			assertThat(recorder.text()).isEqualTo("one ");
			assertThat(recorder.completed).isEmpty();
			assertThat(server.requestCount()).isEqualTo(1);
			assertThat(this.sleeper.delays).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "OPENROUTER" })
	void serverErrorEventBeforeAnyDeltaIsRetried(ProviderType type) {
		server.enqueue(MockReply.rawError(200, errorFirstStream(type)));
		server.enqueue(MockReply.text("Second time lucky"));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(type)) {
			ChatResponse response = assertTimeoutPreemptively(HANG_GUARD, () -> client.streamChat(COUNT, recorder));
			assertThat(response.text()).isEqualTo("Second time lucky");
			assertThat(recorder.text()).isEqualTo("Second time lucky");
			assertThat(server.requestCount()).isEqualTo(2);
			assertThat(this.sleeper.delays).hasSize(1);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "OPENROUTER" })
	void serverErrorEventBeforeAnyDeltaFailsOnceRetriesAreSpent(ProviderType type) {
		server.enqueue(MockReply.rawError(200, errorFirstStream(type)));
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(COUNT, new RecordingListener(),
						ChatOptions.builder().retries(0).build()))
				.withMessageContaining(type.id() + " stream failed")
				.satisfies((ex) -> assertThat(ex.retryable()).isTrue());
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void errorEventBeforeAnyDeltaThatIsNotAServerFailureIsNotRetried() {
		server.enqueue(MockReply.rawError(200, "data: {\"error\":{\"message\":\"Invalid 'messages'\","
				+ "\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}\n\n"));
		server.enqueue(MockReply.text("must not be used"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(COUNT, new RecordingListener()))
				.satisfies((ex) -> {
					assertThat(ex.errorType()).isEqualTo("invalid_request_error");
					assertThat(ex.retryable()).isFalse();
				});
			assertThat(server.requestCount()).isEqualTo(1);
			assertThat(this.sleeper.delays).isEmpty();
		}
	}

	@Test
	void serverErrorEventAfterADeltaIsNotRetried() {
		server.enqueue(MockReply.text(ANSWER).midStreamError("server_error", "The server had an error"));
		server.enqueue(MockReply.text("must not be used"));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmStreamException.class).isThrownBy(() -> client.streamChat(COUNT, recorder))
				.satisfies((ex) -> assertThat(ex.retryable()).isFalse());
			assertThat(recorder.text()).isEqualTo("one ");
			assertThat(server.requestCount()).isEqualTo(1);
			assertThat(this.sleeper.delays).isEmpty();
		}
	}

	@Test
	void errorEventEchoingTheKeyIsMasked() {
		server.enqueue(MockReply.text(ANSWER)
			.midStreamError("invalid_request_error", "Key " + MockLlmServer.API_KEY + " is not allowed to stream"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(COUNT, new RecordingListener()))
				.satisfies((ex) -> assertThat(ex.getMessage()).contains("is not allowed to stream")
					.doesNotContain(MockLlmServer.API_KEY));
		}
	}

	/**
	 * Return a stream whose first event reports a server failure, in the provider's own mid-stream shape: an
	 * OpenAI {@code error} object after the role chunk, Groq's {@code event: error} with {@code status_code},
	 * OpenRouter's chunk with a numeric {@code error.code} and {@code finish_reason: "error"}.
	 */
	private static String errorFirstStream(ProviderType type) {
		return switch (type) {
			case GROQ -> "event: error\ndata: {\"error\":{\"message\":\"Internal Server Error\","
					+ "\"type\":\"internal_server_error\",\"status_code\":500}}\n\n";
			case OPENROUTER -> ": OPENROUTER PROCESSING\n\n"
					+ "data: {\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\","
					+ "\"error\":{\"code\":502,\"message\":\"Provider returned error\"},\"choices\":[{\"index\":0,"
					+ "\"delta\":{\"content\":\"\"},\"finish_reason\":\"error\"}]}\n\n";
			default -> "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
					+ "\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n"
					+ "data: {\"error\":{\"message\":\"The server had an error while processing your request.\","
					+ "\"type\":\"server_error\",\"param\":null,\"code\":null}}\n\n";
		};
	}

	private LlmClient idleClient(ProviderType type) {
		return LlmClients.create(type, config(type).streamIdleTimeout(Duration.ofMillis(300)).build());
	}

	/**
	 * Return how many events the simulator sends up to and including the first text: OpenAI's role chunk comes
	 * first, Anthropic's {@code message_start}, {@code content_block_start} and {@code ping}, Gemini's first chunk
	 * has text.
	 */
	private static int firstDeltaEvents(ProviderType type) {
		return switch (type) {
			case OPENAI -> 2;
			case CLAUDE -> 4;
			default -> 1;
		};
	}

}
