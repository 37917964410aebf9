package io.github.llmkit;

import java.util.List;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.RecordingListener;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Error events inside a stream after the 200, for one provider of each wire family: every family retries a
 * transient one (in its own vocabulary) while nothing has been delivered, and masks the API key in the message.
 */
class StreamErrorEventTests extends SimulatorTestSupport {

	private static final String ANSWER = "one two three four five six seven eight nine ten";

	private static final List<Message> COUNT = List.of(Message.user("Count"));

	@ParameterizedTest
	@CsvSource({ "OPENAI, server_error", "OPENAI, overloaded_error", "CLAUDE, overloaded_error", "CLAUDE, api_error",
			"CLAUDE, rate_limit_error", "CLAUDE, timeout_error", "GEMINI, UNAVAILABLE", "GEMINI, INTERNAL",
			"GEMINI, DEADLINE_EXCEEDED", "GEMINI, RESOURCE_EXHAUSTED" })
	void transientErrorEventBeforeAnyDeltaIsRetried(ProviderType type, String errorType) {
		server.enqueue(MockReply.text(ANSWER).midStreamErrorBeforeContent(errorType, "Try again later"));
		server.enqueue(MockReply.text("Second time lucky"));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(type)) {
			ChatResponse response = client.streamChat(COUNT, recorder);
			assertThat(response.text()).isEqualTo("Second time lucky");
			assertThat(recorder.text()).isEqualTo("Second time lucky");
			assertThat(server.requestCount()).isEqualTo(2);
			assertThat(this.sleeper.delays).hasSize(1);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "CLAUDE", "GEMINI" })
	void transientErrorEventBeforeAnyDeltaFailsRetryablyOnceRetriesAreSpent(ProviderType type) {
		server.enqueue(MockReply.text(ANSWER).midStreamErrorBeforeContent(transientType(type), "Try again later"));
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(COUNT, new RecordingListener(),
						ChatOptions.builder().retries(0).build()))
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).contains(type.id() + " stream failed").contains("Try again later");
					assertThat(ex.errorType()).isEqualTo(transientType(type));
					assertThat(ex.retryable()).isTrue();
				});
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@ParameterizedTest
	@CsvSource({ "OPENAI, invalid_request_error", "CLAUDE, invalid_request_error", "CLAUDE, authentication_error",
			"GEMINI, INVALID_ARGUMENT", "GEMINI, PERMISSION_DENIED" })
	void errorEventBeforeAnyDeltaThatIsNotTransientIsNotRetried(ProviderType type, String errorType) {
		server.enqueue(MockReply.text(ANSWER).midStreamErrorBeforeContent(errorType, "Bad request"));
		server.enqueue(MockReply.text("must not be used"));
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(COUNT, new RecordingListener()))
				.satisfies((ex) -> {
					assertThat(ex.errorType()).isEqualTo(errorType);
					assertThat(ex.retryable()).isFalse();
				});
			assertThat(server.requestCount()).isEqualTo(1);
			assertThat(this.sleeper.delays).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "CLAUDE", "GEMINI" })
	void transientErrorEventAfterADeltaIsNotRetried(ProviderType type) {
		server.enqueue(MockReply.text(ANSWER).midStreamError(transientType(type), "Try again later"));
		server.enqueue(MockReply.text("must not be used"));
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmStreamException.class).isThrownBy(() -> client.streamChat(COUNT, recorder))
				.satisfies((ex) -> {
					assertThat(ex.errorType()).isEqualTo(transientType(type));
					assertThat(ex.retryable()).isFalse();
				});
			assertThat(recorder.text()).isEqualTo("one ");
			assertThat(recorder.completed).isEmpty();
			assertThat(server.requestCount()).isEqualTo(1);
			assertThat(this.sleeper.delays).isEmpty();
		}
	}

	@Test
	void geminiCreditExhaustedEventIsNotRetriedAlthoughItsStatusIsResourceExhausted() {
		server.enqueue(MockReply.rawError(200, "data: {\"error\":{\"code\":402,\"message\":\"Prepaid credits "
				+ "exhausted\",\"status\":\"RESOURCE_EXHAUSTED\"}}\n\n"));
		server.enqueue(MockReply.text("must not be used"));
		try (LlmClient client = client(ProviderType.GEMINI)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(COUNT, new RecordingListener()))
				.satisfies((ex) -> assertThat(ex.retryable()).isFalse());
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "CLAUDE", "GEMINI" })
	void errorEventEchoingTheKeyIsMaskedInEveryFamily(ProviderType type) {
		server.enqueue(MockReply.text(ANSWER)
			.midStreamError(transientType(type), "Key " + MockLlmServer.API_KEY + " is not allowed to stream"));
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(COUNT, new RecordingListener()))
				.satisfies((ex) -> assertThat(ex.getMessage()).contains("is not allowed to stream")
					.doesNotContain(MockLlmServer.API_KEY));
		}
	}

	private static String transientType(ProviderType type) {
		return switch (type) {
			case CLAUDE -> "overloaded_error";
			case GEMINI -> "UNAVAILABLE";
			default -> "server_error";
		};
	}

}
