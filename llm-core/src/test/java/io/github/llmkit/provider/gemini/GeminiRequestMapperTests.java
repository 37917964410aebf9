package io.github.llmkit.provider.gemini;

import java.util.List;

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

class GeminiRequestMapperTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GeminiRequestMapper mapper = new GeminiRequestMapper("gemini", JSON);

	private JsonNode map(List<Message> messages, List<ToolDefinition> tools, ChatOptions options) {
		return this.mapper.chat(new ChatRequest(messages, tools,
				options.orElse(ChatOptions.builder().model("gemini-test").build())));
	}

	private JsonNode map(List<Message> messages, ChatOptions options) {
		return map(messages, List.of(), options);
	}

	@Test
	void chatMapsRolesAndJoinsSystemMessagesIntoSystemInstruction() {
		JsonNode body = map(List.of(Message.system("Be brief."), Message.system("Be kind."), Message.user("Hi"),
				Message.assistant("Hello"), Message.user("Bye")), ChatOptions.none());
		assertThat(body.at("/systemInstruction/parts/0/text").asString()).isEqualTo("Be brief.\n\nBe kind.");
		assertThat(body.get("contents")).hasSize(3);
		assertThat(body.at("/contents/0/role").asString()).isEqualTo("user");
		assertThat(body.at("/contents/0/parts/0/text").asString()).isEqualTo("Hi");
		assertThat(body.at("/contents/1/role").asString()).isEqualTo("model");
		assertThat(body.at("/contents/2/parts/0/text").asString()).isEqualTo("Bye");
		assertThat(body.has("generationConfig")).isFalse();
	}

	@Test
	void chatSendsGenerationConfig() {
		JsonNode body = map(List.of(Message.user("Hi")), ChatOptions.builder()
			.temperature(0.3)
			.maxTokens(500)
			.topP(0.9)
			.stop(List.of("END"))
			.seed(42L)
			.build());
		JsonNode config = body.get("generationConfig");
		assertThat(config.get("temperature").asDouble()).isEqualTo(0.3);
		assertThat(config.get("maxOutputTokens").asInt()).isEqualTo(500);
		assertThat(config.get("topP").asDouble()).isEqualTo(0.9);
		assertThat(config.at("/stopSequences/0").asString()).isEqualTo("END");
		assertThat(config.get("seed").asLong()).isEqualTo(42L);
		assertThat(config.has("thinkingConfig")).isFalse();
	}

	@Test
	void chatWithThinkingBudgetAsksForThoughtsAndKeepsAnswerAllowance() {
		JsonNode config = map(List.of(Message.user("Hi")),
				ChatOptions.builder().thinkingBudget(2048).maxTokens(1024).build()).get("generationConfig");
		assertThat(config.at("/thinkingConfig/thinkingBudget").asInt()).isEqualTo(2048);
		assertThat(config.at("/thinkingConfig/includeThoughts").asBoolean()).isTrue();
		assertThat(config.get("maxOutputTokens").asInt()).isEqualTo(3072);
		JsonNode off = map(List.of(Message.user("Hi")), ChatOptions.builder().thinkingBudget(0).build())
			.get("generationConfig");
		assertThat(off.at("/thinkingConfig/thinkingBudget").asInt()).isZero();
		assertThat(off.at("/thinkingConfig").has("includeThoughts")).isFalse();
	}

	@Test
	void chatWithResponseFormatSendsMimeTypeAndSanitisedJsonSchema() {
		JsonNode schema = JSON.readTree("""
				{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
				 "properties":{"kind":{"const":"a"}},"additionalProperties":false}""");
		JsonNode config = map(List.of(Message.user("Hi")),
				ChatOptions.builder().responseFormat(ResponseFormat.jsonSchema("answer", schema)).build())
			.get("generationConfig");
		assertThat(config.get("responseMimeType").asString()).isEqualTo("application/json");
		assertThat(config.get("responseJsonSchema")).isEqualTo(JSON.readTree("""
				{"type":"object","properties":{"kind":{"enum":["a"]}},"additionalProperties":false}"""));
		JsonNode json = map(List.of(Message.user("Hi")), ChatOptions.builder().responseFormat(ResponseFormat.json()).build())
			.get("generationConfig");
		assertThat(json.get("responseMimeType").asString()).isEqualTo("application/json");
		assertThat(json.has("responseJsonSchema")).isFalse();
	}

	@Test
	void chatWithToolsSendsFunctionDeclarationsAndToolConfig() {
		ToolDefinition tool = ToolDefinition.of("get_weather", "Weather", """
				{"type":"object","properties":{"city":{"type":"string","minLength":1}},"required":["city"]}""");
		JsonNode body = map(List.of(Message.user("Hi")), List.of(tool),
				ChatOptions.builder().toolChoice(ToolChoice.tool("get_weather")).build());
		JsonNode declaration = body.at("/tools/0/functionDeclarations/0");
		assertThat(declaration.get("name").asString()).isEqualTo("get_weather");
		assertThat(declaration.get("description").asString()).isEqualTo("Weather");
		assertThat(declaration.get("parametersJsonSchema")).isEqualTo(JSON.readTree("""
				{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}"""));
		assertThat(body.at("/toolConfig/functionCallingConfig/mode").asString()).isEqualTo("ANY");
		assertThat(body.at("/toolConfig/functionCallingConfig/allowedFunctionNames/0").asString())
			.isEqualTo("get_weather");
		assertThat(map(List.of(Message.user("Hi")), List.of(tool),
				ChatOptions.builder().toolChoice(ToolChoice.required()).build())
			.at("/toolConfig/functionCallingConfig/mode").asString()).isEqualTo("ANY");
		assertThat(map(List.of(Message.user("Hi")), List.of(tool),
				ChatOptions.builder().toolChoice(ToolChoice.none()).build())
			.at("/toolConfig/functionCallingConfig/mode").asString()).isEqualTo("NONE");
	}

	@Test
	void toolLoopEchoesIdsAndSignaturesAndWrapsResults() {
		ToolCall real = new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}", "c2lnbmF0dXJl");
		ToolCall synthetic = new ToolCall("llmkit_call_1_ab12", "calculator", "{\"expression\":\"2+2\"}", null);
		Message assistant = new Message(Role.ASSISTANT, (String) null, List.of(real, synthetic), null, null, false,
				List.of(new ReasoningBlock("thoughts", null, null)));
		JsonNode body = map(List.of(Message.user("Weather and sum?"), assistant,
				Message.toolResult("call_1", "get_weather", "{\"temp\":20}"),
				new Message(Role.TOOL, "4", null, "llmkit_call_1_ab12", null, false, null),
				Message.toolError("call_1", "get_weather", "boom")), ChatOptions.none());
		assertThat(body.get("contents")).hasSize(3);
		JsonNode model = body.at("/contents/1");
		assertThat(model.get("role").asString()).isEqualTo("model");
		assertThat(model.get("parts")).hasSize(2);
		assertThat(model.at("/parts/0/functionCall/id").asString()).isEqualTo("call_1");
		assertThat(model.at("/parts/0/functionCall/args/city").asString()).isEqualTo("Paris");
		assertThat(model.at("/parts/0/thoughtSignature").asString()).isEqualTo("c2lnbmF0dXJl");
		assertThat(model.at("/parts/1/functionCall").has("id")).isFalse();
		assertThat(model.at("/parts/1").has("thoughtSignature")).isFalse();
		JsonNode results = body.at("/contents/2");
		assertThat(results.get("role").asString()).isEqualTo("user");
		assertThat(results.at("/parts/0/functionResponse/id").asString()).isEqualTo("call_1");
		assertThat(results.at("/parts/0/functionResponse/name").asString()).isEqualTo("get_weather");
		assertThat(results.at("/parts/0/functionResponse/response/temp").asInt()).isEqualTo(20);
		assertThat(results.at("/parts/1/functionResponse").has("id")).isFalse();
		assertThat(results.at("/parts/1/functionResponse/name").asString()).isEqualTo("calculator");
		assertThat(results.at("/parts/1/functionResponse/response/result").asInt()).isEqualTo(4);
		assertThat(results.at("/parts/2/functionResponse/response/error").asString()).isEqualTo("boom");
	}

	@Test
	void toolResultThatIsNotJsonIsWrappedAsText() {
		ToolCall call = new ToolCall("call_1", "lookup", "{}", null);
		JsonNode body = map(List.of(Message.user("Hi"),
				new Message(Role.ASSISTANT, (String) null, List.of(call), null, null, false, null),
				Message.toolResult("call_1", "lookup", "sunny and warm")), ChatOptions.none());
		assertThat(body.at("/contents/2/parts/0/functionResponse/response/result").asString())
			.isEqualTo("sunny and warm");
	}

	@Test
	void embeddingsRequestCarriesOneEntryPerInputWithDimensions() {
		JsonNode body = this.mapper.embeddings(List.of("a", "b"), "models/gemini-embedding-001", 256);
		assertThat(body.get("requests")).hasSize(2);
		assertThat(body.at("/requests/0/model").asString()).isEqualTo("models/gemini-embedding-001");
		assertThat(body.at("/requests/1/content/parts/0/text").asString()).isEqualTo("b");
		assertThat(body.at("/requests/1/outputDimensionality").asInt()).isEqualTo(256);
	}

}
