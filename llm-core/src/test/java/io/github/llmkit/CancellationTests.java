package io.github.llmkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.llmkit.chat.Cancellation;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * An interrupt or a {@link Cancellation} stops a call wherever it waits: the exchange is aborted (the server
 * sees its connection closed), the interrupt flag stays set, and the call throws {@link LlmCancelledException}.
 */
class CancellationTests {

	private static final Duration HANG_GUARD = Duration.ofSeconds(30);

	private static final List<Message> HELLO = List.of(Message.user("Hello"));

	@Test
	void interruptFlagSetBeforeTheCallFailsAtOnceAndStaysSet() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> HostileServer.chatAnswer(out, "hi"));
				LlmClient client = client(server)) {
			Thread.currentThread().interrupt();
			try {
				assertThatExceptionOfType(LlmCancelledException.class).isThrownBy(() -> client.chat(HELLO))
					.withMessageContaining("cut: chat was interrupted")
					.satisfies((ex) -> assertThat(ex.interrupted()).isTrue());
				assertThat(Thread.currentThread().isInterrupted()).isTrue();
			}
			finally {
				Thread.interrupted();
			}
			assertThat(server.requests()).isZero();
		}
	}

	@Test
	void interruptWhileWaitingForTheAnswerAbortsTheExchange() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> {
		}); LlmClient client = client(server)) {
			server.expectRequests(1);
			CompletableFuture<Boolean> flagKept = new CompletableFuture<>();
			Thread caller = new Thread(() -> {
				try {
					client.chat(HELLO);
					flagKept.completeExceptionally(new AssertionError("the call returned"));
				}
				catch (LlmCancelledException ex) {
					flagKept.complete(Thread.currentThread().isInterrupted());
				}
				catch (RuntimeException ex) {
					flagKept.completeExceptionally(ex);
				}
			});
			caller.start();
			assertThat(server.awaitRequests(10)).isTrue();
			caller.interrupt();
			assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> flagKept.get())).isTrue();
			awaitClosed(server, 1);
		}
	}

	@Test
	void hundredsOfInterruptedStreamsAllStopAndCloseTheirConnections() throws Exception {
		int streams = 300;
		try (HostileServer server = new HostileServer((out, request) -> {
			HostileServer.head(out, 200, "Content-Type: text/event-stream", "Transfer-Encoding: chunked");
			HostileServer.chunk(out, "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n");
		}); LlmClient client = client(server)) {
			server.expectRequests(streams);
			ExecutorService threads = Executors.newFixedThreadPool(streams);
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < streams; i++) {
				calls.add(threads.submit(() -> client.streamChat(HELLO, StreamListeners.none())));
			}
			assertThat(server.awaitRequests(20)).isTrue();
			threads.shutdownNow();
			assertTimeoutPreemptively(HANG_GUARD, () -> {
				for (Future<?> call : calls) {
					assertThat(call).failsWithin(Duration.ofSeconds(10))
						.withThrowableThat()
						.havingCause()
						.isInstanceOf(LlmCancelledException.class);
				}
			});
			awaitClosed(server, streams);
		}
	}

	@Test
	void cancellationStopsAStreamFromAnotherThread() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> {
			HostileServer.head(out, 200, "Content-Type: text/event-stream", "Transfer-Encoding: chunked");
			HostileServer.chunk(out, "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n");
		}); LlmClient client = client(server)) {
			Cancellation cancellation = new Cancellation();
			StringBuilder received = new StringBuilder();
			ChatOptions options = ChatOptions.builder().cancellation(cancellation).build();
			CompletableFuture.runAsync(() -> {
				while (received.length() == 0) {
					Thread.onSpinWait();
				}
				cancellation.cancel();
			});
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmCancelledException.class)
				.isThrownBy(() -> client.streamChat(HELLO, StreamListeners.text((text) -> {
					synchronized (received) {
						received.append(text);
					}
				}), options))
				.withMessageContaining("cut: chat stream was cancelled")
				.satisfies((ex) -> assertThat(ex.interrupted()).isFalse()));
			assertThat(Thread.currentThread().isInterrupted()).isFalse();
			awaitClosed(server, 1);
		}
	}

	@Test
	void cancelledHandleFailsTheCallBeforeSending() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> HostileServer.chatAnswer(out, "hi"));
				LlmClient client = client(server)) {
			Cancellation cancellation = new Cancellation();
			cancellation.cancel();
			assertThatExceptionOfType(LlmCancelledException.class)
				.isThrownBy(() -> client.chat(HELLO, ChatOptions.builder().cancellation(cancellation).build()));
			assertThat(server.requests()).isZero();
		}
	}

	static void awaitClosed(HostileServer server, int connections) {
		assertTimeoutPreemptively(HANG_GUARD, () -> {
			while (server.closedByClient() < connections) {
				Thread.sleep(10);
			}
		});
	}

	static LlmClient client(HostileServer server) {
		return LlmClients.create(ProviderType.OPENAI,
				ClientConfig.builder().name("cut").apiKey("sk-test").baseUrl(server.baseUrl()).build());
	}

}
