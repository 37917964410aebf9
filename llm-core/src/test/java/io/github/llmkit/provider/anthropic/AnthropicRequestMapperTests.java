package io.github.llmkit.provider.anthropic;

import java.util.List;

import io.github.llmkit.LlmInvalidRequestException;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.ResponseFormat;
import io.github.llmkit.chat.Role;
import io.github.llmkit.chat.ToolChoice;
import io.github.llmkit.provider.ChatRequest;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolDefinition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AnthropicRequestMapperTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String WEATHER_SCHEMA = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
			+ "\"required\":[\"city\"],\"additionalProperties\":false,\"$defs\":{\"unit\":{\"enum\":[\"c\",\"f\"]}}}";

	private final AnthropicRequestMapper mapper = new AnthropicRequestMapper("claude", JSON);

	private JsonNode map(List<Message> messages, List<ToolDefinition> tools, ChatOptions options) {
		ChatOptions merged = options.orElse(ChatOptions.builder().model("claude-test").build());
		return this.mapper.chat(new ChatRequest(messages, tools, merged), false);
	}

	private JsonNode map(List<Message> messages, ChatOptions options) {
		return map(messages, List.of(), options);
	}

	@Test
	void chatJoinsSystemMessagesIntoTopLevelSystemAndAlwaysSendsMaxTokens() {
		JsonNode body = map(List.of(Message.system("Be brief."), Message.user("Hi"), Message.system("Be kind.")),
				ChatOptions.none());
		assertThat(body.get("system").asString()).isEqualTo("Be brief.\n\nBe kind.");
		assertThat(body.get("max_tokens").asInt()).isEqualTo(1024);
		assertThat(body.get("model").asString()).isEqualTo("claude-test");
		assertThat(body.get("messages")).hasSize(1);
		assertThat(body.at("/messages/0/role").asString()).isEqualTo("user");
		assertThat(body.at("/messages/0/content/0/text").asString()).isEqualTo("Hi");
		assertThat(body.has("stream")).isFalse();
	}

	@Test
	void chatSendsSamplingOptionsAndStopSequences() {
		JsonNode body = map(List.of(Message.user("Hi")),
				ChatOptions.builder().temperature(0.2).topP(0.5).maxTokens(77).stop(List.of("END")).build());
		assertThat(body.get("temperature").asDouble()).isEqualTo(0.2);
		assertThat(body.get("top_p").asDouble()).isEqualTo(0.5);
		assertThat(body.get("max_tokens").asInt()).isEqualTo(77);
		assertThat(body.at("/stop_sequences/0").asString()).isEqualTo("END");
	}

	@Test
	void chatWithToolLoopSendsToolUseAndToolResultBlocksWithIsError() {
		ToolCall weather = new ToolCall("toolu_1", "get_weather", "{\"city\":\"Paris\"}", null);
		ToolCall calc = new ToolCall("toolu_2", "calculator", "{\"expression\":\"2+2\"}", null);
		Message assistant = new Message(Role.ASSISTANT, "Checking.", List.of(weather, calc), null, null, false, null);
		JsonNode body = map(List.of(Message.user("Weather and sum?"), assistant,
				Message.toolResult("toolu_1", "get_weather", "{\"temp\":20}"),
				Message.toolError("toolu_2", "calculator", "division by zero"), Message.user("Thanks")),
				ChatOptions.none());
		assertThat(body.get("messages")).hasSize(3);
		JsonNode turn = body.at("/messages/1");
		assertThat(turn.get("role").asString()).isEqualTo("assistant");
		assertThat(turn.at("/content/0/type").asString()).isEqualTo("text");
		assertThat(turn.at("/content/1/type").asString()).isEqualTo("tool_use");
		assertThat(turn.at("/content/1/id").asString()).isEqualTo("toolu_1");
		assertThat(turn.at("/content/1/input/city").asString()).isEqualTo("Paris");
		assertThat(turn.at("/content/2/name").asString()).isEqualTo("calculator");
		JsonNode results = body.at("/messages/2");
		assertThat(results.get("role").asString()).isEqualTo("user");
		assertThat(results.at("/content/0/type").asString()).isEqualTo("tool_result");
		assertThat(results.at("/content/0/tool_use_id").asString()).isEqualTo("toolu_1");
		assertThat(results.at("/content/0/content").asString()).isEqualTo("{\"temp\":20}");
		assertThat(results.at("/content/0").has("is_error")).isFalse();
		assertThat(results.at("/content/1/is_error").asBoolean()).isTrue();
		assertThat(results.at("/content/2/text").asString()).isEqualTo("Thanks");
	}

	@Test
	void chatWithToolsKeepsInputSchemaIntactAndMapsToolChoice() {
		ToolDefinition tool = ToolDefinition.of("get_weather", "Weather", WEATHER_SCHEMA);
		JsonNode body = map(List.of(Message.user("Hi")), List.of(tool),
				ChatOptions.builder().toolChoice(ToolChoice.required()).build());
		assertThat(body.at("/tools/0/name").asString()).isEqualTo("get_weather");
		assertThat(body.at("/tools/0/input_schema")).isEqualTo(JSON.readTree(WEATHER_SCHEMA));
		assertThat(body.at("/tool_choice/type").asString()).isEqualTo("any");
		assertThat(map(List.of(Message.user("Hi")), List.of(tool),
				ChatOptions.builder().toolChoice(ToolChoice.auto()).build()).at("/tool_choice/type").asString())
			.isEqualTo("auto");
		assertThat(map(List.of(Message.user("Hi")), List.of(tool),
				ChatOptions.builder().toolChoice(ToolChoice.none()).build()).at("/tool_choice/type").asString())
			.isEqualTo("none");
		JsonNode forced = map(List.of(Message.user("Hi")), List.of(tool),
				ChatOptions.builder().toolChoice(ToolChoice.tool("get_weather")).build());
		assertThat(forced.at("/tool_choice/type").asString()).isEqualTo("tool");
		assertThat(forced.at("/tool_choice/name").asString()).isEqualTo("get_weather");
	}

	@Test
	void chatWithThinkingBudgetBelowMaxTokensKeepsMaxTokensAndOmitsTemperature() {
		JsonNode body = map(List.of(Message.user("Think")),
				ChatOptions.builder().thinkingBudget(2000).maxTokens(5000).temperature(0.7).topP(0.5).build());
		assertThat(body.at("/thinking/type").asString()).isEqualTo("enabled");
		assertThat(body.at("/thinking/budget_tokens").asInt()).isEqualTo(2000);
		assertThat(body.get("max_tokens").asInt()).isEqualTo(5000);
		assertThat(body.has("temperature")).isFalse();
		assertThat(body.has("top_p")).isFalse();
	}

	@Test
	void chatWithThinkingBudgetNotBelowMaxTokensRaisesMaxTokensToBudgetPlusMaxTokens() {
		JsonNode body = map(List.of(Message.user("Think")),
				ChatOptions.builder().thinkingBudget(10000).maxTokens(1024).build());
		assertThat(body.get("max_tokens").asInt()).isEqualTo(11024);
	}

	@Test
	void chatWithThinkingBudgetBelow1024FailsNamingTheBudget() {
		assertThatExceptionOfType(LlmInvalidRequestException.class)
			.isThrownBy(() -> map(List.of(Message.user("Think")), ChatOptions.builder().thinkingBudget(500).build()))
			.withMessageContaining("'thinkingBudget'")
			.withMessageContaining("1024")
			.withMessageContaining("500");
	}

	@Test
	void chatWithThinkingWhenRaiseIsImpossibleFailsNamingBothValues() {
		assertThatExceptionOfType(LlmInvalidRequestException.class)
			.isThrownBy(() -> map(List.of(Message.user("Think")),
					ChatOptions.builder().thinkingBudget(100000).maxTokens(64000).build()))
			.withMessageContaining("'maxTokens' (64000)")
			.withMessageContaining("'thinkingBudget' (100000)");
	}

	@Test
	void chatWithThinkingAndForcedToolChoiceFails() {
		ToolDefinition tool = ToolDefinition.of("get_weather", "Weather", WEATHER_SCHEMA);
		assertThatExceptionOfType(LlmInvalidRequestException.class)
			.isThrownBy(() -> map(List.of(Message.user("Hi")), List.of(tool),
					ChatOptions.builder().thinkingBudget(2048).toolChoice(ToolChoice.required()).build()))
			.withMessageContaining("forced");
	}

	@Test
	void chatWithZeroThinkingBudgetSendsNoThinking() {
		JsonNode body = map(List.of(Message.user("Hi")), ChatOptions.builder().thinkingBudget(0).temperature(0.3).build());
		assertThat(body.has("thinking")).isFalse();
		assertThat(body.get("temperature").asDouble()).isEqualTo(0.3);
	}

	@Test
	void assistantTurnSendsSignedAndRedactedThinkingUnchangedAndDropsUnsignedReasoning() {
		List<ReasoningBlock> reasoning = List.of(new ReasoningBlock("plan", "sig-1", null),
				new ReasoningBlock(null, null, "opaque"), new ReasoningBlock("from another family", null, null));
		ToolCall call = new ToolCall("toolu_1", "get_weather", "{}", null);
		Message assistant = new Message(Role.ASSISTANT, (String) null, List.of(call), null, null, false, reasoning);
		JsonNode body = map(List.of(Message.user("Hi"), assistant, Message.toolResult("toolu_1", "get_weather", "ok")),
				ChatOptions.builder().thinkingBudget(2048).maxTokens(4096).build());
		JsonNode content = body.at("/messages/1/content");
		assertThat(content).hasSize(3);
		assertThat(content.at("/0/type").asString()).isEqualTo("thinking");
		assertThat(content.at("/0/thinking").asString()).isEqualTo("plan");
		assertThat(content.at("/0/signature").asString()).isEqualTo("sig-1");
		assertThat(content.at("/1/type").asString()).isEqualTo("redacted_thinking");
		assertThat(content.at("/1/data").asString()).isEqualTo("opaque");
		assertThat(content.at("/2/type").asString()).isEqualTo("tool_use");
	}

	@Test
	void responseFormatJsonSchemaGoesToOutputConfig() {
		JsonNode schema = JSON.readTree("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"}}}");
		JsonNode body = map(List.of(Message.user("Hi")),
				ChatOptions.builder().responseFormat(ResponseFormat.jsonSchema("answer", schema)).build());
		assertThat(body.at("/output_config/format/type").asString()).isEqualTo("json_schema");
		assertThat(body.at("/output_config/format/schema")).isEqualTo(schema);
	}

	@Test
	void streamSetsStreamFlag() {
		ChatOptions options = ChatOptions.builder().model("claude-test").build();
		JsonNode body = this.mapper.chat(new ChatRequest(List.of(Message.user("Hi")), List.of(), options), true);
		assertThat(body.get("stream").asBoolean()).isTrue();
	}

}
