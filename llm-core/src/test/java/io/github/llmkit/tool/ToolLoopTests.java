package io.github.llmkit.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.Role;
import io.github.llmkit.chat.ToolChoice;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import io.github.llmkit.test.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ToolLoopTests {

	private MockLlmServer server;

	private final List<LlmClient> clients = new ArrayList<>();

	private final ToolRegistry registry = new ToolRegistry().registerStandardTools();

	@BeforeEach
	void startServer() {
		this.server = MockLlmServer.start();
	}

	@AfterEach
	void stopServer() {
		this.clients.forEach(LlmClient::close);
		this.server.close();
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "MISTRAL", "CLAUDE", "GEMINI" })
	void runExecutesOneCallAndReturnsTheAnswer(ProviderType type) {
		ToolLoopResult result = this.registry.run(client(type), List.of(Message.user("What is the weather in Paris?")));
		assertThat(result.rounds()).isEqualTo(1);
		assertThat(result.executions()).singleElement().satisfies((execution) -> {
			assertThat(execution.call().name()).isEqualTo("get_weather");
			assertThat(execution.result().error()).isFalse();
			assertThat(execution.result().content()).contains("\"temperature\":22.0", "demo data");
		});
		assertThat(result.text()).startsWith("The tool returned: ").contains("sunny");
		assertThat(result.transcript()).extracting(Message::role)
			.containsExactly(Role.USER, Role.ASSISTANT, Role.TOOL, Role.ASSISTANT);
		assertThat(result.transcript().get(1).toolCalls()).hasSize(1);
		assertThat(result.transcript().get(2).toolCallId()).isEqualTo(result.executions().get(0).call().id());
		this.server.takeRequest();
		assertThat(this.server.takeRequest().body()).contains("demo data, not a real forecast");
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "MISTRAL", "CLAUDE", "GEMINI" })
	void runExecutesParallelCallsConcurrentlyAndKeepsCallOrder(ProviderType type) {
		CountDownLatch bothStarted = new CountDownLatch(2);
		this.registry.register(rendezvous("first", bothStarted)).register(rendezvous("second", bothStarted));
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("first", "{}"), MockToolCall.of("second", "{}")));
		this.server.enqueue(MockReply.text("Both done"));
		ToolLoopResult result = this.registry.run(client(type), List.of(Message.user("Go")),
				this.registry.collection(List.of("first", "second")), ChatOptions.none());
		assertThat(result.executions()).extracting((execution) -> execution.call().name())
			.containsExactly("first", "second");
		assertThat(result.executions()).extracting((execution) -> execution.result().content())
			.containsExactly("first met second", "second met first");
		assertThat(result.transcript()).extracting(Message::role)
			.containsExactly(Role.USER, Role.ASSISTANT, Role.TOOL, Role.TOOL, Role.ASSISTANT);
		assertThat(result.text()).isEqualTo("Both done");
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "MISTRAL", "CLAUDE", "GEMINI" })
	void runWithSimulatorDefaultsExecutesWeatherAndCalculatorInOneRound(ProviderType type) {
		ToolLoopResult result = this.registry.run(client(type),
				List.of(Message.user("What is the weather in London and what is 6 * 7?")));
		assertThat(result.rounds()).isEqualTo(1);
		assertThat(result.executions()).extracting((execution) -> execution.call().name())
			.containsExactly("get_weather", "calculator");
		assertThat(result.text()).contains("rainy", "42");
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "MISTRAL", "CLAUDE", "GEMINI" })
	void runContinuesWhenAResultLeadsToAnotherCall(ProviderType type) {
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("calculator", "{\"expression\":\"2+3\"}")));
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("calculator", "{\"expression\":\"5*4\"}"))
			.withText("Now multiply."));
		this.server.enqueue(MockReply.text("The answer is 20."));
		ToolLoopResult result = this.registry.run(client(type), List.of(Message.user("Compute (2+3)*4")));
		assertThat(result.rounds()).isEqualTo(2);
		assertThat(result.executions()).extracting((execution) -> execution.result().content())
			.containsExactly("{\"expression\":\"2+3\",\"result\":5}", "{\"expression\":\"5*4\",\"result\":20}");
		assertThat(result.text()).isEqualTo("The answer is 20.");
		assertThat(result.transcript()).hasSize(6);
		assertThat(result.transcript().get(3).text()).isEqualTo("Now multiply.");
		this.server.takeRequest();
		this.server.takeRequest();
		String third = this.server.takeRequest().body().replace("\\\"", "\"");
		assertThat(third).contains("Now multiply.", "\"result\":5", "\"result\":20");
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "MISTRAL", "CLAUDE", "GEMINI" })
	void runSendsToolFailuresBackAsErrorResultsAndContinues(ProviderType type) {
		AtomicInteger weatherCalls = new AtomicInteger();
		this.registry.register(Tool.of("explode", "Explodes", null, (arguments) -> {
			throw new IllegalStateException("kaboom");
		}));
		this.registry.replace(Tool.of("get_weather", "Weather", """
				{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""", (arguments) -> {
			weatherCalls.incrementAndGet();
			return "sunny";
		}));
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("explode", "{}"),
				MockToolCall.of("get_weather", "{\"town\":\"Paris\"}"), MockToolCall.of("teleport", "{}")));
		this.server.enqueue(MockReply.text("Sorry, nothing worked."));
		ToolLoopResult result = this.registry.run(client(type), List.of(Message.user("Try everything")),
				this.registry.collection(List.of("explode", "get_weather")), ChatOptions.none());
		assertThat(result.executions()).extracting((execution) -> execution.result().content())
			.containsExactly("Tool 'explode' failed: kaboom",
					"Invalid arguments for tool 'get_weather': $.city: required property missing",
					"Unknown tool 'teleport'; available tools: explode, get_weather");
		assertThat(result.executions()).allSatisfy((execution) -> assertThat(execution.result().error()).isTrue());
		assertThat(result.transcript()).filteredOn((message) -> message.role() == Role.TOOL)
			.allSatisfy((message) -> assertThat(message.error()).isTrue());
		assertThat(weatherCalls).hasValue(0);
		assertThat(result.text()).isEqualTo("Sorry, nothing worked.");
		this.server.takeRequest();
		RecordedRequest followUp = this.server.takeRequest();
		assertThat(followUp.body()).contains("kaboom", "required property missing", "Unknown tool 'teleport'");
		if (type == ProviderType.CLAUDE) {
			JsonNode results = followUp.json().path("messages").get(2).path("content");
			assertThat(results).hasSize(3)
				.allSatisfy((block) -> assertThat(block.path("is_error").asBoolean()).isTrue());
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "MISTRAL", "CLAUDE", "GEMINI" })
	void runStopsAtMaxIterationsWithTranscriptAndPendingCalls(ProviderType type) {
		ToolRegistry capped = ToolRegistry.builder().maxIterations(2).build().registerStandardTools();
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(MockReply.toolCalls(MockToolCall.of("calculator", "{\"expression\":\"" + i + "+1\"}")));
		}
		LlmClient client = client(type);
		assertThatExceptionOfType(ToolLoopException.class)
			.isThrownBy(() -> capped.run(client, List.of(Message.user("Loop forever"))))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).isEqualTo("Tool loop of client '" + client.name()
						+ "' stopped after 2 rounds (maxIterations) while the model still requested tools: calculator");
				assertThat(ex.provider()).isEqualTo(client.name());
				assertThat(ex.pendingCalls()).singleElement()
					.satisfies((call) -> assertThat(call.arguments()).contains("2+1"));
				assertThat(ex.executions()).hasSize(2);
				assertThat(ex.transcript()).extracting(Message::role)
					.containsExactly(Role.USER, Role.ASSISTANT, Role.TOOL, Role.ASSISTANT, Role.TOOL);
			});
		assertThat(this.server.requestCount()).isEqualTo(3);
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "MISTRAL", "CLAUDE", "GEMINI" })
	void runStreamingStreamsEveryRoundAndReportsCallsAndResults(ProviderType type) {
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"))
			.withText("Let me check. "));
		this.server.enqueue(MockReply.text("It is sunny and 22 degrees in Paris today."));
		RecordingListener listener = new RecordingListener();
		ToolLoopResult result = this.registry.runStreaming(client(type),
				List.of(Message.user("Weather in Paris?")), listener);
		assertThat(listener.text.toString()).isEqualTo("Let me check. It is sunny and 22 degrees in Paris today.");
		assertThat(listener.events).containsExactly("call get_weather", "result get_weather", "complete");
		assertThat(listener.completed.text()).isEqualTo("It is sunny and 22 degrees in Paris today.");
		assertThat(result.text()).isEqualTo(listener.completed.text());
		assertThat(result.rounds()).isEqualTo(1);
		RecordedRequest first = this.server.takeRequest();
		assertThat(first.json().path("stream").asBoolean() || first.path().contains(":streamGenerateContent"))
			.isTrue();
		assertThat(this.server.takeRequest().body()).contains("demo data");
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "MISTRAL", "CLAUDE", "GEMINI" })
	void runWithoutToolsSendsNoToolListAndReturnsTheAnswer(ProviderType type) {
		ToolLoopResult result = new ToolRegistry().run(client(type), List.of(Message.user("Hello")));
		assertThat(result.text()).isEqualTo("You said: Hello");
		assertThat(result.rounds()).isZero();
		assertThat(result.transcript()).extracting(Message::role).containsExactly(Role.USER, Role.ASSISTANT);
		assertThat(this.server.takeRequest().json().has("tools")).isFalse();
	}

	@Test
	void forcedToolChoiceAppliesToTheFirstCallOnly() {
		ToolLoopResult result = this.registry.run(client(ProviderType.OPENAI),
				List.of(Message.user("What is the weather in Rome?")), this.registry.getCollection("weather"),
				ChatOptions.builder().toolChoice(ToolChoice.tool("get_weather")).build());
		assertThat(result.rounds()).isEqualTo(1);
		RecordedRequest first = this.server.takeRequest();
		assertThat(first.json().path("tool_choice").path("function").path("name").asString()).isEqualTo("get_weather");
		assertThat(this.server.takeRequest().json().path("tool_choice").asString()).isEqualTo("auto");
	}

	@Test
	void forcedToolChoiceOnGeminiAppliesToTheFirstCallOnly() {
		ToolLoopResult result = this.registry.run(client(ProviderType.GEMINI),
				List.of(Message.user("What is the weather in Rome?")), this.registry.getCollection("weather"),
				ChatOptions.builder().toolChoice(ToolChoice.tool("get_weather")).build());
		assertThat(result.rounds()).isEqualTo(1);
		JsonNode first = this.server.takeRequest().json().path("toolConfig").path("functionCallingConfig");
		assertThat(first.path("mode").asString()).isEqualTo("ANY");
		assertThat(first.path("allowedFunctionNames").get(0).asString()).isEqualTo("get_weather");
		JsonNode second = this.server.takeRequest().json().path("toolConfig").path("functionCallingConfig");
		assertThat(second.path("mode").asString()).isEqualTo("AUTO");
		assertThat(second.has("allowedFunctionNames")).isFalse();
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "MISTRAL", "CLAUDE", "GEMINI" })
	void processResponseContinuesFromAResponseTheCallerReceived(ProviderType type) {
		LlmClient client = client(type);
		List<Message> messages = List.of(Message.user("What is 12 * 12?"));
		List<io.github.llmkit.tool.ToolDefinition> tools = this.registry.getCollection("calculator");
		ChatResponse first = client.chatWithTools(messages, tools);
		assertThat(this.registry.processToolCalls(first)).singleElement()
			.satisfies((message) -> assertThat(message.text()).contains("144"));
		ToolLoopResult result = this.registry.processResponse(client, first, messages, tools, ChatOptions.none());
		assertThat(result.text()).contains("144");
		assertThat(result.transcript()).hasSize(4);
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROQ", "MISTRAL", "CLAUDE", "GEMINI" })
	void processResponseWithoutToolCallsReturnsItAsIs(ProviderType type) {
		LlmClient client = client(type);
		List<Message> messages = List.of(Message.user("Hello"));
		ChatResponse first = client.chat(messages);
		ToolLoopResult result = this.registry.processResponseStreaming(client, first, messages,
				this.registry.definitions(), (delta) -> {
				}, ChatOptions.none());
		assertThat(result.response()).isSameAs(first);
		assertThat(result.rounds()).isZero();
		assertThat(this.server.requestCount()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void claudeThinkingBlocksAreSentBackWithTheirSignature(boolean streaming) {
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"))
			.withReasoning("The user wants the weather; call get_weather."));
		this.server.enqueue(MockReply.text("Sunny, 22 degrees."));
		LlmClient client = client(ProviderType.CLAUDE);
		List<Message> messages = List.of(Message.user("Weather in Paris?"));
		ChatOptions options = ChatOptions.builder().thinkingBudget(2048).build();
		ToolLoopResult result = (streaming)
				? this.registry.runStreaming(client, messages, this.registry.definitions(), (delta) -> {
				}, options) : this.registry.run(client, messages, this.registry.definitions(), options);
		ReasoningBlock block = result.transcript().get(1).reasoning().get(0);
		assertThat(block.text()).isEqualTo("The user wants the weather; call get_weather.");
		assertThat(block.signature()).isNotBlank();
		this.server.takeRequest();
		JsonNode assistant = this.server.takeRequest().json().path("messages").get(1);
		assertThat(assistant.path("role").asString()).isEqualTo("assistant");
		JsonNode thinking = assistant.path("content").get(0);
		assertThat(thinking.path("type").asString()).isEqualTo("thinking");
		assertThat(thinking.path("thinking").asString()).isEqualTo(block.text());
		assertThat(thinking.path("signature").asString()).isEqualTo(block.signature());
		assertThat(assistant.path("content").get(1).path("type").asString()).isEqualTo("tool_use");
		assertThat(result.text()).isEqualTo("Sunny, 22 degrees.");
	}

	@Test
	void geminiParallelCallsAreSentBackWithSignatureAndOneResponsePerCall() {
		ToolLoopResult result = this.registry.run(client(ProviderType.GEMINI),
				List.of(Message.user("What is the weather in Paris and what is 2 + 2?")));
		assertThat(result.executions()).hasSize(2);
		String signature = result.executions().get(0).call().signature();
		assertThat(signature).isNotBlank();
		this.server.takeRequest();
		JsonNode contents = this.server.takeRequest().json().path("contents");
		JsonNode modelParts = contents.get(1).path("parts");
		assertThat(contents.get(1).path("role").asString()).isEqualTo("model");
		assertThat(modelParts.get(0).path("functionCall").path("name").asString()).isEqualTo("get_weather");
		assertThat(modelParts.get(0).path("thoughtSignature").asString()).isEqualTo(signature);
		assertThat(modelParts.get(1).path("functionCall").path("name").asString()).isEqualTo("calculator");
		JsonNode responses = contents.get(2).path("parts");
		assertThat(responses).hasSize(2);
		assertThat(responses.get(0).path("functionResponse").path("name").asString()).isEqualTo("get_weather");
		assertThat(responses.get(1).path("functionResponse").path("response").path("result").asInt()).isEqualTo(4);
		assertThat(result.text()).contains("sunny");
	}

	private LlmClient client(ProviderType type) {
		LlmClient client = LlmClients.create(type, ClientConfig.builder()
			.apiKey(MockLlmServer.API_KEY)
			.baseUrl(this.server.baseUrl(type.id()))
			.retries(0)
			.build());
		this.clients.add(client);
		return client;
	}

	private static Tool rendezvous(String name, CountDownLatch bothStarted) {
		return Tool.of(name, "Waits for the other tool", null, (arguments) -> {
			bothStarted.countDown();
			try {
				boolean met = bothStarted.await(10, TimeUnit.SECONDS);
				return (met) ? name + " met " + (("first".equals(name)) ? "second" : "first") : name + " ran alone";
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return name + " interrupted";
			}
		});
	}

	private static final class RecordingListener implements ToolLoopListener {

		private final StringBuilder text = new StringBuilder();

		private final List<String> events = new ArrayList<>();

		private ChatResponse completed;

		@Override
		public void onDelta(ChatDelta delta) {
			if (delta.text() != null) {
				this.text.append(delta.text());
			}
		}

		@Override
		public void onToolCall(ToolCall toolCall) {
			this.events.add("call " + toolCall.name());
		}

		@Override
		public void onToolResult(ToolExecution execution) {
			this.events.add("result " + execution.call().name());
		}

		@Override
		public void onComplete(ChatResponse response) {
			this.events.add("complete");
			this.completed = response;
		}

	}

}
