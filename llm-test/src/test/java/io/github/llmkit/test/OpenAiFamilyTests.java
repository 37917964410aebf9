package io.github.llmkit.test;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiFamilyTests {

	private static final String AUTH = "Bearer " + MockLlmServer.API_KEY;

	private static final String WEATHER_TOOLS = ",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}},"
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
	void authFailuresUseEachProvidersShape() {
		HttpResponse<String> openAi = Http.post(url("openai"), body("gpt-4o", "x", ""), "Authorization", "Bearer bad");
		assertThat(openAi.statusCode()).isEqualTo(401);
		assertThat(Http.json(openAi).at("/error/code").asString()).isEqualTo("invalid_api_key");
		assertThat(openAi.body()).doesNotContain("Bearer bad");
		HttpResponse<String> grok = Http.post(url("grok"), body("grok-3", "x", ""), "Authorization", "Bearer bad");
		assertThat(grok.statusCode()).isEqualTo(400);
		assertThat(Http.json(grok).path("error").isString()).isTrue();
		assertThat(Http.post(url("grok"), body("grok-3", "x", "")).statusCode()).isEqualTo(401);
		HttpResponse<String> mistral = Http.post(url("mistral"), body("mistral-large-latest", "x", ""));
		assertThat(Http.json(mistral).path("message").asString()).isEqualTo("Unauthorized");
		HttpResponse<String> openRouter = Http.post(url("openrouter"), body("openai/gpt-4o", "x", ""));
		assertThat(Http.json(openRouter).at("/error/code").asInt()).isEqualTo(401);
		assertThat(Http.post(url("ollama"), body("llama3.2", "x", "")).statusCode()).isEqualTo(200);
	}

	@Test
	void scriptedErrorsUseEachProvidersShapeAndKeepHeaders() {
		MockReply limited = MockReply.error(429, "rate_limit_exceeded", "Slow down").withHeader("Retry-After", "2");
		this.server.enqueue(limited);
		HttpResponse<String> openAi = post("openai", body("gpt-4o", "x", ""));
		assertThat(openAi.statusCode()).isEqualTo(429);
		assertThat(openAi.headers().firstValue("retry-after")).hasValue("2");
		JsonNode error = Http.json(openAi).path("error");
		assertThat(error.path("message").asString()).isEqualTo("Slow down");
		assertThat(error.path("type").asString()).isEqualTo("rate_limit_exceeded");
		assertThat(error.has("param")).isTrue();
		this.server.enqueue(limited);
		assertThat(Http.json(post("grok", body("grok-3", "x", ""))).path("error").asString()).isEqualTo("Slow down");
		this.server.enqueue(limited);
		JsonNode mistral = Http.json(post("mistral", body("mistral-large-latest", "x", "")));
		assertThat(mistral.path("object").asString()).isEqualTo("error");
		assertThat(mistral.path("message").asString()).isEqualTo("Slow down");
		this.server.enqueue(limited);
		assertThat(Http.json(post("openrouter", body("openai/gpt-4o", "x", ""))).at("/error/code").asInt())
			.isEqualTo(429);
	}

	@Test
	void midStreamErrorsFollowEachProvidersConvention() {
		MockReply failing = MockReply.text("one two three four").midStreamError("server_error", "Boom");
		this.server.enqueue(failing);
		String openAi = post("openai", body("gpt-4o", "x", ",\"stream\":true")).body();
		assertThat(openAi).doesNotContain("[DONE]").endsWith(
				"data: {\"error\":{\"message\":\"Boom\",\"type\":\"server_error\",\"param\":null,\"code\":null}}\n\n");
		assertThat(Http.dataJson(openAi).get(1).at("/choices/0/delta/content").asString()).isEqualTo("one ");
		this.server.enqueue(failing);
		List<Http.Event> groq = Http.events(post("groq", body("llama-3.3-70b-versatile", "x", ",\"stream\":true")).body());
		assertThat(groq.get(groq.size() - 1).name()).isEqualTo("error");
		this.server.enqueue(failing);
		List<JsonNode> openRouter = Http.dataJson(post("openrouter", body("openai/gpt-4o", "x", ",\"stream\":true")).body());
		JsonNode last = openRouter.get(openRouter.size() - 1);
		assertThat(last.at("/error/message").asString()).isEqualTo("Boom");
		assertThat(last.at("/choices/0/finish_reason").asString()).isEqualTo("error");
	}

	@Test
	void cutStreamEndsWithoutTerminalEvent() {
		this.server.enqueue(MockReply.text("one two three four five").cutAfterChunks(3));
		String body = post("openai", body("gpt-4o", "x", ",\"stream\":true")).body();
		List<JsonNode> chunks = Http.dataJson(body);
		assertThat(chunks).hasSize(3);
		assertThat(body).doesNotContain("[DONE]").doesNotContain("finish_reason\":\"stop");
	}

	@Test
	void malformedRepliesBreakTheJson() {
		this.server.enqueue(MockReply.text("whatever").malformed());
		HttpResponse<String> plain = post("openai", body("gpt-4o", "x", ""));
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(Json.parseOrNull(plain.body())).isNull();
		this.server.enqueue(MockReply.text("whatever").malformed());
		List<Http.Event> events = Http.events(post("openai", body("gpt-4o", "x", ",\"stream\":true")).body());
		assertThat(events).anySatisfy((event) -> assertThat(Json.parseOrNull(event.data())).isNull());
	}

	@Test
	void openAiRejectsMaxTokensAndTemperatureOnReasoningModelsAndUnknownArguments() {
		HttpResponse<String> maxTokens = post("openai", body("o3-mini", "x", ",\"max_tokens\":10"));
		assertThat(maxTokens.statusCode()).isEqualTo(400);
		assertThat(Http.json(maxTokens).at("/error/code").asString()).isEqualTo("unsupported_parameter");
		HttpResponse<String> temperature = post("openai", body("gpt-5", "x", ",\"temperature\":0.5"));
		assertThat(Http.json(temperature).at("/error/code").asString()).isEqualTo("unsupported_value");
		assertThat(Http.json(temperature).at("/error/message").asString()).contains("does not support 0.5");
		assertThat(post("openai", body("gpt-5", "x", ",\"temperature\":1,\"max_completion_tokens\":9")).statusCode())
			.isEqualTo(200);
		HttpResponse<String> unknown = post("openai", body("gpt-4o", "x", ",\"top_k\":3"));
		assertThat(Http.json(unknown).at("/error/message").asString())
			.isEqualTo("Unrecognized request argument supplied: top_k");
		assertThat(post("openai", body("gpt-4o", "x", ",\"reasoning_effort\":\"low\"")).statusCode()).isEqualTo(400);
	}

	@Test
	void mistralRejectsUnknownFieldsAndForeignToolCallIds() {
		HttpResponse<String> extra = post("mistral", body("mistral-large-latest", "x", ",\"max_completion_tokens\":5"));
		assertThat(extra.statusCode()).isEqualTo(422);
		assertThat(Http.json(extra).at("/message/detail/0/type").asString()).isEqualTo("extra_forbidden");
		assertThat(Http.json(extra).at("/message/detail/0/loc/1").asString()).isEqualTo("max_completion_tokens");
		String history = "{\"model\":\"mistral-large-latest\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"},"
				+ "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_0fypS1hVX\",\"type\":\"function\","
				+ "\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}]}";
		HttpResponse<String> badId = post("mistral", history);
		assertThat(badId.statusCode()).isEqualTo(400);
		assertThat(Http.json(badId).path("message").asString()).contains("call_0fypS1hVX");
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
				+ "{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"18°C, cloudy\"}]" + WEATHER_TOOLS + "}";
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
		JsonNode models = Http.json(Http.get(url("groq").replace("/chat/completions", "/models"), "Authorization", AUTH));
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
		String base64 = "{\"model\":\"text-embedding-3-small\",\"input\":\"a\",\"encoding_format\":\"base64\",\"dimensions\":4}";
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
