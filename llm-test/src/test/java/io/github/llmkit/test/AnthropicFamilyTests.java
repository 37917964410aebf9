package io.github.llmkit.test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AnthropicFamilyTests {

	private static final String[] HEADERS = { "x-api-key", MockLlmServer.API_KEY, "anthropic-version", "2023-06-01" };

	private static final String TOOLS = ",\"tools\":[{\"name\":\"get_weather\",\"input_schema\":{\"type\":\"object\"}},"
			+ "{\"name\":\"calculator\",\"input_schema\":{\"type\":\"object\"}}]";

	private final MockLlmServer server = MockLlmServer.start();

	@AfterEach
	void close() {
		this.server.close();
	}

	@Test
	void messagesEchoWithRequestIdAndUsage() {
		HttpResponse<String> response = post(body("Hello, Claude", ""));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("request-id")).hasValueSatisfying(
				(id) -> assertThat(id).startsWith("req_"));
		JsonNode json = Http.json(response);
		assertThat(json.path("id").asString()).startsWith("msg_");
		assertThat(json.path("type").asString()).isEqualTo("message");
		assertThat(json.at("/content/0/type").asString()).isEqualTo("text");
		assertThat(json.at("/content/0/text").asString()).isEqualTo("You said: Hello, Claude");
		assertThat(json.path("stop_reason").asString()).isEqualTo("end_turn");
		assertThat(json.at("/usage/input_tokens").asInt()).isPositive();
		assertThat(this.server.takeRequest().path()).isEqualTo("/claude/v1/messages");
	}

	@Test
	void streamSendsNamedEventsInDocumentedOrder() {
		this.server.enqueue(MockReply.text("Hello there friend").withReasoning("Let me think").withUsage(11, 6));
		HttpResponse<String> response = post(body("hi", ",\"stream\":true"));
		assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream; charset=utf-8");
		List<Http.Event> events = Http.events(response.body());
		List<String> names = events.stream().map(Http.Event::name).toList();
		assertThat(names).startsWith("message_start", "content_block_start", "ping", "content_block_delta")
			.endsWith("content_block_stop", "message_delta", "message_stop")
			.doesNotContainNull();
		for (Http.Event event : events) {
			assertThat(Json.MAPPER.readTree(event.data()).path("type").asString()).isEqualTo(event.name());
		}
		List<JsonNode> data = Http.dataJson(response.body());
		assertThat(data.get(0).at("/message/usage/input_tokens").asInt()).isEqualTo(11);
		assertThat(data.get(1).at("/content_block/type").asString()).isEqualTo("thinking");
		List<String> deltaTypes = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (JsonNode event : data) {
			if (event.path("type").asString().equals("content_block_delta")) {
				deltaTypes.add(event.at("/delta/type").asString());
				text.append(event.at("/delta/text").asString(""));
			}
		}
		int signature = deltaTypes.indexOf("signature_delta");
		assertThat(deltaTypes.subList(0, signature)).containsOnly("thinking_delta");
		assertThat(deltaTypes.subList(signature + 1, deltaTypes.size())).containsOnly("text_delta");
		assertThat(text).hasToString("Hello there friend");
		JsonNode messageDelta = data.get(data.size() - 2);
		assertThat(messageDelta.at("/delta/stop_reason").asString()).isEqualTo("end_turn");
		assertThat(messageDelta.at("/usage/output_tokens").asInt()).isEqualTo(6);
	}

	@Test
	void streamedToolUseSplitsInputJsonIntoPartialFragments() {
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")).withText("Checking."));
		List<JsonNode> data = Http.dataJson(post(body("x", ",\"stream\":true" + TOOLS)).body());
		List<JsonNode> starts = data.stream()
			.filter((event) -> event.path("type").asString().equals("content_block_start"))
			.toList();
		assertThat(starts).hasSize(3);
		assertThat(starts.get(1).at("/content_block/id").asString()).startsWith("toolu_");
		assertThat(starts.get(1).at("/content_block/input").isEmpty()).isTrue();
		StringBuilder[] json = { new StringBuilder(), new StringBuilder(), new StringBuilder() };
		int fragments = 0;
		for (JsonNode event : data) {
			if (event.at("/delta/type").asString("").equals("input_json_delta")) {
				json[event.path("index").asInt()].append(event.at("/delta/partial_json").asString());
				fragments++;
			}
		}
		assertThat(json[1]).hasToString("{\"city\":\"Paris\"}");
		assertThat(json[2]).hasToString("{\"expression\":\"2+2\"}");
		assertThat(fragments).isGreaterThan(4);
		assertThat(data.get(data.size() - 2).at("/delta/stop_reason").asString()).isEqualTo("tool_use");
	}

	@Test
	void defaultRepliesCallToolsAndQuoteTheToolResult() {
		JsonNode call = Http.json(post(body("What's the weather in Berlin?", TOOLS)));
		assertThat(call.path("stop_reason").asString()).isEqualTo("tool_use");
		JsonNode toolUse = call.at("/content/0");
		assertThat(toolUse.path("name").asString()).isEqualTo("get_weather");
		assertThat(toolUse.at("/input/city").asString()).isEqualTo("Berlin");
		String followUp = "{\"model\":\"claude-sonnet-4-6\",\"max_tokens\":100,\"messages\":["
				+ "{\"role\":\"user\",\"content\":\"What's the weather in Berlin?\"},"
				+ "{\"role\":\"assistant\",\"content\":[" + toolUse + "]},"
				+ "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":"
				+ Json.quote(toolUse.path("id").asString()) + ",\"content\":\"21 degrees\"}]}]" + TOOLS + "}";
		assertThat(Http.json(post(followUp)).at("/content/0/text").asString()).contains("21 degrees");
	}

	@Test
	void authAndVersionHeadersAreRequired() {
		String url = this.server.baseUrl("claude") + "/messages";
		HttpResponse<String> missing = Http.post(url, body("x", ""), "anthropic-version", "2023-06-01");
		assertThat(missing.statusCode()).isEqualTo(401);
		JsonNode error = Http.json(missing);
		assertThat(error.path("type").asString()).isEqualTo("error");
		assertThat(error.at("/error/type").asString()).isEqualTo("authentication_error");
		assertThat(error.path("request_id").asString()).startsWith("req_");
		assertThat(Http.post(url, body("x", ""), "x-api-key", "wrong", "anthropic-version", "2023-06-01")
			.statusCode()).isEqualTo(401);
		HttpResponse<String> noVersion = Http.post(url, body("x", ""), "x-api-key", MockLlmServer.API_KEY);
		assertThat(noVersion.statusCode()).isEqualTo(400);
		assertThat(Http.json(noVersion).at("/error/message").asString()).contains("anthropic-version");
	}

	@Test
	void requestChecksFollowTheApi() {
		String noMax = "{\"model\":\"claude-sonnet-4-6\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}";
		assertThat(Http.json(post(noMax)).at("/error/message").asString()).isEqualTo("max_tokens: Field required");
		HttpResponse<String> lowBudget = post(body("x", ",\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":500}"));
		assertThat(lowBudget.statusCode()).isEqualTo(400);
		assertThat(Http.json(lowBudget).at("/error/message").asString()).contains("greater than or equal to 1024");
		HttpResponse<String> overMax = post(body("x", ",\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":2000}"));
		assertThat(Http.json(overMax).at("/error/message").asString())
			.isEqualTo("`max_tokens` must be greater than `thinking.budget_tokens`.");
		String unanswered = "{\"model\":\"claude-sonnet-4-6\",\"max_tokens\":100,\"messages\":["
				+ "{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\","
				+ "\"id\":\"toolu_1\",\"name\":\"f\",\"input\":{}}]},{\"role\":\"user\",\"content\":\"y\"}]}";
		assertThat(Http.json(post(unanswered)).at("/error/message").asString()).contains("toolu_1");
		assertThat(post(body("x", "").replace("claude-sonnet-4-6", "missing-model")).statusCode()).isEqualTo(404);
	}

	@Test
	void thinkingRequestGetsASignedThinkingBlockByDefault() {
		String thinking = ",\"max_tokens\":4000,\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":1024}";
		JsonNode json = Http.json(post(body("x", thinking).replace("\"max_tokens\":1000,", "")));
		assertThat(json.at("/content/0/type").asString()).isEqualTo("thinking");
		assertThat(json.at("/content/0/signature").asString()).isNotEmpty();
		assertThat(json.at("/content/1/text").asString()).isEqualTo("You said: x");
	}

	@Test
	void scriptedAndMidStreamErrorsUseAnthropicShape() {
		this.server.enqueue(MockReply.error(529, "overloaded_error", "Overloaded"));
		HttpResponse<String> overloaded = post(body("x", ""));
		assertThat(overloaded.statusCode()).isEqualTo(529);
		assertThat(Http.json(overloaded).at("/error/type").asString()).isEqualTo("overloaded_error");
		this.server.enqueue(MockReply.text("one two three").midStreamError("overloaded_error", "Overloaded"));
		List<Http.Event> events = Http.events(post(body("x", ",\"stream\":true")).body());
		Http.Event last = events.get(events.size() - 1);
		assertThat(last.name()).isEqualTo("error");
		assertThat(last.data())
			.isEqualTo("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");
		assertThat(events.get(events.size() - 2).name()).isEqualTo("content_block_delta");
		this.server.enqueue(MockReply.text("one two three").cutAfterChunks(2));
		assertThat(Http.events(post(body("x", ",\"stream\":true")).body())).extracting(Http.Event::name)
			.containsExactly("message_start", "content_block_start");
	}

	@Test
	void modelsArePagedWithCursors() {
		String url = this.server.baseUrl("claude") + "/models";
		JsonNode first = Http.json(Http.get(url, HEADERS));
		assertThat(first.path("data")).hasSize(2);
		assertThat(first.path("has_more").asBoolean()).isTrue();
		List<String> ids = new ArrayList<>();
		JsonNode page = first;
		while (true) {
			page.path("data").forEach((model) -> ids.add(model.path("id").asString()));
			if (!page.path("has_more").asBoolean()) {
				break;
			}
			page = Http.json(Http.get(url + "?after_id=" + page.path("last_id").asString(), HEADERS));
		}
		assertThat(ids).hasSize(5).startsWith("claude-sonnet-4-6").doesNotHaveDuplicates();
		assertThat(Http.json(Http.get(url + "?limit=10", HEADERS)).path("has_more").asBoolean()).isFalse();
		assertThat(Http.get(url + "/claude-opus-4-6", HEADERS).statusCode()).isEqualTo(200);
		assertThat(Http.get(url + "/nope", HEADERS).statusCode()).isEqualTo(404);
		assertThat(Http.post(this.server.baseUrl("claude") + "/embeddings", "{}", HEADERS).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> post(String body) {
		return Http.post(this.server.baseUrl("claude") + "/messages", body, HEADERS);
	}

	private static String body(String text, String extra) {
		return "{\"model\":\"claude-sonnet-4-6\",\"max_tokens\":1000,\"messages\":[{\"role\":\"user\",\"content\":"
				+ Json.quote(text) + "}]" + extra + "}";
	}

}
