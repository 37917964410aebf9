package io.github.llmkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import io.github.llmkit.test.RecordedRequest;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GeminiClientTests {

	private static final List<ToolDefinition> TOOLS = List.of(
			ToolDefinition.of("get_weather", "Current weather of a city", """
					{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
					 "properties":{"city":{"type":"string"},"unit":{"const":"celsius"}},
					 "required":["city"],"additionalProperties":false}"""),
			ToolDefinition.of("calculator", "Evaluate arithmetic",
					"{\"type\":\"object\",\"properties\":{\"expression\":{\"type\":\"string\"}},\"required\":[\"expression\"]}"));

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	private MockLlmServer server;

	private LlmClient client;

	@BeforeEach
	void start() {
		this.server = MockLlmServer.start();
		this.client = LlmClients.create(ProviderType.GEMINI, ClientConfig.builder()
			.apiKey(MockLlmServer.API_KEY)
			.baseUrl(this.server.baseUrl("gemini"))
			.sleeper(this.sleeps::add)
			.build());
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.close();
	}

	@Test
	void chatSendsKeyInHeaderOnlyAndSystemInstruction() {
		this.server.enqueue(MockReply.text("Hello there").withUsage(7, 2));
		ChatResponse response = this.client.chat(List.of(Message.system("Be brief."), Message.user("Hi")));
		assertThat(response.text()).isEqualTo("Hello there");
		assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
		assertThat(response.usage().inputTokens()).isEqualTo(7);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.path()).isEqualTo("/gemini/v1beta/models/gemini-2.5-flash:generateContent");
		assertThat(request.header("x-goog-api-key")).isEqualTo(MockLlmServer.API_KEY);
		assertThat(request.path()).doesNotContain(MockLlmServer.API_KEY);
		assertThat(request.json().at("/systemInstruction/parts/0/text").asString()).isEqualTo("Be brief.");
		assertThat(request.json().at("/contents/0/role").asString()).isEqualTo("user");
		assertThat(request.json().at("/generationConfig/maxOutputTokens").asInt()).isEqualTo(1024);
	}

	@Test
	void toolLoopWithSanitisedSchemaEchoesIdsAndThoughtSignatures() {
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")));
		List<Message> conversation = new ArrayList<>(List.of(Message.user("Weather in Paris and 2+2?")));
		ChatResponse first = this.client.chatWithTools(conversation, TOOLS);
		assertThat(first.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(first.toolCalls()).extracting(ToolCall::name).containsExactly("get_weather", "calculator");
		JsonNode declaration = this.server.takeRequest().json().at("/tools/0/functionDeclarations/0");
		assertThat(declaration.at("/parametersJsonSchema").has("$schema")).isFalse();
		assertThat(declaration.at("/parametersJsonSchema/properties/unit/enum/0").asString()).isEqualTo("celsius");
		conversation.add(Message.assistant(first));
		conversation.add(Message.toolResult(first.toolCalls().get(0).id(), "get_weather", "{\"temp\":20}"));
		conversation.add(Message.toolResult(first.toolCalls().get(1).id(), "calculator", "4"));
		ChatResponse second = this.client.chatWithTools(conversation, TOOLS);
		assertThat(second.hasToolCalls()).isFalse();
		JsonNode body = this.server.takeRequest().json();
		JsonNode model = body.at("/contents/1");
		assertThat(model.get("role").asString()).isEqualTo("model");
		if (first.toolCalls().get(0).signature() != null) {
			assertThat(model.at("/parts/0/thoughtSignature").asString()).isEqualTo(first.toolCalls().get(0).signature());
		}
		assertThat(body.at("/contents/2/parts/1/functionResponse/response/result").asInt()).isEqualTo(4);
	}

	@Test
	void streamWithTwoFunctionCallsAndUsageChunk() {
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")).withUsage(10, 20).withReasoning("Two calls."));
		List<ToolCall> completed = new ArrayList<>();
		StringBuilder reasoning = new StringBuilder();
		ChatResponse response = this.client.streamChatWithTools(List.of(Message.user("Weather in Paris and 2+2?")),
				TOOLS, new StreamListener() {

					@Override
					public void onDelta(ChatDelta delta) {
						reasoning.append(delta.reasoning());
					}

					@Override
					public void onToolCall(ToolCall toolCall) {
						completed.add(toolCall);
					}

				}, ChatOptions.builder().thinkingBudget(1024).build());
		assertThat(completed).extracting(ToolCall::name).containsExactly("get_weather", "calculator");
		assertThat(response.toolCalls()).isEqualTo(completed);
		assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(response.usage().inputTokens()).isEqualTo(10);
		assertThat(response.usage().outputTokens()).isGreaterThanOrEqualTo(20);
		assertThat(reasoning.toString()).isEqualTo("Two calls.").isEqualTo(response.reasoning());
		assertThat(response.text()).doesNotContain("Two calls.");
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.path()).isEqualTo("/gemini/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
		assertThat(request.json().at("/generationConfig/thinkingConfig/includeThoughts").asBoolean()).isTrue();
	}

	@Test
	void streamWithErrorEventAfter200Fails() {
		this.server.enqueue(MockReply.text("A fairly long answer that is cut").midStreamError("UNAVAILABLE", "Overloaded"));
		assertThatExceptionOfType(LlmStreamException.class)
			.isThrownBy(() -> this.client.streamChat(List.of(Message.user("Hi")), (delta) -> {
			}))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("UNAVAILABLE"));
	}

	@Test
	void streamCutBeforeAnyFinishReasonFails() {
		this.server.enqueue(MockReply.text("A fairly long answer that is cut short here").cutAfterChunks(1));
		assertThatExceptionOfType(LlmStreamException.class)
			.isThrownBy(() -> this.client.streamChat(List.of(Message.user("Hi")), (delta) -> {
			}));
	}

	@Test
	void streamWithMalformedChunkFails() {
		this.server.enqueue(MockReply.text("A fairly long answer in several chunks").malformed());
		assertThatExceptionOfType(LlmStreamException.class)
			.isThrownBy(() -> this.client.streamChat(List.of(Message.user("Hi")), (delta) -> {
			}))
			.withMessageContaining("malformed");
	}

	@Test
	void blockedPromptThrowsContentFilterException() {
		this.server.enqueue(MockReply.blocked("SAFETY"));
		assertThatExceptionOfType(LlmContentFilterException.class)
			.isThrownBy(() -> this.client.chat(List.of(Message.user("Something bad"))))
			.satisfies((ex) -> assertThat(ex.blockReason()).isEqualTo("SAFETY"));
		this.server.enqueue(MockReply.blocked("PROHIBITED_CONTENT"));
		assertThatExceptionOfType(LlmContentFilterException.class)
			.isThrownBy(() -> this.client.streamChat(List.of(Message.user("Something bad")), (delta) -> {
			}))
			.satisfies((ex) -> assertThat(ex.blockReason()).isEqualTo("PROHIBITED_CONTENT"));
	}

	@Test
	void chatWhenServerReturns429RetriesAfterRetryInfoDelay() {
		this.server.enqueue(MockReply.rawError(429, """
				{"error":{"code":429,"message":"Quota exceeded. Please retry in 2s.","status":"RESOURCE_EXHAUSTED",
				 "details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"2s"}]}}"""));
		this.server.enqueue(MockReply.text("Recovered"));
		assertThat(this.client.chat(List.of(Message.user("Hi"))).text()).isEqualTo("Recovered");
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(2));
	}

	@Test
	void streamWhenServerReturns429RetriesAfterTheBodysRetryDelay() {
		this.server.enqueue(MockReply.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded").withHeader("Retry-After", "3"));
		this.server.enqueue(MockReply.text("Recovered"));
		assertThat(this.client.streamChat(List.of(Message.user("Hi")), (delta) -> {
		}).text()).isEqualTo("Recovered");
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(3));
	}

	@Test
	void chatWithWrongKeyThrowsAuthenticationExceptionAlthoughGeminiAnswers400() {
		try (LlmClient wrong = LlmClients.create(ProviderType.GEMINI,
				ClientConfig.builder().apiKey("wrong-key").baseUrl(this.server.baseUrl("gemini")).build())) {
			assertThatExceptionOfType(LlmAuthenticationException.class)
				.isThrownBy(() -> wrong.chat(List.of(Message.user("Hi"))))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400))
				.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("API_KEY_INVALID"));
		}
	}

	@Test
	void embedSplitsAbove100InputsAndKeepsOrder() {
		List<String> inputs = IntStream.range(0, 150).mapToObj((i) -> "text " + i).toList();
		EmbeddingResponse response = this.client.embed(inputs, new EmbeddingOptions(null, 8));
		assertThat(response.vectors()).hasSize(150).allSatisfy((vector) -> assertThat(vector).hasSize(8));
		assertThat(this.server.requestCount()).isEqualTo(2);
		RecordedRequest first = this.server.takeRequest();
		assertThat(first.path()).isEqualTo("/gemini/v1beta/models/gemini-embedding-001:batchEmbedContents");
		assertThat(first.json().get("requests")).hasSize(100);
		assertThat(this.server.takeRequest().json().get("requests")).hasSize(50);
		EmbeddingResponse single = this.client.embed(List.of("text 120"), new EmbeddingOptions(null, 8));
		assertThat(single.vectors().get(0)).isEqualTo(response.vectors().get(120));
	}

	@Test
	void listModelsFollowsNextPageTokenAndStripsPrefix() {
		this.server.enqueue(MockReply.json("""
				{"models":[{"name":"models/gemini-a","displayName":"A"}],"nextPageToken":"page-2"}"""));
		this.server.enqueue(MockReply.json("{\"models\":[{\"name\":\"models/gemini-b\",\"displayName\":\"B\"}]}"));
		List<ModelInfo> models = this.client.listModels();
		assertThat(models).extracting(ModelInfo::id).containsExactly("gemini-a", "gemini-b");
		this.server.takeRequest();
		assertThat(this.server.takeRequest().path()).contains("pageToken=page-2");
	}

	@Test
	void listModelsWithoutScriptReturnsIdsWithoutPrefix() {
		assertThat(this.client.listModels()).isNotEmpty()
			.allSatisfy((model) -> assertThat(model.id()).doesNotStartWith("models/"));
	}

}
