package io.github.llmkit;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.RecordingListener;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import io.github.llmkit.test.RecordedRequest;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every operation of every OpenAI-compatible provider against the simulator.
 */
class OpenAiFamilyTests extends SimulatorTestSupport {

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void chatReturnsAnswerAndSendsModelAndAuth(ProviderType type) {
		try (LlmClient client = client(type)) {
			ChatResponse response = client.chat(List.of(Message.system("Be brief."), Message.user("Hello")));
			assertThat(response.text()).isEqualTo("You said: Hello");
			assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
			assertThat(response.rawFinishReason()).isEqualTo("stop");
			assertThat(response.raw()).isNotNull();
			RecordedRequest request = server.takeRequest();
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.path()).isEqualTo(basePath(type) + "/chat/completions");
			assertThat(request.header("authorization"))
				.isEqualTo(type.requiresApiKey() ? "Bearer " + MockLlmServer.API_KEY : null);
			JsonNode body = request.json();
			assertThat(body.get("model").asString()).isEqualTo(type.defaultModel());
			assertThat(body.get("messages")).hasSize(2);
			assertThat(body.has("stream")).isFalse();
			assertThat(body.has("stream_options")).isFalse();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void chatReportsScriptedUsage(ProviderType type) {
		server.enqueue(MockReply.text("Counted").withUsage(12, 5));
		try (LlmClient client = client(type)) {
			ChatResponse response = client.chat(List.of(Message.user("Count")));
			assertThat(response.text()).isEqualTo("Counted");
			assertThat(response.usage().inputTokens()).isEqualTo(12);
			assertThat(response.usage().outputTokens()).isEqualTo(5);
			assertThat(response.usage().totalTokens()).isEqualTo(17);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void completeSendsOneUserMessage(ProviderType type) {
		try (LlmClient client = client(type)) {
			assertThat(client.complete("Ping").text()).isEqualTo("You said: Ping");
			JsonNode messages = server.takeRequest().json().get("messages");
			assertThat(messages).hasSize(1);
			assertThat(messages.get(0).get("role").asString()).isEqualTo("user");
			assertThat(messages.get(0).get("content").asString()).isEqualTo("Ping");
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void chatWithToolsReturnsParallelToolCalls(ProviderType type) {
		server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")));
		try (LlmClient client = client(type)) {
			ChatResponse response = client.chatWithTools(List.of(Message.user("Weather and sums")), TOOLS);
			assertThat(response.toolCalls()).extracting(ToolCall::name).containsExactly("get_weather", "calculator");
			assertThat(response.toolCalls()).extracting(ToolCall::arguments)
				.containsExactly("{\"city\":\"Paris\"}", "{\"expression\":\"2+2\"}");
			assertThat(response.toolCalls()).extracting(ToolCall::id).doesNotContainNull().doesNotHaveDuplicates();
			assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
			JsonNode tools = server.takeRequest().json().get("tools");
			assertThat(tools).hasSize(2);
			assertThat(tools.get(0).get("type").asString()).isEqualTo("function");
			assertThat(tools.get(0).get("function").get("name").asString()).isEqualTo("get_weather");
			assertThat(tools.get(0).get("function").get("parameters").get("required").get(0).asString())
				.isEqualTo("city");
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void streamChatDeliversTextInPiecesAndReturnsAggregate(ProviderType type) {
		RecordingListener recorder = new RecordingListener();
		server.enqueue(MockReply.text("The quick brown fox jumps over the lazy dog").withUsage(9, 10));
		try (LlmClient client = client(type)) {
			ChatResponse response = client.streamChat(List.of(Message.user("Tell me")), recorder);
			assertThat(response.text()).isEqualTo("The quick brown fox jumps over the lazy dog");
			assertThat(recorder.text()).isEqualTo(response.text());
			assertThat(recorder.textDeltas()).hasSizeGreaterThan(1);
			assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
			assertThat(response.usage()).isEqualTo(new Usage(9, 10, response.usage().reasoningTokens(),
					response.usage().cachedTokens()));
			assertThat(recorder.completed).containsExactly(response);
			JsonNode body = server.takeRequest().json();
			assertThat(body.get("stream").asBoolean()).isTrue();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void streamCompleteSendsOneUserMessage(ProviderType type) {
		RecordingListener recorder = new RecordingListener();
		try (LlmClient client = client(type)) {
			ChatResponse response = client.streamComplete("Echo this please", recorder);
			assertThat(response.text()).isEqualTo("You said: Echo this please");
			assertThat(recorder.text()).isEqualTo(response.text());
			assertThat(server.takeRequest().json().get("messages")).hasSize(1);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void streamChatWithToolsAssemblesParallelCalls(ProviderType type) {
		RecordingListener recorder = new RecordingListener();
		server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"12*(3+4)\"}")));
		try (LlmClient client = client(type)) {
			ChatResponse response = client.streamChatWithTools(List.of(Message.user("Both")), TOOLS, recorder);
			assertThat(response.toolCalls()).extracting(ToolCall::name).containsExactly("get_weather", "calculator");
			assertThat(response.toolCalls()).extracting(ToolCall::arguments)
				.containsExactly("{\"city\":\"Paris\"}", "{\"expression\":\"12*(3+4)\"}");
			assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
			assertThat(recorder.toolCalls).containsExactlyElementsOf(response.toolCalls());
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void defaultAnswerCallsToolThatPromptAsksFor(ProviderType type) {
		try (LlmClient client = client(type)) {
			ChatResponse response = client.chatWithTools(List.of(Message.user("What is the weather in Paris?")),
					TOOLS);
			assertThat(response.toolCalls()).hasSize(1);
			assertThat(response.toolCalls().get(0).name()).isEqualTo("get_weather");
			assertThat(response.toolCalls().get(0).arguments()).contains("Paris");
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void listModelsReturnsServerModels(ProviderType type) {
		try (LlmClient client = client(type)) {
			List<ModelInfo> models = client.listModels();
			assertThat(models).isNotEmpty();
			assertThat(models).extracting(ModelInfo::id).doesNotContainNull();
			RecordedRequest request = server.takeRequest();
			assertThat(request.method()).isEqualTo("GET");
			assertThat(request.path()).isEqualTo(basePath(type) + "/models");
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "OPENROUTER", "OLLAMA", "MISTRAL" })
	void embedKeepsInputOrderAndUsesProviderDefaultModel(ProviderType type) {
		try (LlmClient client = client(type)) {
			EmbeddingResponse all = client.embed(List.of("alpha", "beta", "gamma"));
			assertThat(all.vectors()).hasSize(3);
			EmbeddingResponse gamma = client.embed(List.of("gamma"));
			EmbeddingResponse alpha = client.embed(List.of("alpha"));
			assertThat(all.vectors().get(2)).containsExactly(gamma.vectors().get(0));
			assertThat(all.vectors().get(0)).containsExactly(alpha.vectors().get(0));
			assertThat(all.vectors().get(0)).isNotEqualTo(all.vectors().get(1));
			RecordedRequest request = server.takeRequest();
			assertThat(request.path()).isEqualTo(basePath(type) + "/embeddings");
			assertThat(request.json().get("model").asString()).isEqualTo(type.defaultEmbeddingModel());
			assertThat(request.json().get("input")).hasSize(3);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "OPENROUTER", "OLLAMA", "MISTRAL" })
	void embedHonoursDimensionsAndModelOption(ProviderType type) {
		try (LlmClient client = client(type)) {
			EmbeddingResponse response = client.embed(List.of("short"), new EmbeddingOptions("custom-embed", 8));
			assertThat(response.vectors().get(0)).hasSize(8);
			JsonNode body = server.takeRequest().json();
			assertThat(body.get("model").asString()).isEqualTo("custom-embed");
			assertThat(body.get(type.quirks().dimensionsField()).asInt()).isEqualTo(8);
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "GROK", "GROQ", "DEEPSEEK" })
	void embedIsUnsupportedWhereProviderHasNoEndpoint(ProviderType type) {
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmUnsupportedOperationException.class)
				.isThrownBy(() -> client.embed(List.of("x")))
				.withMessageContaining(type.id())
				.withMessageContaining("embeddings");
			assertThat(server.requestCount()).isZero();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void reasoningTextIsSurfacedApartFromAnswer(ProviderType type) {
		server.enqueue(MockReply.text("42").withReasoning("Six times seven."));
		server.enqueue(MockReply.text("42").withReasoning("Six times seven."));
		try (LlmClient client = client(type)) {
			ChatResponse response = client.chat(List.of(Message.user("Answer?")));
			assertThat(response.text()).isEqualTo("42");
			assertThat(response.reasoning()).isEqualTo("Six times seven.");
			RecordingListener recorder = new RecordingListener();
			ChatResponse streamed = client.streamChat(List.of(Message.user("Answer?")), recorder);
			assertThat(streamed.text()).isEqualTo("42");
			assertThat(streamed.reasoning()).isEqualTo("Six times seven.");
			assertThat(recorder.text()).isEqualTo("42");
		}
	}

	@Test
	void grokUsageAddsReasoningThatXaiCountsOutsideCompletionTokens() {
		server.enqueue(MockReply.text("Hi").withReasoning("Thinking hard about a greeting.").withUsage(10, 5));
		try (LlmClient client = client(ProviderType.GROK)) {
			Usage usage = client.chat(List.of(Message.user("Hi"))).usage();
			assertThat(usage.inputTokens()).isEqualTo(10);
			assertThat(usage.reasoningTokens()).isPositive();
			assertThat(usage.outputTokens()).isEqualTo(5 + usage.reasoningTokens());
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void finishReasonKeepsProviderString(ProviderType type) {
		server.enqueue(MockReply.text("Cut").withFinishReason("length"));
		server.enqueue(MockReply.text("Cut").withFinishReason("length"));
		try (LlmClient client = client(type)) {
			ChatResponse response = client.chat(List.of(Message.user("Long")));
			assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
			assertThat(response.rawFinishReason()).isEqualTo("length");
			ChatResponse streamed = client.streamChat(List.of(Message.user("Long")), new RecordingListener());
			assertThat(streamed.finishReason()).isEqualTo(FinishReason.LENGTH);
			assertThat(streamed.rawFinishReason()).isEqualTo("length");
		}
	}

}
