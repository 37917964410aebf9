package io.github.llmkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How error answers and bad input become exceptions with structured fields.
 */
class ErrorMappingTests extends SimulatorTestSupport {

	private static final List<Message> HELLO = List.of(Message.user("Hello"));

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "OPENROUTER", "DEEPSEEK", "MISTRAL" })
	void wrongKeyRaisesAuthenticationExceptionWithoutTheKey(ProviderType type) {
		String wrongKey = "sk-wrong-secret-42";
		try (LlmClient client = LlmClients.create(type,
				config(type).apiKey(wrongKey).build())) {
			assertThatExceptionOfType(LlmAuthenticationException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.status()).isEqualTo(401);
					assertThat(ex.provider()).isEqualTo(type.id());
					assertThat(ex.errorMessage()).isNotBlank();
					assertThat(ex.getMessage()).startsWith(type.id() + " answered HTTP 401").doesNotContain(wrongKey);
					assertThat(ex.retryable()).isFalse();
				});
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void xaiWrongKeyAnswers400WithFlatBody() {
		try (LlmClient client = LlmClients.create(ProviderType.GROK,
				config(ProviderType.GROK).apiKey("xai-wrong-key").build())) {
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.status()).isEqualTo(400);
					assertThat(ex.errorMessage()).isNotBlank();
					assertThat(ex.errorType()).isNotBlank();
					assertThat(ex.getMessage()).doesNotContain("xai-wrong-key");
				});
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void unknownModelRaisesHttpExceptionNamingIt(ProviderType type) {
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmHttpException.class)
				.isThrownBy(() -> client.chat(HELLO, ChatOptions.builder().model("missing-model").build()))
				.satisfies((ex) -> {
					assertThat(ex.status()).isEqualTo(404);
					assertThat(ex.provider()).isEqualTo(type.id());
					assertThat(ex.errorMessage()).contains("missing-model");
					assertThat(ex.retryable()).isFalse();
				});
			assertThatExceptionOfType(LlmHttpException.class)
				.isThrownBy(() -> client.streamChat(HELLO, StreamListeners.none(),
						ChatOptions.builder().model("missing-model").build()))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(404));
			assertThat(server.requestCount()).isEqualTo(2);
		}
	}

	@Test
	void rateLimitCarriesTypeAndRetryAfter() {
		try (LlmClient client = LlmClients.create(ProviderType.GROQ,
				config(ProviderType.GROQ).retries(0).build())) {
			server.enqueue(MockReply.error(429, "rate_limit_exceeded", "Rate limit reached").withHeader("Retry-After", "7"));
			assertThatExceptionOfType(LlmRateLimitException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.status()).isEqualTo(429);
					assertThat(ex.errorMessage()).isEqualTo("Rate limit reached");
					assertThat(ex.retryAfter()).hasSeconds(7);
					assertThat(ex.retryable()).isTrue();
				});
		}
	}

	@Test
	void nonJsonErrorBodyBecomesMessage() {
		server.enqueue(MockReply.rawError(400, "not json at all"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.status()).isEqualTo(400);
					assertThat(ex.errorType()).isNull();
					assertThat(ex.errorMessage()).isEqualTo("not json at all");
					assertThat(ex.getMessage()).isEqualTo("openai answered HTTP 400: not json at all");
				});
		}
	}

	@Test
	void emptyErrorBodyStillNamesStatusAndProvider() {
		server.enqueue(MockReply.rawError(418, ""));
		try (LlmClient client = client(ProviderType.DEEPSEEK)) {
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.status()).isEqualTo(418);
					assertThat(ex.errorType()).isNull();
					assertThat(ex.errorMessage()).isNull();
					assertThat(ex.getMessage()).isEqualTo("deepseek answered HTTP 418");
				});
		}
	}

	@Test
	void openAiErrorObjectIsRead() {
		server.enqueue(MockReply.rawError(400, "{\"error\":{\"message\":\"Unsupported parameter: 'max_tokens'\","
				+ "\"type\":\"invalid_request_error\",\"param\":\"max_tokens\",\"code\":\"unsupported_parameter\"}}"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.errorType()).isEqualTo("invalid_request_error");
					assertThat(ex.errorMessage()).isEqualTo("Unsupported parameter: 'max_tokens'");
				});
		}
	}

	@Test
	void mistralUnwrappedErrorIsRead() {
		server.enqueue(MockReply.rawError(400, "{\"object\":\"error\",\"message\":\"Unexpected role 'user' after role "
				+ "'tool'\",\"type\":\"invalid_request_message_order\",\"param\":null,\"code\":\"3230\"}"));
		try (LlmClient client = client(ProviderType.MISTRAL)) {
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.errorType()).isEqualTo("invalid_request_message_order");
					assertThat(ex.errorMessage()).isEqualTo("Unexpected role 'user' after role 'tool'");
				});
		}
	}

	@Test
	void fastApiDetailErrorIsRead() {
		server.enqueue(MockReply.rawError(422, "{\"detail\":[{\"type\":\"extra_forbidden\",\"loc\":[\"body\","
				+ "\"max_completion_tokens\"],\"msg\":\"Extra inputs are not permitted\"}]}"));
		try (LlmClient client = client(ProviderType.MISTRAL)) {
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> assertThat(ex.errorMessage()).contains("Extra inputs are not permitted"));
		}
	}

	@Test
	void openRouterNumericCodeIsRead() {
		server.enqueue(MockReply.rawError(402, "{\"error\":{\"code\":402,\"message\":\"Insufficient credits\"}}"));
		try (LlmClient client = client(ProviderType.OPENROUTER)) {
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.status()).isEqualTo(402);
					assertThat(ex.errorType()).isEqualTo("402");
					assertThat(ex.errorMessage()).isEqualTo("Insufficient credits");
				});
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void errorBodyEchoingTheKeyIsMasked() {
		server.enqueue(MockReply.rawError(401, "{\"error\":{\"message\":\"Incorrect API key provided: "
				+ MockLlmServer.API_KEY + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmAuthenticationException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).doesNotContain(MockLlmServer.API_KEY).contains("******");
					assertThat(ex.errorMessage()).doesNotContain(MockLlmServer.API_KEY);
				});
		}
	}

	@Test
	void forbiddenIsAuthenticationFailure() {
		server.enqueue(MockReply.error(403, "permission_denied", "Country not supported"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmAuthenticationException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(403));
		}
	}

	@Test
	void malformedSuccessBodyRaisesTransportExceptionWithoutRetry() {
		server.enqueue(MockReply.text("fine").malformed());
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmTransportException.class).isThrownBy(() -> client.chat(HELLO))
				.withMessageContaining("openai answered chat with malformed JSON")
				.satisfies((ex) -> assertThat(ex.retryable()).isFalse());
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void nullOrEmptyMessagesAreRejectedBeforeSending() {
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmInvalidRequestException.class).isThrownBy(() -> client.chat(null))
				.withMessage("openai: 'messages' must not be null");
			assertThatExceptionOfType(LlmInvalidRequestException.class).isThrownBy(() -> client.chat(List.of()))
				.withMessage("openai: 'messages' must not be empty");
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.chat(new ArrayList<>(Arrays.asList(Message.user("a"), null))))
				.withMessage("openai: 'messages[1]' must not be null");
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.streamChat(List.of(), StreamListeners.none()))
				.withMessageContaining("'messages' must not be empty");
			assertThatExceptionOfType(LlmInvalidRequestException.class).isThrownBy(() -> client.complete(null))
				.withMessageContaining("'prompt' must not be null");
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.streamChat(HELLO, null))
				.withMessageContaining("'listener' must not be null");
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.chatWithTools(HELLO, null))
				.withMessageContaining("'tools' must not be null");
			assertThatExceptionOfType(LlmInvalidRequestException.class).isThrownBy(() -> client.embed(List.of()))
				.withMessageContaining("'inputs' must not be empty");
			assertThat(server.requestCount()).isZero();
		}
	}

	@Test
	void closedClientFailsClearly() {
		LlmClient client = client(ProviderType.OPENAI);
		client.close();
		assertThatExceptionOfType(LlmException.class).isThrownBy(() -> client.chat(HELLO))
			.withMessageContaining("openai is closed");
	}

	@Test
	void clientNameIsUsedInErrors() {
		server.enqueue(MockReply.error(400, "invalid_request_error", "bad"));
		try (LlmClient client = LlmClients.create(ProviderType.GROQ,
				config(ProviderType.GROQ).name("fast").build())) {
			assertThat(client.name()).isEqualTo("fast");
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> assertThat(ex.provider()).isEqualTo("fast"))
				.withMessageStartingWith("fast answered HTTP 400");
		}
	}

}
