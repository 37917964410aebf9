package io.github.llmkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.ResponseFormat;
import io.github.llmkit.chat.Role;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.chat.ToolChoice;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import io.github.llmkit.test.RecordedRequest;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the OpenAI-compatible family shapes requests, and every provider quirk it declares as data.
 */
class OpenAiRequestTests extends SimulatorTestSupport {

	@Test
	void multiTurnToolConversationSendsEveryRole() {
		ToolCall weather = ToolCall.of("call_weather1", "get_weather", "{\"city\":\"Paris\"}");
		ToolCall sum = ToolCall.of("call_sum2", "calculator", "{\"expression\":\"2+2\"}");
		List<Message> conversation = List.of(Message.system("You are terse."),
				Message.user("Weather in Paris, and 2+2?"),
				new Message(Role.ASSISTANT, (String) null, List.of(weather, sum), null, null, false, null),
				Message.toolResult("call_weather1", "get_weather", "{\"temperature\":18}"),
				Message.toolResult("call_sum2", "calculator", "4"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			ChatResponse response = client.chatWithTools(conversation, TOOLS);
			assertThat(response.hasToolCalls()).isFalse();
			assertThat(response.text()).contains("4");
			JsonNode messages = server.takeRequest().json().get("messages");
			assertThat(messages).hasSize(5);
			assertThat(messages.get(0).get("role").asString()).isEqualTo("system");
			assertThat(messages.get(1).get("role").asString()).isEqualTo("user");
			JsonNode assistant = messages.get(2);
			assertThat(assistant.get("role").asString()).isEqualTo("assistant");
			assertThat(assistant.get("content").isNull()).isTrue();
			assertThat(assistant.get("tool_calls")).hasSize(2);
			JsonNode first = assistant.get("tool_calls").get(0);
			assertThat(first.get("id").asString()).isEqualTo("call_weather1");
			assertThat(first.get("type").asString()).isEqualTo("function");
			assertThat(first.get("function").get("name").asString()).isEqualTo("get_weather");
			assertThat(first.get("function").get("arguments").isString()).isTrue();
			assertThat(first.get("function").get("arguments").asString()).isEqualTo("{\"city\":\"Paris\"}");
			assertThat(messages.get(3).get("role").asString()).isEqualTo("tool");
			assertThat(messages.get(3).get("tool_call_id").asString()).isEqualTo("call_weather1");
			assertThat(messages.get(3).get("content").asString()).isEqualTo("{\"temperature\":18}");
			assertThat(messages.get(4).get("tool_call_id").asString()).isEqualTo("call_sum2");
		}
	}

	@Test
	void assistantMessageFromResponseRoundTripsToolCallsAndText() {
		server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Oslo\"}"))
			.withText("Let me check."));
		try (LlmClient client = client(ProviderType.GROQ)) {
			ChatResponse first = client.chatWithTools(List.of(Message.user("Weather in Oslo?")),
					TOOLS);
			assertThat(first.text()).isEqualTo("Let me check.");
			ToolCall call = first.toolCalls().get(0);
			ChatResponse second = client.chatWithTools(List.of(Message.user("Weather in Oslo?"),
					Message.assistant(first), Message.toolResult(call.id(), call.name(), "{\"temperature\":3}")),
					TOOLS);
			assertThat(second.text()).contains("3");
			server.takeRequest();
			JsonNode assistant = server.takeRequest().json().get("messages").get(1);
			assertThat(assistant.get("content").asString()).isEqualTo("Let me check.");
			assertThat(assistant.get("tool_calls").get(0).get("id").asString()).isEqualTo(call.id());
		}
	}

	@Test
	void optionsReachTheBody() {
		JsonNode schema = JsonMapper.shared()
			.readTree("{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"integer\"}},\"required\":[\"x\"]}");
		ChatOptions options = ChatOptions.builder()
			.model("gpt-4o-mini")
			.temperature(0.2)
			.topP(0.5)
			.maxTokens(77)
			.stop(List.of("END", "STOP"))
			.seed(42L)
			.responseFormat(ResponseFormat.jsonSchema("answer", schema))
			.build();
		try (LlmClient client = client(ProviderType.OPENAI)) {
			client.chat(List.of(Message.user("Give me JSON")), options);
			JsonNode body = server.takeRequest().json();
			assertThat(body.get("model").asString()).isEqualTo("gpt-4o-mini");
			assertThat(body.get("temperature").asDouble()).isEqualTo(0.2);
			assertThat(body.get("top_p").asDouble()).isEqualTo(0.5);
			assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(77);
			assertThat(body.has("max_tokens")).isFalse();
			assertThat(body.get("stop")).hasSize(2);
			assertThat(body.get("seed").asLong()).isEqualTo(42L);
			JsonNode format = body.get("response_format");
			assertThat(format.get("type").asString()).isEqualTo("json_schema");
			assertThat(format.get("json_schema").get("name").asString()).isEqualTo("answer");
			assertThat(format.get("json_schema").get("strict").asBoolean()).isTrue();
			assertThat(format.get("json_schema").get("schema")).isEqualTo(schema);
		}
	}

	@Test
	void configDefaultsAreSentWhenCallSetsNothing() {
		try (LlmClient client = LlmClients.create(ProviderType.GROQ,
				config(ProviderType.GROQ).build())) {
			client.chat(List.of(Message.user("Hi")));
			JsonNode body = server.takeRequest().json();
			assertThat(body.get("temperature").asDouble()).isEqualTo(0.7);
			assertThat(body.get("max_tokens").asInt()).isEqualTo(1024);
			assertThat(body.has("top_p")).isFalse();
			assertThat(body.has("seed")).isFalse();
			assertThat(body.has("stop")).isFalse();
			assertThat(body.has("tools")).isFalse();
			assertThat(body.has("tool_choice")).isFalse();
		}
	}

	@Test
	void jsonObjectResponseFormat() {
		try (LlmClient client = client(ProviderType.DEEPSEEK)) {
			client.chat(List.of(Message.user("JSON please")),
					ChatOptions.builder().responseFormat(ResponseFormat.json()).build());
			assertThat(server.takeRequest().json().get("response_format").get("type").asString())
				.isEqualTo("json_object");
		}
	}

	@Test
	void extraBodyFieldsWinOverGeneratedOnes() {
		try (LlmClient client = client(ProviderType.OPENROUTER)) {
			client.chat(List.of(Message.user("Hi")), ChatOptions.builder()
				.extraBody(Map.of("temperature", 1.5, "provider", Map.of("order", List.of("openai"))))
				.build());
			JsonNode body = server.takeRequest().json();
			assertThat(body.get("temperature").asDouble()).isEqualTo(1.5);
			assertThat(body.get("provider").get("order").get(0).asString()).isEqualTo("openai");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "o1", "o3-mini", "o4-mini", "gpt-5", "gpt-5.1" })
	void openAiReasoningModelsGetEffortAndCompletionTokensButNoSampling(String model) {
		try (LlmClient client = client(ProviderType.OPENAI)) {
			client.chat(List.of(Message.user("Think")),
					ChatOptions.builder().model(model).reasoningEffort("high").topP(0.9).maxTokens(500).build());
			JsonNode body = server.takeRequest().json();
			assertThat(body.get("reasoning_effort").asString()).isEqualTo("high");
			assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(500);
			assertThat(body.has("max_tokens")).isFalse();
			assertThat(body.has("temperature")).isFalse();
			assertThat(body.has("top_p")).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "o3", "o4-mini", "gpt-5", "gpt-5.1" })
	void openAiReasoningModelsGetNoStopSequencesAndTheOmissionIsLoggedAtDebug(String model) {
		Logger logger = (Logger) LoggerFactory.getLogger("io.github.llmkit.provider.openai.OpenAiRequestMapper");
		Level previous = logger.getLevel();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		logger.setLevel(Level.DEBUG);
		try (LlmClient client = client(ProviderType.OPENAI)) {
			ChatResponse response = client.chat(List.of(Message.user("Think")),
					ChatOptions.builder().model(model).stop(List.of("END")).build());
			assertThat(response.text()).isEqualTo("You said: Think");
			assertThat(server.takeRequest().json().has("stop")).isFalse();
			assertThat(appender.list).singleElement()
				.satisfies((event) -> assertThat(event.getFormattedMessage()).contains("stop")
					.contains("temperature")
					.contains("'" + model + "'"));
		}
		finally {
			logger.detachAppender(appender);
			logger.setLevel(previous);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "gpt-4o", "gpt-5-chat-latest" })
	void openAiNonReasoningModelsKeepTheirStopSequences(String model) {
		try (LlmClient client = client(ProviderType.OPENAI)) {
			client.chat(List.of(Message.user("Hi")), ChatOptions.builder().model(model).stop(List.of("END")).build());
			assertThat(server.takeRequest().json().get("stop").get(0).asString()).isEqualTo("END");
		}
	}

	@Test
	void openAiNonReasoningModelGetsNoReasoningEffort() {
		try (LlmClient client = client(ProviderType.OPENAI)) {
			client.chat(List.of(Message.user("Hi")),
					ChatOptions.builder().model("gpt-4o").reasoningEffort("high").build());
			JsonNode body = server.takeRequest().json();
			assertThat(body.has("reasoning_effort")).isFalse();
			assertThat(body.get("temperature").asDouble()).isEqualTo(0.7);
		}
	}

	@Test
	void openAiChatModelIsNotAReasoningModelAndKeepsItsTemperature() {
		try (LlmClient client = client(ProviderType.OPENAI)) {
			ChatResponse response = client.chat(List.of(Message.user("Hi")), ChatOptions.builder()
				.model("gpt-5-chat-latest")
				.temperature(0.3)
				.topP(0.9)
				.reasoningEffort("high")
				.maxTokens(200)
				.build());
			assertThat(response.text()).isEqualTo("You said: Hi");
			JsonNode body = server.takeRequest().json();
			assertThat(body.get("temperature").asDouble()).isEqualTo(0.3);
			assertThat(body.get("top_p").asDouble()).isEqualTo(0.9);
			assertThat(body.has("reasoning_effort")).isFalse();
			assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(200);
		}
	}

	@Test
	void openRouterSendsItsReasoningObjectInsteadOfReasoningEffort() {
		try (LlmClient client = client(ProviderType.OPENROUTER)) {
			client.chat(List.of(Message.user("Hi")), ChatOptions.builder().reasoningEffort("low").build());
			JsonNode body = server.takeRequest().json();
			assertThat(body.has("reasoning_effort")).isFalse();
			assertThat(body.get("reasoning").toString()).isEqualTo("{\"effort\":\"low\"}");
			client.chat(List.of(Message.user("Hi")), ChatOptions.builder().thinkingBudget(2000).build());
			assertThat(server.takeRequest().json().get("reasoning").toString()).isEqualTo("{\"max_tokens\":2000}");
			client.chat(List.of(Message.user("Hi")));
			assertThat(server.takeRequest().json().has("reasoning")).isFalse();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "GROK", "GROQ", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void compatibleProvidersSendMaxTokensAndReasoningEffortAsGiven(ProviderType type) {
		try (LlmClient client = client(type)) {
			client.chat(List.of(Message.user("Hi")), ChatOptions.builder().reasoningEffort("low").build());
			JsonNode body = server.takeRequest().json();
			assertThat(body.get("max_tokens").asInt()).isEqualTo(1024);
			assertThat(body.has("max_completion_tokens")).isFalse();
			assertThat(body.get("reasoning_effort").asString()).isEqualTo("low");
			assertThat(body.get("temperature").asDouble()).isEqualTo(0.7);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK" })
	void streamsAskForUsage(ProviderType type) {
		try (LlmClient client = client(type)) {
			client.streamChat(List.of(Message.user("Hi")), StreamListeners.none());
			JsonNode body = server.takeRequest().json();
			assertThat(body.get("stream").asBoolean()).isTrue();
			assertThat(body.get("stream_options").get("include_usage").asBoolean()).isTrue();
		}
	}

	@Test
	void mistralStreamsWithoutStreamOptionsAndStillReportsUsage() {
		server.enqueue(MockReply.text("Bonjour").withUsage(4, 2));
		try (LlmClient client = client(ProviderType.MISTRAL)) {
			ChatResponse response = client.streamChat(List.of(Message.user("Hi")), StreamListeners.none());
			assertThat(response.usage().inputTokens()).isEqualTo(4);
			assertThat(response.usage().outputTokens()).isEqualTo(2);
			assertThat(server.takeRequest().json().has("stream_options")).isFalse();
		}
	}

	@Test
	void mistralSendsRandomSeedAndAny() {
		try (LlmClient client = client(ProviderType.MISTRAL)) {
			client.chatWithTools(List.of(Message.user("Hi")), TOOLS,
					ChatOptions.builder().seed(7L).toolChoice(ToolChoice.required()).build());
			JsonNode body = server.takeRequest().json();
			assertThat(body.get("random_seed").asLong()).isEqualTo(7L);
			assertThat(body.has("seed")).isFalse();
			assertThat(body.get("tool_choice").asString()).isEqualTo("any");
		}
	}

	@Test
	void mistralGetsNineCharacterToolCallIdsThatStillMatchTheirResults() {
		ToolCall call = ToolCall.of("call_X8zi23yeE70r4qiZ2lhIuRNK", "get_weather", "{\"city\":\"Paris\"}");
		ToolCall already = ToolCall.of("abc123XYZ", "calculator", "{\"expression\":\"1+1\"}");
		try (LlmClient client = client(ProviderType.MISTRAL)) {
			client.chatWithTools(List.of(Message.user("Weather?"),
					new Message(Role.ASSISTANT, (String) null, List.of(call, already), null, null, false, null),
					Message.toolResult(call.id(), call.name(), "sunny"),
					Message.toolResult(already.id(), already.name(), "2")), TOOLS);
			JsonNode messages = server.takeRequest().json().get("messages");
			String sentId = messages.get(1).get("tool_calls").get(0).get("id").asString();
			assertThat(sentId).matches("[a-zA-Z0-9]{9}");
			assertThat(messages.get(2).get("tool_call_id").asString()).isEqualTo(sentId);
			assertThat(messages.get(1).get("tool_calls").get(1).get("id").asString()).isEqualTo("abc123XYZ");
			assertThat(messages.get(3).get("tool_call_id").asString()).isEqualTo("abc123XYZ");
		}
	}

	@Test
	void mistralGetsAnAssistantTurnBetweenAToolResultAndTheNextUserMessage() {
		try (LlmClient client = client(ProviderType.MISTRAL)) {
			ChatResponse response = client.chatWithTools(toolThenUser(), TOOLS);
			assertThat(response.text()).isEqualTo("You said: Thanks, and tomorrow?");
			JsonNode messages = server.takeRequest().json().get("messages");
			assertThat(messages).extracting((message) -> message.get("role").asString())
				.containsExactly("user", "assistant", "tool", "assistant", "user");
			JsonNode bridge = messages.get(3);
			assertThat(bridge.get("content").asString()).isNotBlank();
			assertThat(bridge.has("tool_calls")).isFalse();
		}
	}

	@Test
	void mistralBridgesEveryToolToUserStepButNoOtherStep() {
		List<Message> conversation = new ArrayList<>(toolThenUser());
		conversation.add(Message.assistant("Cloudy."));
		conversation.add(Message.user("Weather in Rome?"));
		conversation.add(new Message(Role.ASSISTANT, (String) null,
				List.of(ToolCall.of("def456UVW", "get_weather", "{\"city\":\"Rome\"}")), null, null, false, null));
		conversation.add(Message.toolResult("def456UVW", "get_weather", "rainy"));
		conversation.add(Message.user("Umbrella?"));
		try (LlmClient client = client(ProviderType.MISTRAL)) {
			client.chatWithTools(conversation, TOOLS);
			JsonNode messages = server.takeRequest().json().get("messages");
			assertThat(messages).extracting((message) -> message.get("role").asString())
				.containsExactly("user", "assistant", "tool", "assistant", "user", "assistant", "user", "assistant",
						"tool", "assistant", "user");
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK" })
	void otherProvidersSendAUserMessageRightAfterAToolResultAsGiven(ProviderType type) {
		try (LlmClient client = client(type)) {
			client.chatWithTools(toolThenUser(), TOOLS);
			JsonNode messages = server.takeRequest().json().get("messages");
			assertThat(messages).extracting((message) -> message.get("role").asString())
				.containsExactly("user", "assistant", "tool", "user");
		}
	}

	private static List<Message> toolThenUser() {
		ToolCall call = ToolCall.of("abc123XYZ", "get_weather", "{\"city\":\"Paris\"}");
		return List.of(Message.user("Weather in Paris?"),
				new Message(Role.ASSISTANT, (String) null, List.of(call), null, null, false, null),
				Message.toolResult(call.id(), call.name(), "{\"sky\":\"sunny\"}"),
				Message.user("Thanks, and tomorrow?"));
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "DEEPSEEK" })
	void toolChoiceSpellings(ProviderType type) {
		try (LlmClient client = client(type)) {
			client.chatWithTools(List.of(Message.user("Hi")), TOOLS,
					ChatOptions.builder().toolChoice(ToolChoice.required()).build());
			assertThat(server.takeRequest().json().get("tool_choice").asString()).isEqualTo("required");
			client.chatWithTools(List.of(Message.user("Hi")), TOOLS,
					ChatOptions.builder().toolChoice(ToolChoice.none()).build());
			assertThat(server.takeRequest().json().get("tool_choice").asString()).isEqualTo("none");
			client.chatWithTools(List.of(Message.user("Hi")), TOOLS,
					ChatOptions.builder().toolChoice(ToolChoice.tool("calculator")).build());
			JsonNode forced = server.takeRequest().json().get("tool_choice");
			assertThat(forced.get("type").asString()).isEqualTo("function");
			assertThat(forced.get("function").get("name").asString()).isEqualTo("calculator");
		}
	}

	@Test
	void ollamaGetsNoToolChoiceAndNoKey() {
		try (LlmClient client = LlmClients.create(ProviderType.OLLAMA,
				ClientConfig.builder().baseUrl(server.baseUrl("ollama")).sleeper(this.sleeper).build())) {
			client.chatWithTools(List.of(Message.user("Hi")), TOOLS,
					ChatOptions.builder().toolChoice(ToolChoice.required()).build());
			RecordedRequest request = server.takeRequest();
			assertThat(request.json().has("tool_choice")).isFalse();
			assertThat(request.header("authorization")).isNull();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "DEEPSEEK", "MISTRAL" })
	void providersOtherThanOllamaRequireKey(ProviderType type) {
		assertThatExceptionOfType(LlmInvalidRequestException.class)
			.isThrownBy(() -> LlmClients.create(type, ClientConfig.builder().baseUrl(server.baseUrl(type.id())).build()))
			.withMessageContaining(type.id())
			.withMessageContaining("apiKey");
	}

	@Test
	void openRouterSendsAttributionHeaders() {
		try (LlmClient client = LlmClients.create(ProviderType.OPENROUTER,
				config(ProviderType.OPENROUTER)
					.appUrl("https://example.org/app")
					.appTitle("llmkit tests")
					.build())) {
			client.chat(List.of(Message.user("Hi")));
			RecordedRequest request = server.takeRequest();
			assertThat(request.header("HTTP-Referer")).isEqualTo("https://example.org/app");
			assertThat(request.header("X-Title")).isEqualTo("llmkit tests");
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void otherProvidersSendNoAttributionHeaders(ProviderType type) {
		try (LlmClient client = LlmClients.create(type,
				config(type).appUrl("https://example.org").appTitle("t").build())) {
			client.chat(List.of(Message.user("Hi")));
			RecordedRequest request = server.takeRequest();
			assertThat(request.header("HTTP-Referer")).isNull();
			assertThat(request.header("X-Title")).isNull();
		}
	}

	@Test
	void customHeadersAreSentOnEveryOperation() {
		try (LlmClient client = LlmClients.create(ProviderType.OPENAI,
				config(ProviderType.OPENAI)
					.header("OpenAI-Project", "proj_1")
					.build())) {
			client.chat(List.of(Message.user("Hi")));
			client.listModels();
			client.embed(List.of("x"));
			for (int i = 0; i < 3; i++) {
				assertThat(server.takeRequest().header("openai-project")).isEqualTo("proj_1");
			}
		}
	}

	@Test
	void deepSeekEchoesReasoningContentOnToolCallTurns() {
		ToolCall call = ToolCall.of("call_1", "get_weather", "{\"city\":\"Paris\"}");
		Message assistant = new Message(Role.ASSISTANT, (String) null, List.of(call), null, null, false,
				List.of(new ReasoningBlock("I should check the weather.", null, null)));
		try (LlmClient client = client(ProviderType.DEEPSEEK)) {
			client.chatWithTools(List.of(Message.user("Weather?"), assistant,
					Message.toolResult("call_1", "get_weather", "sunny")), TOOLS);
			JsonNode sent = server.takeRequest().json().get("messages").get(1);
			assertThat(sent.get("reasoning_content").asString()).isEqualTo("I should check the weather.");
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "MISTRAL" })
	void otherProvidersNeverSendReasoningContent(ProviderType type) {
		ToolCall call = ToolCall.of("abcdefghi", "get_weather", "{\"city\":\"Paris\"}");
		Message assistant = new Message(Role.ASSISTANT, (String) null, List.of(call), null, null, false,
				List.of(new ReasoningBlock("thoughts", null, null)));
		try (LlmClient client = client(type)) {
			client.chatWithTools(List.of(Message.user("Weather?"), assistant,
					Message.toolResult("abcdefghi", "get_weather", "sunny")), TOOLS);
			assertThat(server.takeRequest().json().get("messages").get(1).has("reasoning_content")).isFalse();
		}
	}

	@Test
	void listModelsFollowsPages() {
		server.enqueue(MockReply.json("{\"object\":\"list\",\"data\":[{\"id\":\"m-1\",\"object\":\"model\","
				+ "\"created\":1686935002,\"owned_by\":\"acme\"}],\"has_more\":true,\"last_id\":\"m-1\"}"));
		server.enqueue(MockReply.json("{\"object\":\"list\",\"data\":[{\"id\":\"m-2\",\"object\":\"model\"}],"
				+ "\"has_more\":false,\"last_id\":\"m-2\"}"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			List<ModelInfo> models = client.listModels();
			assertThat(models).extracting(ModelInfo::id).containsExactly("m-1", "m-2");
			assertThat(models.get(0).ownedBy()).isEqualTo("acme");
			assertThat(models.get(0).created()).isEqualTo(Instant.ofEpochSecond(1686935002));
			assertThat(models.get(1).created()).isNull();
			assertThat(server.takeRequest().path()).endsWith("/models");
			assertThat(server.takeRequest().path()).endsWith("/models?after=m-1");
		}
	}

	@Test
	void embeddingsAreReorderedByIndex() {
		server.enqueue(MockReply.json("{\"object\":\"list\",\"model\":\"text-embedding-3-small\",\"data\":["
				+ "{\"object\":\"embedding\",\"index\":1,\"embedding\":[0.5,0.6]},"
				+ "{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.1,0.2]}],"
				+ "\"usage\":{\"prompt_tokens\":8,\"total_tokens\":8}}"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			EmbeddingResponse response = client.embed(List.of("first", "second"));
			assertThat(response.vectors().get(0)).containsExactly(0.1f, 0.2f);
			assertThat(response.vectors().get(1)).containsExactly(0.5f, 0.6f);
			assertThat(response.model()).isEqualTo("text-embedding-3-small");
			assertThat(response.usage().inputTokens()).isEqualTo(8);
		}
	}

	@Test
	void usageReadsCachedAndReasoningTokens() {
		server.enqueue(MockReply.json("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"o3-mini\","
				+ "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},"
				+ "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":13,\"completion_tokens\":85,"
				+ "\"total_tokens\":98,\"prompt_tokens_details\":{\"cached_tokens\":5},"
				+ "\"completion_tokens_details\":{\"reasoning_tokens\":64}}}"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			ChatResponse response = client.chat(List.of(Message.user("Hi")));
			assertThat(response.id()).isEqualTo("chatcmpl-1");
			assertThat(response.model()).isEqualTo("o3-mini");
			assertThat(response.usage()).isEqualTo(new Usage(13, 85, 64, 5));
		}
	}

	@Test
	void xaiUsageThatExcludesReasoningIsNormalised() {
		server.enqueue(MockReply.json("{\"id\":\"2ac1119b\",\"object\":\"chat.completion\",\"model\":\"grok-3-mini\","
				+ "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hello\","
				+ "\"reasoning_content\":\"First, the user said\"},\"finish_reason\":\"stop\"}],"
				+ "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":35,\"total_tokens\":420,"
				+ "\"prompt_tokens_details\":{\"cached_tokens\":3},"
				+ "\"completion_tokens_details\":{\"reasoning_tokens\":375}}}"));
		try (LlmClient client = client(ProviderType.GROK)) {
			ChatResponse response = client.chat(List.of(Message.user("Hi")));
			assertThat(response.reasoning()).isEqualTo("First, the user said");
			assertThat(response.usage()).isEqualTo(new Usage(10, 410, 375, 3));
		}
	}

	@Test
	void deepSeekCacheHitTokensCountAsCached() {
		server.enqueue(MockReply.json("{\"id\":\"x\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
				+ "\"content\":\"ok\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":6,"
				+ "\"completion_tokens\":2,\"total_tokens\":8,\"prompt_cache_hit_tokens\":4,"
				+ "\"prompt_cache_miss_tokens\":2}}"));
		try (LlmClient client = client(ProviderType.DEEPSEEK)) {
			assertThat(client.chat(List.of(Message.user("Hi"))).usage().cachedTokens()).isEqualTo(4);
		}
	}

}
