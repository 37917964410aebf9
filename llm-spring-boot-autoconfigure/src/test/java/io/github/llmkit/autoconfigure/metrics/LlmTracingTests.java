package io.github.llmkit.autoconfigure.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmUnsupportedOperationException;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.autoconfigure.observation.ChatObservationContext;
import io.github.llmkit.autoconfigure.observation.ChatObservationConvention;
import io.github.llmkit.autoconfigure.observation.DefaultChatObservationConvention;
import io.github.llmkit.autoconfigure.tool.LlmToolsAutoConfiguration;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import io.github.llmkit.tool.LlmTool;
import io.github.llmkit.tool.ToolLoopResult;
import io.github.llmkit.tool.ToolRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Spans of chat, stream, embeddings and tool loops, one provider of each wire family, through Micrometer
 * Tracing's in-memory tracer.
 */
class LlmTracingTests {

	private static final MockLlmServer server = MockLlmServer.start();

	private final SimpleTracer tracer = new SimpleTracer();

	private final TestObservationRegistry observations = TestObservationRegistry.create();

	private final WeatherTool weather = new WeatherTool(this.tracer);

	private ApplicationContextRunner contextRunner;

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@BeforeEach
	void setUp() {
		server.reset();
		this.observations.observationConfig().observationHandler(new DefaultTracingObservationHandler(this.tracer));
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LlmAutoConfiguration.class, LlmToolsAutoConfiguration.class,
					LlmMetricsAutoConfiguration.class, MetricsAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
			.withBean(ObservationRegistry.class, () -> this.observations)
			.withBean(WeatherTool.class, () -> this.weather);
	}

	private ApplicationContextRunner withProvider(String type) {
		return this.contextRunner.withPropertyValues("llm.providers." + type + ".api-key=" + MockLlmServer.API_KEY,
				"llm.providers." + type + ".base-url=" + server.baseUrl(type));
	}

	@ParameterizedTest
	@CsvSource({ "openai, openai, gpt-4o", "claude, anthropic, claude-sonnet-4-6", "gemini, gcp.gemini, gemini-2.5-flash" })
	void chatAndStreamEachGetOneSpanWithGenAiAttributes(String type, String providerName, String model) {
		withProvider(type).run((context) -> {
			LlmClient client = context.getBean(LlmClient.class);
			client.chat(List.of(Message.system("Be brief."), Message.user("Hello")));
			client.streamComplete("Hello stream", StreamListeners.text((text) -> {
			}));
			assertThat(this.tracer.getSpans()).hasSize(2);
			SimpleSpan chat = this.tracer.getSpans().getFirst();
			SimpleSpan stream = this.tracer.getSpans().getLast();
			for (SimpleSpan span : List.of(chat, stream)) {
				assertThat(span.getName()).isEqualTo("chat " + model);
				assertThat(span.getParentId()).isEmpty();
				assertThat(span.getError()).isNull();
				assertThat(span.getTags()).containsEntry("gen_ai.operation.name", "chat")
					.containsEntry("gen_ai.provider.name", providerName)
					.containsEntry("gen_ai.request.model", model)
					.containsEntry("gen_ai.request.temperature", "0.7")
					.containsEntry("gen_ai.request.max_tokens", "1024")
					.containsEntry("server.address", "127.0.0.1")
					.containsEntry("server.port", Integer.toString(server.port()))
					.containsEntry("llm.client.name", type)
					.containsKeys("gen_ai.response.model", "gen_ai.response.finish_reasons",
							"gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens")
					.doesNotContainKeys("error.type", "gen_ai.input.messages", "gen_ai.output.messages",
							"gen_ai.system_instructions");
				assertThat(span.getTags().values()).noneMatch((value) -> value.contains("Hello"));
			}
			assertThat(chat.getTags()).doesNotContainKeys("gen_ai.request.stream",
					"gen_ai.response.time_to_first_chunk");
			assertThat(stream.getTags()).containsEntry("gen_ai.request.stream", "true")
				.containsKey("gen_ai.response.time_to_first_chunk");
			TestObservationRegistryAssert.assertThat(this.observations)
				.hasNumberOfObservationsWithNameEqualTo(DefaultChatObservationConvention.NAME, 2);
		});
	}

	@Test
	void embeddingsGetOneSpanAndAnUnsupportedCallAnErrorSpan() {
		this.contextRunner
			.withPropertyValues("llm.providers.openai.api-key=" + MockLlmServer.API_KEY,
					"llm.providers.openai.base-url=" + server.baseUrl("openai"),
					"llm.providers.claude.api-key=" + MockLlmServer.API_KEY,
					"llm.providers.claude.base-url=" + server.baseUrl("claude"), "llm.default-provider=openai")
			.run((context) -> {
				context.getBean("openai", LlmClient.class).embed(List.of("a", "b"));
				assertThatExceptionOfType(LlmUnsupportedOperationException.class)
					.isThrownBy(() -> context.getBean("claude", LlmClient.class).embed(List.of("a")));
				SimpleSpan embeddings = this.tracer.getSpans().getFirst();
				assertThat(embeddings.getName()).isEqualTo("embeddings text-embedding-3-small");
				assertThat(embeddings.getTags()).containsEntry("gen_ai.operation.name", "embeddings")
					.containsEntry("gen_ai.provider.name", "openai")
					.containsKeys("gen_ai.embeddings.dimension.count")
					.doesNotContainKey("error.type");
				SimpleSpan failed = this.tracer.getSpans().getLast();
				assertThat(failed.getName()).isEqualTo("embeddings");
				assertThat(failed.getError()).isInstanceOf(LlmUnsupportedOperationException.class);
				assertThat(failed.getTags()).containsEntry("gen_ai.provider.name", "anthropic")
					.containsEntry("error.type", LlmUnsupportedOperationException.class.getName());
			});
	}

