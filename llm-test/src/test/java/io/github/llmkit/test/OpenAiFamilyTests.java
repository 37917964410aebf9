package io.github.llmkit.test;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiFamilyTests {

	private static final String AUTH = "Bearer " + MockLlmServer.API_KEY;

	private static final String WEATHER_TOOLS = ",\"tools\":["
			+ "{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}},"
			+ "{\"type\":\"function\",\"function\":{\"name\":\"calculator\"}}]";

	private final MockLlmServer server = MockLlmServer.start();

	@AfterEach
	void close() {
		this.server.close();
	}

	@Test
	void chatEchoesLastUserTextWithUsageAndRequestId() {
		HttpResponse<String> response = post("openai", body("gpt-4o", "Hello there", ""));
		JsonNode json = Http.json(response);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("x-request-id")).hasValueSatisfying((id) -> id.startsWith("req_"));
		assertThat(json.path("id").asString()).startsWith("chatcmpl-");
		assertThat(json.path("object").asString()).isEqualTo("chat.completion");
		assertThat(json.at("/choices/0/message/content").asString()).isEqualTo("You said: Hello there");
		assertThat(json.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
		assertThat(json.at("/usage/total_tokens").asInt())
			.isEqualTo(json.at("/usage/prompt_tokens").asInt() + json.at("/usage/completion_tokens").asInt());
	}

	@Test
	void streamUsesOpenAiFramingWithRoleChunkSeparateFinishUsageChunkAndDone() {
		this.server.enqueue(MockReply.text("Hello brave new world").withUsage(7, 5));
		HttpResponse<String> response = post("openai",
				body("gpt-4o", "hi", ",\"stream\":true,\"stream_options\":{\"include_usage\":true}"));
		assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(response.body()).startsWith("data: {").endsWith("data: [DONE]\n\n").doesNotContain("event:");
		List<JsonNode> chunks = Http.dataJson(response.body());
		assertThat(chunks.get(0).at("/choices/0/delta/role").asString()).isEqualTo("assistant");
		assertThat(chunks.get(0).at("/choices/0/delta/content").asString()).isEmpty();
		StringBuilder text = new StringBuilder();
		chunks.forEach((chunk) -> text.append(chunk.at("/choices/0/delta/content").asString("")));
		assertThat(text).hasToString("Hello brave new world");
		assertThat(chunks.size()).isGreaterThan(5);
		JsonNode finish = chunks.get(chunks.size() - 2);
		assertThat(finish.at("/choices/0/delta").isEmpty()).isTrue();
		assertThat(finish.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
		JsonNode usage = chunks.get(chunks.size() - 1);
		assertThat(usage.path("choices").isEmpty()).isTrue();
		assertThat(usage.at("/usage/prompt_tokens").asInt()).isEqualTo(7);
		assertThat(usage.at("/usage/completion_tokens").asInt()).isEqualTo(5);
		assertThat(chunks).allSatisfy((chunk) -> assertThat(chunk.has("error")).isFalse());
	}

	@Test
	void streamedParallelToolCallsSendIdAndNameFirstThenArgumentSlices() {
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")));
		List<JsonNode> chunks = Http.dataJson(post("openai", body("gpt-4o", "x", ",\"stream\":true")).body());
		assertThat(chunks.get(0).at("/choices/0/delta/content").isNull()).isTrue();
		JsonNode first = chunks.get(1).at("/choices/0/delta/tool_calls/0");
		assertThat(first.path("index").asInt()).isZero();
		assertThat(first.path("id").asString()).startsWith("call_");
		assertThat(first.at("/function/name").asString()).isEqualTo("get_weather");
		assertThat(first.at("/function/arguments").asString()).isEmpty();
		StringBuilder[] arguments = { new StringBuilder(), new StringBuilder() };
		int fragments = 0;
		for (JsonNode chunk : chunks) {
			for (JsonNode call : chunk.at("/choices/0/delta/tool_calls")) {
				arguments[call.path("index").asInt()].append(call.at("/function/arguments").asString(""));
				fragments++;
			}
		}
		assertThat(arguments[0]).hasToString("{\"city\":\"Paris\"}");
		assertThat(arguments[1]).hasToString("{\"expression\":\"2+2\"}");
		assertThat(fragments).isGreaterThan(4);
		assertThat(chunks.get(chunks.size() - 1).at("/choices/0/finish_reason").asString()).isEqualTo("tool_calls");
	}

	@Test
	void groqStreamsWholeToolCallInOneDeltaAndUsageOnFinishChunk() {
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")));
		List<JsonNode> chunks = Http
			.dataJson(post("groq", body("llama-3.3-70b-versatile", "x", ",\"stream\":true")).body());
		assertThat(chunks.get(0).at("/x_groq/id").asString()).startsWith("req_");
		JsonNode calls = chunks.get(1).at("/choices/0/delta/tool_calls");
		assertThat(calls).hasSize(2);
		assertThat(calls.get(1).path("id").asString()).hasSize(9);
		assertThat(calls.get(1).at("/function/arguments").asString()).isEqualTo("{\"expression\":\"2+2\"}");
		JsonNode finish = chunks.get(chunks.size() - 1);
		assertThat(finish.at("/choices/0/finish_reason").asString()).isEqualTo("tool_calls");
		assertThat(finish.at("/usage/total_tokens").asInt()).isPositive();
		assertThat(finish.at("/x_groq/usage/total_tokens").asInt()).isPositive();
	}

	@Test
	void openRouterSendsProcessingCommentsAndAlwaysAUsageChunk() {
		HttpResponse<String> response = post("openrouter", body("openai/gpt-4o", "hi", ",\"stream\":true"));
		assertThat(response.body()).startsWith(": OPENROUTER PROCESSING\n\n");
		List<JsonNode> chunks = Http.dataJson(response.body());
		assertThat(chunks.get(0).path("id").asString()).startsWith("gen-");
		assertThat(chunks.get(chunks.size() - 1).path("choices").isEmpty()).isTrue();
		assertThat(chunks.get(chunks.size() - 1).at("/usage/prompt_tokens").asInt()).isPositive();
		assertThat(chunks.get(chunks.size() - 2).at("/choices/0/native_finish_reason").asString()).isEqualTo("stop");
	}

	@Test
	void mistralPutsFinishAndUsageOnLastContentChunk() {
		List<JsonNode> chunks = Http
			.dataJson(post("mistral", body("mistral-large-latest", "hi there", ",\"stream\":true")).body());
		JsonNode last = chunks.get(chunks.size() - 1);
		assertThat(last.at("/choices/0/delta/content").asString()).isEqualTo("there");
		assertThat(last.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
		assertThat(last.at("/usage/total_tokens").asInt()).isPositive();
		assertThat(last.path("id").asString()).matches("[0-9a-f]{32}");
	}

	@Test
	void deepSeekSendsKeepAliveCommentsAndBlankLinesBeforeJson() {
		this.server.enqueue(MockReply.text("Answer").withReasoning("Thinking hard"));
		HttpResponse<String> plain = post("deepseek", body("deepseek-reasoner", "hi", ""));
		assertThat(plain.body()).startsWith("\n\n{");
		JsonNode json = Http.json(plain);
		assertThat(json.at("/choices/0/message/reasoning_content").asString()).isEqualTo("Thinking hard");
		assertThat(json.at("/usage/prompt_cache_miss_tokens").asInt()).isPositive();
		HttpResponse<String> stream = post("deepseek", body("deepseek-chat", "hi", ",\"stream\":true"));
		assertThat(stream.body()).startsWith(": keep-alive\n\n");
	}

	@Test
	void grokOmitsFinishReasonUntilTheEndAndExcludesReasoningFromCompletionTokens() {
		this.server.enqueue(MockReply.text("Hi").withReasoning("Some reasoning here").withUsage(10, 35));
		JsonNode json = Http.json(post("grok", body("grok-3-mini", "hi", "")));
		assertThat(json.path("id").asString()).matches("[0-9a-f-]{36}");
		assertThat(json.at("/choices/0/message/reasoning_content").asString()).isEqualTo("Some reasoning here");
		assertThat(json.at("/usage/total_tokens").asInt()).isEqualTo(10 + 35 + json
			.at("/usage/completion_tokens_details/reasoning_tokens").asInt());
		List<JsonNode> chunks = Http.dataJson(post("grok", body("grok-3", "hi", ",\"stream\":true")).body());
		assertThat(chunks.get(1).at("/choices/0").has("finish_reason")).isFalse();
		assertThat(chunks.get(chunks.size() - 1).at("/choices/0/finish_reason").asString()).isEqualTo("stop");
	}

	@Test
	void defaultRepliesCallOfferedToolsAndQuoteToolResults() {
		JsonNode weather = Http.json(post("openai", body("gpt-4o", "What's the weather in Paris?", WEATHER_TOOLS)));
		JsonNode call = weather.at("/choices/0/message/tool_calls/0");
		assertThat(call.at("/function/name").asString()).isEqualTo("get_weather");
		assertThat(call.at("/function/arguments").asString()).isEqualTo("{\"city\":\"Paris\"}");
		assertThat(weather.at("/choices/0/finish_reason").asString()).isEqualTo("tool_calls");
		JsonNode math = Http.json(post("openai", body("gpt-4o", "What is 12 * (3 + 4)?", WEATHER_TOOLS)));
		assertThat(math.at("/choices/0/message/tool_calls/0/function/arguments").asString())
			.isEqualTo("{\"expression\":\"12 * (3 + 4)\"}");
		JsonNode noTools = Http.json(post("openai", body("gpt-4o", "What's the weather in Paris?", "")));
		assertThat(noTools.at("/choices/0/message/content").asString()).startsWith("You said:");
		String afterTool = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"weather?\"},"
				+ "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
				+ "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{}\"}}]},"
				+ "{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"18°C, cloudy\"}]" + WEATHER_TOOLS
				+ "}";
		assertThat(Http.json(post("openai", afterTool)).at("/choices/0/message/content").asString())
			.contains("18°C, cloudy");
	}

	@Test
	void missingModelAnswers404AndModelsAreListed() {
		HttpResponse<String> missing = post("openai", body("missing-model", "x", ""));
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(Http.json(missing).at("/error/code").asString()).isEqualTo("model_not_found");
		HttpResponse<String> ollama = post("ollama", body("missing-model", "x", ""));
		assertThat(Http.json(ollama).at("/error/message").asString()).contains("try pulling it first");
		JsonNode models = Http.json(Http.get(this.server.baseUrl("groq") + "/models", "Authorization", AUTH));
		assertThat(models.path("object").asString()).isEqualTo("list");
		assertThat(models.at("/data/0/id").asString()).isEqualTo("llama-3.3-70b-versatile");
	}

	@Test
	void embeddingsAreDeterministicAndRespectDimensionsAndBase64() {
		String embeddings = this.server.baseUrl("openai") + "/embeddings";
		String request = "{\"model\":\"text-embedding-3-small\",\"input\":[\"a\",\"b\",\"a\"],\"dimensions\":8}";
		JsonNode json = Http.json(Http.post(embeddings, request, "Authorization", AUTH));
		assertThat(json.path("data")).hasSize(3);
		assertThat(json.at("/data/0/embedding")).hasSize(8);
		assertThat(json.at("/data/0/embedding")).isEqualTo(json.at("/data/2/embedding"));
		assertThat(json.at("/data/0/embedding")).isNotEqualTo(json.at("/data/1/embedding"));
		String base64 = "{\"model\":\"text-embedding-3-small\",\"input\":\"a\",\"encoding_format\":\"base64\","
				+ "\"dimensions\":4}";
		assertThat(Http.json(Http.post(embeddings, base64, "Authorization", AUTH)).at("/data/0/embedding").asString())
			.hasSize(24);
		String mistral = "{\"model\":\"mistral-embed\",\"input\":[\"a\"],\"output_dimension\":16}";
		assertThat(Http.json(Http.post(this.server.baseUrl("mistral") + "/embeddings", mistral, "Authorization", AUTH))
			.at("/data/0/embedding")).hasSize(16);
		assertThat(Http.post(this.server.baseUrl("groq") + "/embeddings", mistral, "Authorization", AUTH).statusCode())
			.isEqualTo(404);
	}

	private HttpResponse<String> post(String provider, String body) {
		return Http.post(url(provider), body, "Authorization", AUTH);
	}

	private String url(String provider) {
		return this.server.baseUrl(provider) + "/chat/completions";
	}

	private static String body(String model, String text, String extra) {
		return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":" + Json.quote(text) + "}]"
				+ extra + "}";
	}

}
