package io.github.llmkit.async;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.LlmException;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.LlmInvalidRequestException;
import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.SlowStreamServer;
import io.github.llmkit.tool.ToolLoopResult;
import io.github.llmkit.tool.ToolRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The future forms of chat, stream and tool loop against the simulator, and cancellation against a server of
 * slow streams that sees its connection closed.
 */
class AsyncLlmClientTests {

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

	@BeforeEach
	void resetServer() {
		server.reset();
	}

	private static LlmClient client(String baseUrl) {
		return LlmClients.create(ProviderType.OPENAI,
				ClientConfig.builder().apiKey(MockLlmServer.API_KEY).baseUrl(baseUrl).retries(0).build());
	}

	@Test
	void chatCompletesOnAWorkerThread() throws Exception {
		server.enqueue(MockReply.text("Hi there"));
		try (LlmClient client = client(server.baseUrl("openai"))) {
			CompletableFuture<ChatResponse> future = AsyncLlmClient.of(client).chat(HELLO);
			assertThat(future.get(10, TimeUnit.SECONDS).text()).isEqualTo("Hi there");
		}
	}

	@Test
	void streamCallsTheListenerOnTheExecutorAndCompletesWithTheAggregate() throws Exception {
		server.enqueue(MockReply.text("one two three"));
		List<String> texts = new CopyOnWriteArrayList<>();
		List<String> threadNames = new CopyOnWriteArrayList<>();
		ExecutorService executor = Executors.newSingleThreadExecutor((task) -> new Thread(task, "caller-pool"));
		try (LlmClient client = client(server.baseUrl("openai"))) {
			ChatResponse response = AsyncLlmClient.of(client, executor).stream(HELLO, (delta) -> {
				texts.add(delta.text());
				threadNames.add(Thread.currentThread().getName());
			}).get(10, TimeUnit.SECONDS);
			assertThat(response.text()).isEqualTo("one two three");
			assertThat(String.join("", texts)).isEqualTo("one two three");
			assertThat(threadNames).containsOnly("caller-pool");
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void failureCompletesTheFutureWithTheTypedException() {
		server.enqueue(MockReply.error(404, "invalid_request_error", "The model does not exist"));
		try (LlmClient client = client(server.baseUrl("openai"))) {
			CompletableFuture<ChatResponse> future = AsyncLlmClient.of(client).stream(HELLO, StreamListeners.none());
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> future.get(10, TimeUnit.SECONDS))
				.havingCause()
				.isInstanceOf(LlmHttpException.class)
				.withMessageContaining("404")
				.withMessageContaining("The model does not exist");
		}
	}

	@Test
	void toolLoopRunsOnTheExecutor() throws Exception {
		ToolRegistry tools = new ToolRegistry().registerStandardTools();
		try (LlmClient client = client(server.baseUrl("openai"))) {
			ToolLoopResult result = AsyncLlmClient.of(client)
				.runTools(tools, List.of(Message.user("What is 6 * 7? Use the calculator.")))
				.get(10, TimeUnit.SECONDS);
			assertThat(result.executions()).isNotEmpty();
			assertThat(result.response().text()).contains("42");
		}
	}

	@Test
	void cancellingAStreamClosesItsConnection() throws Exception {
		try (SlowStreamServer slow = SlowStreamServer.start(500, Duration.ofMillis(20));
				LlmClient client = client(slow.baseUrl())) {
			CountDownLatch firstDelta = new CountDownLatch(1);
			CompletableFuture<ChatResponse> future = AsyncLlmClient.of(client)
				.stream(HELLO, (delta) -> firstDelta.countDown());
			assertThat(firstDelta.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(future.cancel(true)).isTrue();
			assertThatExceptionOfType(CancellationException.class).isThrownBy(future::join);
			Eventually.within(Duration.ofSeconds(5), () -> slow.abortedStreams() == 1);
			assertThat(slow.completedStreams()).isZero();
		}
	}

	@Test
	void cancelledWorkerThreadDoesNotKeepTheInterruptForItsNextTask() throws Exception {
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try (SlowStreamServer slow = SlowStreamServer.start(500, Duration.ofMillis(20));
				LlmClient client = client(slow.baseUrl())) {
			CountDownLatch firstDelta = new CountDownLatch(1);
			CompletableFuture<ChatResponse> future = AsyncLlmClient.of(client, executor)
				.stream(HELLO, (delta) -> firstDelta.countDown());
			assertThat(firstDelta.await(10, TimeUnit.SECONDS)).isTrue();
			future.cancel(true);
			boolean interrupted = executor.submit(Thread::interrupted).get(10, TimeUnit.SECONDS);
			assertThat(interrupted).isFalse();
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void rejectedCallFailsTheFutureNamingTheClient() {
		try (LlmClient client = client(server.baseUrl("openai"))) {
			CompletableFuture<ChatResponse> future = AsyncLlmClient.of(client, (task) -> {
				throw new java.util.concurrent.RejectedExecutionException("saturated");
			}).chat(HELLO);
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(future::get)
				.havingCause()
				.isInstanceOf(LlmException.class)
				.withMessageContaining("openai: the async executor rejected the call: saturated");
		}
	}

	@Test
	void nullListenerIsRejectedByName() {
		try (LlmClient client = client(server.baseUrl("openai"))) {
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> AsyncLlmClient.of(client).stream(HELLO, null))
				.withMessageContaining("'listener' must not be null");
		}
	}

	@Test
	void defaultExecutorRunsVirtualThreadsWhenTheRuntimeHasThem() throws Exception {
		boolean runtimeHasVirtualThreads = Runtime.version().feature() >= 21;
		assertThat(AsyncLlmClient.virtualThreads()).isEqualTo(runtimeHasVirtualThreads);
		CompletableFuture<String> name = new CompletableFuture<>();
		AsyncLlmClient.defaultExecutor().execute(() -> name.complete(Thread.currentThread().toString()));
		assertThat(name.get(10, TimeUnit.SECONDS)).contains((runtimeHasVirtualThreads) ? "Virtual" : "llmkit-async-");
	}

}
