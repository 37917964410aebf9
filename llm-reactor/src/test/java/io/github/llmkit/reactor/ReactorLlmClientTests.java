package io.github.llmkit.reactor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.Message;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.SlowStreamServer;
import io.github.llmkit.tool.ToolRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Reactor forms against the simulator and against a server of slow streams that sees its connections
 * being closed.
 */
class ReactorLlmClientTests {

	private static final List<Message> HELLO = List.of(Message.user("Hello"));

	private static MockLlmServer server;

	@BeforeAll
	static void startServer() {
		server = MockLlmServer.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	static LlmClient client(String baseUrl) {
		return LlmClients.create(ProviderType.OPENAI,
				ClientConfig.builder().apiKey(MockLlmServer.API_KEY).baseUrl(baseUrl).retries(0).build());
	}

	@Test
	void fluxEmitsEveryDeltaThenCompletes() {
		server.enqueue(MockReply.text("red green blue"));
		try (LlmClient client = client(server.baseUrl("openai"))) {
			Flux<String> texts = ReactorLlmClient.of(client).stream(HELLO).map(ChatDelta::text).filter((t) -> !t.isEmpty());
			StepVerifier.create(texts.reduce("", String::concat))
				.expectNext("red green blue")
				.expectComplete()
				.verify(Duration.ofSeconds(10));
		}
	}

	@Test
	void fluxFailsWithTheTypedException() {
		server.enqueue(MockReply.error(401, "invalid_api_key", "Incorrect API key provided"));
		try (LlmClient client = client(server.baseUrl("openai"))) {
			StepVerifier.create(ReactorLlmClient.of(client).stream(HELLO))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(io.github.llmkit.LlmException.class)
					.hasMessageContaining("401"))
				.verify(Duration.ofSeconds(10));
		}
	}

	@Test
	void monoChatCompletesAndFails() {
		server.enqueue(MockReply.text("Hi"));
		server.enqueue(MockReply.error(404, "invalid_request_error", "No such model"));
		try (LlmClient client = client(server.baseUrl("openai"))) {
			ReactorLlmClient reactor = ReactorLlmClient.of(client);
			StepVerifier.create(reactor.chat(HELLO, null).map((response) -> response.text()))
				.expectNext("Hi")
				.expectComplete()
				.verify(Duration.ofSeconds(10));
			StepVerifier.create(reactor.chat(HELLO, null))
				.expectError(LlmHttpException.class)
				.verify(Duration.ofSeconds(10));
		}
	}

	@Test
	void toolLoopRunsAsMonoAndAsFlux() {
		ToolRegistry tools = new ToolRegistry().registerStandardTools();
		List<Message> question = List.of(Message.user("What is 6 * 7?"));
		try (LlmClient client = client(server.baseUrl("openai"))) {
			ReactorLlmClient reactor = ReactorLlmClient.of(client);
			StepVerifier.create(reactor.runTools(tools, question).map((result) -> result.response().text()))
				.assertNext((text) -> assertThat(text).contains("42"))
				.expectComplete()
				.verify(Duration.ofSeconds(10));
			StepVerifier.create(reactor.streamTools(tools, question).map(ChatDelta::text).reduce("", String::concat))
				.assertNext((text) -> assertThat(text).contains("42"))
				.expectComplete()
				.verify(Duration.ofSeconds(10));
		}
	}

	@Test
	void takingFewerDeltasThanTheStreamHasClosesTheConnection() throws InterruptedException {
		try (SlowStreamServer slow = SlowStreamServer.start(500, Duration.ofMillis(20));
				LlmClient client = client(slow.baseUrl())) {
			StepVerifier.create(ReactorLlmClient.of(client).stream(HELLO).take(3))
				.expectNextCount(3)
				.expectComplete()
				.verify(Duration.ofSeconds(10));
			long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			while (slow.abortedStreams() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(slow.abortedStreams()).isEqualTo(1);
			assertThat(slow.completedStreams()).isZero();
		}
	}

	@Test
	void slowSubscriberBoundsWhatTheReaderTakesFromTheSocket() throws InterruptedException {
		try (SlowStreamServer slow = SlowStreamServer.start(300, Duration.ZERO);
				LlmClient client = client(slow.baseUrl())) {
			AtomicInteger read = new AtomicInteger();
			Flux<ChatDelta> deltas = ReactorLlmClient.of(client).stream((listener) -> client.streamChat(HELLO, (delta) -> {
				read.incrementAndGet();
				listener.onDelta(delta);
			}));
			StepVerifier.create(deltas, 1)
				.expectNextCount(1)
				.then(() -> pause(500))
				.then(() -> assertThat(read.get()).as("one delivered, 16 buffered, one waiting").isBetween(17, 18))
				.thenRequest(Long.MAX_VALUE)
				.thenConsumeWhile((delta) -> true)
				.expectComplete()
				.verify(Duration.ofSeconds(10));
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
