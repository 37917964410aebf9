package io.github.llmkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code timeout} is a deadline for the whole call; the stream idle timeout counts events, not keep-alive
 * comments; {@code streamTimeout} bounds a whole stream; the pool is large by default and a pool that runs out
 * says so.
 */
class DeadlineTests {

	private static final Duration HANG_GUARD = Duration.ofSeconds(30);

	private static final List<Message> HELLO = List.of(Message.user("Hello"));

	private static final String DELTA = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n";

	@Test
	void bodyTricklingOneByteAtATimeTimesOutAtTheDeadline() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> {
			HostileServer.head(out, 200, "Content-Type: application/json", "Content-Length: 1000");
			for (int i = 0; i < 1000; i++) {
				out.write(' ');
				out.flush();
				Thread.sleep(200);
			}
		}); LlmClient client = client(server, ClientConfig.builder().timeout(Duration.ofSeconds(1)))) {
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmTimeoutException.class)
				.isThrownBy(() -> client.chat(HELLO))
				.withMessageContaining("slow: chat did not complete within its timeout of 1000 ms"));
			assertThat(server.requests()).as("no time left to retry").isEqualTo(1);
		}
	}

	@Test
	void keepAliveCommentsDoNotKeepASilentStreamOpen() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> {
			HostileServer.head(out, 200, "Content-Type: text/event-stream", "Transfer-Encoding: chunked");
			HostileServer.chunk(out, DELTA);
			while (true) {
				HostileServer.chunk(out, ": keep-alive\n\n");
				Thread.sleep(50);
			}
		}); LlmClient client = client(server, ClientConfig.builder().streamIdleTimeout(Duration.ofMillis(500)))) {
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmTimeoutException.class)
				.isThrownBy(() -> client.streamChat(HELLO, StreamListeners.none()))
				.withMessageContaining("no stream data for chat stream within 500 ms"));
		}
	}

	@Test
	void streamTimeoutBoundsAStreamThatNeverEnds() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> {
			HostileServer.head(out, 200, "Content-Type: text/event-stream", "Transfer-Encoding: chunked");
			while (true) {
				HostileServer.chunk(out, DELTA);
				Thread.sleep(50);
			}
		}); LlmClient client = client(server, ClientConfig.builder().streamTimeout(Duration.ofSeconds(1)))) {
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmTimeoutException.class)
				.isThrownBy(() -> client.streamChat(HELLO, StreamListeners.none()))
				.withMessageContaining("did not finish within its stream-timeout of 1000 ms"));
		}
	}

	@Test
	void serverDelayBeyondTheDeadlineIsNotWaitedFor() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> {
			byte[] body = "{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit\"}}".getBytes(StandardCharsets.UTF_8);
			HostileServer.head(out, 429, "Content-Type: application/json", "Retry-After: 20",
					"Content-Length: " + body.length);
			out.write(body);
		}); LlmClient client = client(server, ClientConfig.builder().timeout(Duration.ofSeconds(5))
			.maxRetryDelay(Duration.ofSeconds(60)))) {
			assertTimeoutPreemptively(Duration.ofSeconds(4), () -> assertThatExceptionOfType(LlmRateLimitException.class)
				.isThrownBy(() -> client.chat(HELLO))
				.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(20))));
			assertThat(server.requests()).isEqualTo(1);
		}
	}

	@Test
	void defaultPoolHoldsMoreThanTwentyConcurrentStreams() throws Exception {
		int streams = 60;
		CountDownLatch release = new CountDownLatch(1);
		try (HostileServer server = new HostileServer((out, request) -> {
			HostileServer.head(out, 200, "Content-Type: text/event-stream", "Transfer-Encoding: chunked");
			HostileServer.chunk(out, DELTA);
			release.await();
			HostileServer.chunk(out, "data: [DONE]\n\n");
			HostileServer.chunk(out, "");
		}); LlmClient client = client(server, ClientConfig.builder())) {
			server.expectRequests(streams);
			CompletableFuture<?>[] calls = new CompletableFuture<?>[streams];
			for (int i = 0; i < streams; i++) {
				calls[i] = CompletableFuture.runAsync(() -> client.streamChat(HELLO, StreamListeners.none()),
						(task) -> new Thread(task).start());
			}
			assertThat(server.awaitRequests(20)).as("all streams open at once").isTrue();
			assertThat(server.openConnections()).isEqualTo(streams);
			release.countDown();
			assertTimeoutPreemptively(HANG_GUARD, () -> CompletableFuture.allOf(calls).join());
		}
	}

	@Test
	void exhaustedPoolNamesItsSizeTheOperationAndTheProperty() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		try (HostileServer server = new HostileServer((out, request) -> {
			HostileServer.head(out, 200, "Content-Type: text/event-stream", "Transfer-Encoding: chunked");
			HostileServer.chunk(out, DELTA);
			release.await();
		}); LlmClient client = client(server, ClientConfig.builder().maxConnections(1)
			.connectionWait(Duration.ofMillis(300)))) {
			server.expectRequests(1);
			Thread holder = new Thread(() -> client.streamChat(HELLO, StreamListeners.none()));
			holder.setDaemon(true);
			holder.start();
			assertThat(server.awaitRequests(10)).isTrue();
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmPoolExhaustedException.class)
				.isThrownBy(() -> client.streamChat(HELLO, StreamListeners.none(), ChatOptions.builder().retries(0).build()))
				.withMessageContaining("slow: the connection pool is exhausted: all 1 connections stayed busy while chat stream")
				.withMessageContaining("llm.providers.slow.max-connections")
				.satisfies((ex) -> assertThat(ex.maxConnections()).isEqualTo(1)));
			holder.interrupt();
			release.countDown();
		}
	}

	static LlmClient client(HostileServer server, ClientConfig.Builder config) {
		return LlmClients.create(ProviderType.OPENAI,
				config.name("slow").apiKey("sk-test").baseUrl(server.baseUrl()).retries(2).build());
	}

}