	@ParameterizedTest
	@CsvSource({ "openai, false", "claude, true", "gemini, false", "gemini, true" })
	void twoRoundToolLoopNestsModelCallsAndToolExecutionsUnderOneParent(String type, boolean streamed) {
		withProvider(type).run((context) -> {
			server.enqueue(MockReply.toolCalls(MockToolCall.of("city_weather", "{\"city\":\"Paris\"}"),
					MockToolCall.of("city_weather", "{\"city\":\"Rome\"}")));
			server.enqueue(MockReply.toolCalls(MockToolCall.of("city_weather", "{\"city\":\"Oslo\"}")));
			server.enqueue(MockReply.text("Sunny everywhere"));
			LlmClient client = context.getBean(LlmClient.class);
			ToolRegistry tools = context.getBean(ToolRegistry.class);
			List<Message> question = List.of(Message.user("Weather?"));
			ToolLoopResult result = (streamed)
					? tools.runStreaming(client, question, StreamListeners.text((text) -> {
					}))
					: tools.run(client, question);
			assertThat(result.rounds()).isEqualTo(2);
			List<SimpleSpan> spans = new ArrayList<>(this.tracer.getSpans());
			SimpleSpan loop = spans.stream().filter((span) -> span.getName().equals("invoke_agent")).findFirst()
				.orElseThrow();
			assertThat(loop.getParentId()).isEmpty();
			assertThat(loop.getTags()).containsEntry("gen_ai.operation.name", "invoke_agent")
				.containsEntry("llm.tool_loop.rounds", "2");
			List<SimpleSpan> children = spans.stream().filter((span) -> span != loop).toList();
			assertThat(children).hasSize(6).allSatisfy((span) -> {
				assertThat(span.getParentId()).isEqualTo(loop.getSpanId());
				assertThat(span.getTraceId()).isEqualTo(loop.getTraceId());
			});
			assertThat(children).extracting(SimpleSpan::getName)
				.filteredOn((name) -> name.startsWith("chat "))
				.hasSize(3);
			List<SimpleSpan> executions = children.stream()
				.filter((span) -> span.getName().equals("execute_tool city_weather"))
				.toList();
			assertThat(executions).hasSize(3).allSatisfy((span) -> assertThat(span.getTags())
				.containsEntry("gen_ai.operation.name", "execute_tool")
				.containsEntry("gen_ai.tool.name", "city_weather")
				.containsEntry("gen_ai.tool.type", "function")
				.containsKey("gen_ai.tool.call.id")
				.doesNotContainKeys("error.type", "gen_ai.tool.call.arguments", "gen_ai.tool.call.result"));
			assertThat(this.weather.spansSeen).as("each tool ran inside its own execute_tool span")
				.containsExactlyInAnyOrderElementsOf(executions.stream().map(SimpleSpan::getSpanId).toList());
			assertThat(this.weather.threads).as("the parallel round ran off the loop's thread")
				.anyMatch((thread) -> !thread.equals(Thread.currentThread().getName()));
		});
	}

	@Test
	void failingToolGetsAnErrorSpanAndContentOnlyWhenEnabled() {
		withProvider("openai").withPropertyValues("llm.observations.include-content=true").run((context) -> {
			server.enqueue(MockReply.toolCalls(MockToolCall.of("city_weather", "{\"city\":\"Atlantis\"}")));
			server.enqueue(MockReply.text("No such city"));
			context.getBean(ToolRegistry.class).run(context.getBean(LlmClient.class), List.of(Message.user("Atlantis?")));
			SimpleSpan execution = this.tracer.getSpans()
				.stream()
				.filter((span) -> span.getName().startsWith("execute_tool"))
				.findFirst()
				.orElseThrow();
			assertThat(execution.getError()).isNotNull();
			assertThat(execution.getTags()).containsEntry("error.type", "_OTHER")
				.containsEntry("gen_ai.tool.call.arguments", "{\"city\":\"Atlantis\"}")
				.containsKey("gen_ai.tool.call.result");
			SimpleSpan chat = this.tracer.getSpans()
				.stream()
				.filter((span) -> span.getName().startsWith("chat"))
				.findFirst()
				.orElseThrow();
			assertThat(chat.getTags().get("gen_ai.input.messages")).contains("\"role\":\"user\"").contains("Atlantis?");
			assertThat(chat.getTags().get("gen_ai.output.messages")).contains("\"type\":\"tool_call\"");
		});
	}

	@Test
	void applicationConventionReplacesTheDefault() {
		withProvider("openai").withBean(ChatObservationConvention.class, () -> new DefaultChatObservationConvention() {
			@Override
			public String getContextualName(ChatObservationContext context) {
				return "llm " + context.getClientName();
			}
		}).run((context) -> {
			context.getBean(LlmClient.class).complete("Hi");
			assertThat(this.tracer.onlySpan().getName()).isEqualTo("llm openai");
		});
	}

	static class WeatherTool {

		final List<String> spansSeen = Collections.synchronizedList(new ArrayList<>());

		final List<String> threads = Collections.synchronizedList(new ArrayList<>());

		private final SimpleTracer tracer;

		WeatherTool(SimpleTracer tracer) {
			this.tracer = tracer;
		}

		@LlmTool(name = "city_weather", description = "Weather of a city")
		public Map<String, String> weather(String city) {
			this.threads.add(Thread.currentThread().getName());
			this.spansSeen.add(this.tracer.currentSpan().context().spanId());
			if (city.equals("Atlantis")) {
				throw new IllegalArgumentException("unknown city " + city);
			}
			return Map.of("city", city, "sky", "sunny");
		}

	}

}
