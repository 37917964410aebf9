package io.github.llmkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.observation.ClientEventListener;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Which failures are retried, how often, and after which delays (recorded, never slept).
 */
class RetryTests extends SimulatorTestSupport {

	private static final List<Message> HELLO = List.of(Message.user("Hello"));

	@ParameterizedTest
	@ValueSource(ints = { 408, 409, 429, 500, 502, 503, 504, 529 })
	void chatWhenServerReturnsTransientStatusRetriesWithBackoff(int status) {
		server.enqueue(MockReply.error(status, "transient_error", "Try again"));
		server.enqueue(MockReply.text("Recovered"));
		try (LlmClient client = client()) {
			assertThat(client.chat(HELLO).text()).isEqualTo("Recovered");
			assertThat(server.requestCount()).isEqualTo(2);
			assertThat(this.sleeper.delays).singleElement()
				.satisfies((delay) -> assertThat(delay).isBetween(Duration.ofMillis(750), Duration.ofSeconds(1)));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 422 })
	void chatWhenServerReturnsPermanentStatusDoesNotRetry(int status) {
		server.enqueue(MockReply.error(status, "invalid_request_error", "No"));
		server.enqueue(MockReply.text("must not be used"));
		try (LlmClient client = client()) {
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(status));
			assertThat(server.requestCount()).isEqualTo(1);
			assertThat(this.sleeper.delays).isEmpty();
		}
	}

	@Test
	void chatGivesUpAfterRetriesWithDoublingDelays() {
		for (int i = 0; i < 4; i++) {
			server.enqueue(MockReply.error(503, "service_unavailable_error", "Overloaded " + i));
		}
		try (LlmClient client = client()) {
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.status()).isEqualTo(503);
					assertThat(ex.errorMessage()).isEqualTo("Overloaded 3");
				});
			assertThat(server.requestCount()).isEqualTo(4);
			assertThat(this.sleeper.delays).hasSize(3);
			assertThat(this.sleeper.delays.get(0)).isBetween(Duration.ofMillis(750), Duration.ofSeconds(1));
			assertThat(this.sleeper.delays.get(1)).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(2));
			assertThat(this.sleeper.delays.get(2)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(4));
		}
	}

	@Test
	void backoffIsCappedByMaxRetryDelay() {
		for (int i = 0; i < 3; i++) {
			server.enqueue(MockReply.error(500, "server_error", "boom"));
		}
		server.enqueue(MockReply.text("ok"));
		try (LlmClient client = LlmClients.create(ProviderType.OPENAI, config(ProviderType.OPENAI)
			.retryDelay(Duration.ofSeconds(2))
			.maxRetryDelay(Duration.ofSeconds(3))
			.build())) {
			client.chat(HELLO);
			assertThat(this.sleeper.delays).hasSize(3)
				.allSatisfy((delay) -> assertThat(delay).isLessThanOrEqualTo(Duration.ofSeconds(3)));
			assertThat(this.sleeper.delays.get(2)).isGreaterThanOrEqualTo(Duration.ofMillis(2250));
		}
	}

	@Test
	void chatWhenServerReturns429RetriesAfterRetryAfterDelay() {
		server.enqueue(MockReply.error(429, "rate_limit_exceeded", "Slow down").withHeader("Retry-After", "2"));
		server.enqueue(MockReply.text("ok"));
		try (LlmClient client = client()) {
			client.chat(HELLO);
			assertThat(this.sleeper.delays).containsExactly(Duration.ofSeconds(2));
		}
	}

	@Test
	void retryAfterMsWinsOverRetryAfter() {
		server.enqueue(MockReply.error(429, "rate_limit_exceeded", "Slow down")
			.withHeader("retry-after-ms", "150")
			.withHeader("Retry-After", "9"));
		server.enqueue(MockReply.text("ok"));
		try (LlmClient client = client()) {
			client.chat(HELLO);
			assertThat(this.sleeper.delays).containsExactly(Duration.ofMillis(150));
		}
	}

	@Test
	void retryAfterAsHttpDateIsHonoured() {
		ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
		server.enqueue(MockReply.error(503, "overloaded", "Busy")
			.withHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(at)));
		server.enqueue(MockReply.text("ok"));
		try (LlmClient client = client()) {
			client.chat(HELLO);
			assertThat(this.sleeper.delays).singleElement()
				.satisfies((delay) -> assertThat(delay).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20)));
		}
	}

	@Test
	void retryAfterLongerThanCapFailsAtOnceWithRetryAfter() {
		server.enqueue(MockReply.error(429, "rate_limit_exceeded", "Come back later").withHeader("Retry-After", "120"));
		try (LlmClient client = client()) {
			assertThatExceptionOfType(LlmRateLimitException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(120));
					assertThat(ex.errorType()).isEqualTo("rate_limit_exceeded");
				});
			assertThat(server.requestCount()).isEqualTo(1);
			assertThat(this.sleeper.delays).isEmpty();
		}
	}

	@Test
	void exhaustedQuotaIsNotRetried() {
		server.enqueue(MockReply.error(429, "insufficient_quota", "You exceeded your current quota"));
		try (LlmClient client = client()) {
			assertThatExceptionOfType(LlmRateLimitException.class).isThrownBy(() -> client.chat(HELLO));
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void perCallRetriesOverrideConfig() {
		server.enqueue(MockReply.error(500, "server_error", "boom"));
		server.enqueue(MockReply.error(500, "server_error", "boom"));
		server.enqueue(MockReply.text("ok"));
		try (LlmClient client = client()) {
			assertThatExceptionOfType(LlmHttpException.class)
				.isThrownBy(() -> client.chat(HELLO, ChatOptions.builder().retries(0).build()));
			assertThat(server.requestCount()).isEqualTo(1);
			assertThatExceptionOfType(LlmHttpException.class)
				.isThrownBy(() -> client.streamChat(HELLO, (delta) -> {
				}, ChatOptions.builder().retries(0).build()));
			assertThat(server.requestCount()).isEqualTo(2);
			assertThat(client.chat(HELLO, ChatOptions.builder().retries(1).build()).text()).isEqualTo("ok");
		}
	}

	@Test
	void zeroRetriesInConfigMeansOneAttempt() {
		server.enqueue(MockReply.error(503, "overloaded", "busy"));
		try (LlmClient client = LlmClients.create(ProviderType.OPENAI,
				config(ProviderType.OPENAI).retries(0).build())) {
			assertThatExceptionOfType(LlmHttpException.class).isThrownBy(() -> client.chat(HELLO));
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void listModelsAndEmbedAreRetriedToo() {
		server.enqueue(MockReply.error(502, "bad_gateway", "upstream"));
		server.enqueue(MockReply.error(502, "bad_gateway", "upstream"));
		try (LlmClient client = client()) {
			assertThat(client.listModels()).isNotEmpty();
			assertThat(client.embed(List.of("x")).vectors()).hasSize(1);
			assertThat(server.requestCount()).isEqualTo(4);
			assertThat(this.sleeper.delays).hasSize(2);
		}
	}

	@Test
	void connectionFailuresAreRetriedThenReported() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		try (LlmClient client = LlmClients.create(ProviderType.OPENAI, ClientConfig.builder()
			.apiKey(MockLlmServer.API_KEY)
			.baseUrl("http://127.0.0.1:" + port + "/v1")
			.retries(2)
			.sleeper(this.sleeper)
			.build())) {
			assertThatExceptionOfType(LlmTransportException.class).isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> {
					assertThat(ex.retryable()).isTrue();
					assertThat(ex.getMessage()).startsWith("openai").doesNotContain(MockLlmServer.API_KEY);
				});
			assertThat(this.sleeper.delays).hasSize(2);
		}
	}

	@Test
	void perCallTimeoutIsADeadlineThatRetriesDoNotExtend() {
		server.enqueue(MockReply.text("too late").withDelay(Duration.ofSeconds(3)));
		server.enqueue(MockReply.text("must not be used"));
		try (LlmClient client = client()) {
			assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatExceptionOfType(LlmTimeoutException.class)
				.isThrownBy(() -> client.chat(HELLO, ChatOptions.builder().timeout(Duration.ofMillis(300)).retries(1).build()))
				.withMessageContaining("300 ms"));
			assertThat(this.sleeper.delays).as("no time was left for a retry").isEmpty();
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void perCallTimeoutRaisesTimeoutException() {
		server.enqueue(MockReply.text("too late").withDelay(Duration.ofSeconds(3)));
		try (LlmClient client = client()) {
			assertTimeoutPreemptively(Duration.ofSeconds(20),
					() -> assertThatExceptionOfType(LlmTimeoutException.class)
						.isThrownBy(() -> client.chat(HELLO,
								ChatOptions.builder().timeout(Duration.ofMillis(300)).retries(0).build()))
						.withMessageContaining("300 ms"));
			assertThat(server.takeRequest().path()).as("recorded before the next test resets the server")
				.isNotEmpty();
			assertThat(server.requestCount()).isEqualTo(1);
		}
	}

	@Test
	void eventListenerSeesEveryRetry() {
		List<Integer> attempts = new ArrayList<>();
		server.enqueue(MockReply.error(500, "server_error", "a"));
		server.enqueue(MockReply.error(500, "server_error", "b"));
		server.enqueue(MockReply.text("ok"));
		try (LlmClient client = LlmClients.create(ProviderType.OPENAI,
				config(ProviderType.OPENAI)
					.eventListener(new ClientEventListener() {

						@Override
						public void onRetry(String clientName, int attempt, Duration delay, LlmException cause) {
							attempts.add(attempt);
						}

					})
					.build())) {
			client.chat(HELLO);
			assertThat(attempts).containsExactly(2, 3);
		}
	}

	private LlmClient client() {
		return client(ProviderType.OPENAI);
	}

}
