package io.github.llmkit.tool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.Message;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@link ToolLoopObserver} seam of {@link ToolRegistry}.
 */
class ToolLoopObserverTests {

	private final MockLlmServer server = MockLlmServer.start();

	private final LlmClient client = LlmClients.create(ProviderType.OPENAI, ClientConfig.builder()
		.apiKey(MockLlmServer.API_KEY)
		.baseUrl(this.server.baseUrl("openai"))
		.retries(0)
		.build());

	@AfterEach
	void stop() {
		this.client.close();
		this.server.close();
	}

	@Test
	void observerWrapsTheLoopOnceAndEveryExecutionSchedulingOnTheLoopThread() {
		RecordingObserver observer = new RecordingObserver();
		ToolRegistry registry = ToolRegistry.builder().observer(observer).build().registerStandardTools();
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("calculator", "{\"expression\":\"1+1\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")));
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("nope", "{}")));
		this.server.enqueue(MockReply.text("Done"));
		ToolLoopResult result = registry.run(this.client, List.of(Message.user("Add")));
		assertThat(result.rounds()).isEqualTo(2);
		assertThat(observer.loops).containsExactly(this.client.name());
		assertThat(observer.scheduledOn).hasSize(3).containsOnly(Thread.currentThread().getName());
		assertThat(observer.executedOn).hasSize(3)
			.as("the parallel round ran on the shared pool")
			.anyMatch((thread) -> thread.startsWith("llmkit-tool-"));
		assertThat(observer.definitions).containsExactlyInAnyOrder("calculator", "calculator", "unknown");
	}

	@Test
	void registryWithoutObserverRunsUnobserved() {
		ToolRegistry registry = ToolRegistry.builder().observer(null).build().registerStandardTools();
		this.server.enqueue(MockReply.text("No tools needed"));
		assertThat(registry.run(this.client, List.of(Message.user("Hi"))).text()).isEqualTo("No tools needed");
	}

	static class RecordingObserver implements ToolLoopObserver {

		final List<String> loops = Collections.synchronizedList(new ArrayList<>());

		final List<String> scheduledOn = Collections.synchronizedList(new ArrayList<>());

		final List<String> executedOn = Collections.synchronizedList(new ArrayList<>());

		final List<String> definitions = Collections.synchronizedList(new ArrayList<>());

		@Override
		public ToolLoopResult observeLoop(LlmClient client, Supplier<ToolLoopResult> loop) {
			this.loops.add(client.name());
			return loop.get();
		}

		@Override
		public Supplier<ToolExecution> observeExecution(ToolCall call, ToolDefinition definition,
				Supplier<ToolExecution> execution) {
			this.scheduledOn.add(Thread.currentThread().getName());
			this.definitions.add((definition != null) ? definition.name() : "unknown");
			return () -> {
				this.executedOn.add(Thread.currentThread().getName());
				return execution.get();
			};
		}

	}

}
