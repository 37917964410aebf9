package io.github.llmkit.test;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiFamilyErrorTests {

	private static final String AUTH = "Bearer " + MockLlmServer.API_KEY;

	private final MockLlmServer server = MockLlmServer.start();

	@AfterEach
	void close() {
		this.server.close();
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
		List<Http.Event> groq = Http
			.events(post("groq", body("llama-3.3-70b-versatile", "x", ",\"stream\":true")).body());
		assertThat(groq.get(groq.size() - 1).name()).isEqualTo("error");
		this.server.enqueue(failing);
		List<JsonNode> openRouter = Http
			.dataJson(post("openrouter", body("openai/gpt-4o", "x", ",\"stream\":true")).body());
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
	void openAiRejectsMaxTokensStopAndTemperatureOnReasoningModelsAndUnknownArguments() {
		HttpResponse<String> maxTokens = post("openai", body("o3-mini", "x", ",\"max_tokens\":10"));
		assertThat(maxTokens.statusCode()).isEqualTo(400);
		assertThat(Http.json(maxTokens).at("/error/code").asString()).isEqualTo("unsupported_parameter");
		HttpResponse<String> stop = post("openai", body("o3", "x", ",\"stop\":[\"END\"]"));
		assertThat(stop.statusCode()).isEqualTo(400);
		assertThat(Http.json(stop).at("/error/param").asString()).isEqualTo("stop");
		assertThat(post("openai", body("gpt-4o", "x", ",\"stop\":[\"END\"]")).statusCode()).isEqualTo(200);
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
	void openAiTreatsGpt5ChatLatestAsANonReasoningModel() {
		assertThat(post("openai", body("gpt-5-chat-latest", "x", ",\"temperature\":0.5,\"max_tokens\":9")).statusCode())
			.isEqualTo(200);
		assertThat(post("openai", body("gpt-5-chat-latest", "x", ",\"reasoning_effort\":\"low\"")).statusCode())
			.isEqualTo(400);
		assertThat(post("openai", body("o4-mini", "x", ",\"reasoning_effort\":\"low\"")).statusCode()).isEqualTo(200);
		assertThat(post("openai", body("gpt-5.1", "x", ",\"temperature\":0.5")).statusCode()).isEqualTo(400);
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
	void mistralRejectsUserDirectlyAfterToolAndAnEmptyAssistantBridge() {
		String call = "{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":null,"
				+ "\"tool_calls\":[{\"id\":\"abc123XYZ\",\"type\":\"function\",\"function\":{\"name\":\"f\","
				+ "\"arguments\":\"{}\"}}]},{\"role\":\"tool\",\"tool_call_id\":\"abc123XYZ\",\"content\":\"42\"},";
		String next = "{\"role\":\"user\",\"content\":\"and now?\"}";
		HttpResponse<String> order = post("mistral", history("mistral-large-latest", call + next));
		assertThat(order.statusCode()).isEqualTo(400);
		JsonNode error = Http.json(order);
		assertThat(error.has("error")).as("Mistral's error body is not wrapped").isFalse();
		assertThat(error.path("object").asString()).isEqualTo("error");
		assertThat(error.path("type").asString()).isEqualTo("invalid_request_message_order");
		assertThat(error.path("code").asString()).isEqualTo("3230");
		assertThat(error.path("message").asString()).isEqualTo("Unexpected role 'user' after role 'tool'");
		String empty = "{\"role\":\"assistant\",\"content\":\"\"},";
		HttpResponse<String> emptyBridge = post("mistral", history("mistral-large-latest", call + empty + next));
		assertThat(emptyBridge.statusCode()).isEqualTo(400);
		assertThat(Http.json(emptyBridge).path("message").asString())
			.isEqualTo("Assistant message must have either content or tool_calls, but not none.");
		String bridge = "{\"role\":\"assistant\",\"content\":\"Noted.\"},";
		assertThat(post("mistral", history("mistral-large-latest", call + bridge + next)).statusCode()).isEqualTo(200);
		assertThat(post("openai", history("gpt-4o", call.replace("abc123XYZ", "call_1") + next)).statusCode())
			.as("OpenAI accepts a user message right after a tool result")
			.isEqualTo(200);
	}

	private static String history(String model, String messages) {
		return "{\"model\":\"" + model + "\",\"messages\":[" + messages + "]}";
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
