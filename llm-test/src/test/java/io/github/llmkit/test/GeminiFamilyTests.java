package io.github.llmkit.test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class GeminiFamilyTests {

	private static final String[] HEADERS = { "x-goog-api-key", MockLlmServer.API_KEY };

	private static final String TOOLS = ",\"tools\":[{\"functionDeclarations\":[{\"name\":\"get_weather\","
			+ "\"parameters\":{\"type\":\"OBJECT\",\"properties\":{\"city\":{\"type\":\"STRING\"}}}},"
			+ "{\"name\":\"calculator\"}]}]";

	private final MockLlmServer server = MockLlmServer.start();

	@AfterEach
	void close() {
		this.server.close();
	}

	@Test
	void generateContentEchoesWithUsageMetadata() {
		HttpResponse<String> response = generate(body("Hello Gemini", ""));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode json = Http.json(response);
		assertThat(json.at("/candidates/0/content/role").asString()).isEqualTo("model");
		assertThat(json.at("/candidates/0/content/parts/0/text").asString()).isEqualTo("You said: Hello Gemini");
		assertThat(json.at("/candidates/0/finishReason").asString()).isEqualTo("STOP");
		JsonNode usage = json.path("usageMetadata");
		assertThat(usage.path("totalTokenCount").asInt())
			.isEqualTo(usage.path("promptTokenCount").asInt() + usage.path("candidatesTokenCount").asInt());
		assertThat(json.path("modelVersion").asString()).isEqualTo("gemini-2.5-flash");
		assertThat(this.server.takeRequest().path())
			.isEqualTo("/gemini/v1beta/models/gemini-2.5-flash:generateContent");
	}

	@Test
	void streamSendsFullChunksWithFinishAndUsageOnlyAtTheEnd() {
		this.server.enqueue(MockReply.text("one two three").withReasoning("Pondering it").withUsage(9, 20));
		HttpResponse<String> response = stream(body("x", ""));
		assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
		assertThat(response.body()).startsWith("data: {").doesNotContain("[DONE]").doesNotContain("event:");
		List<JsonNode> chunks = Http.dataJson(response.body());
		assertThat(chunks.get(0).at("/candidates/0/content/parts/0/thought").asBoolean()).isTrue();
		StringBuilder text = new StringBuilder();
		for (JsonNode chunk : chunks.subList(0, chunks.size() - 1)) {
			assertThat(chunk.at("/candidates/0").has("finishReason")).isFalse();
			assertThat(chunk.path("responseId").asString()).isEqualTo(chunks.get(0).path("responseId").asString());
		}
		for (JsonNode chunk : chunks) {
			JsonNode part = chunk.at("/candidates/0/content/parts/0");
			if (!part.path("thought").asBoolean(false)) {
				text.append(part.path("text").asString(""));
			}
		}
		assertThat(text).hasToString("one two three");
		JsonNode last = chunks.get(chunks.size() - 1);
		assertThat(last.at("/candidates/0/finishReason").asString()).isEqualTo("STOP");
		assertThat(last.at("/candidates/0/content/parts/0/thoughtSignature").asString()).isNotEmpty();
		assertThat(last.at("/usageMetadata/thoughtsTokenCount").asInt()).isPositive();
		assertThat(last.at("/usageMetadata/totalTokenCount").asInt()).isEqualTo(29);
	}

	@Test
	void functionCallsArriveWholeWithIdsAndSignatureOnTheFirst() {
		this.server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"),
				MockToolCall.of("calculator", "{\"expression\":\"2+2\"}")));
		List<JsonNode> chunks = Http.dataJson(stream(body("x", TOOLS)).body());
		List<JsonNode> calls = new ArrayList<>();
		chunks.forEach((chunk) -> chunk.at("/candidates/0/content/parts").forEach(calls::add));
		assertThat(calls).hasSize(2);
		assertThat(calls.get(0).at("/functionCall/args/city").asString()).isEqualTo("Paris");
		assertThat(calls.get(0).at("/functionCall/id").asString()).isNotEmpty();
		assertThat(calls.get(0).path("thoughtSignature").asString()).isNotEmpty();
		assertThat(calls.get(1).has("thoughtSignature")).isFalse();
		assertThat(calls.get(1).at("/functionCall/args/expression").asString()).isEqualTo("2+2");
		assertThat(chunks.get(chunks.size() - 1).at("/candidates/0/finishReason").asString()).isEqualTo("STOP");
	}

	@Test
	void defaultRepliesCallToolsAndQuoteFunctionResponses() {
		JsonNode call = Http.json(generate(body("weather in Rome and 3*7?", TOOLS)));
		JsonNode parts = call.at("/candidates/0/content/parts");
		assertThat(parts).hasSize(2);
		assertThat(parts.get(0).at("/functionCall/name").asString()).isEqualTo("get_weather");
		assertThat(parts.get(0).at("/functionCall/args/city").asString()).isEqualTo("Rome");
		assertThat(parts.get(1).at("/functionCall/args/expression").asString()).isEqualTo("3*7");
		String followUp = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"weather in Rome?\"}]},"
				+ "{\"role\":\"model\",\"parts\":[" + parts.get(0) + "]},"
				+ "{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"get_weather\","
				+ "\"response\":{\"output\":\"25 degrees\"}}}]}]" + TOOLS + "}";
		assertThat(Http.json(generate(followUp)).at("/candidates/0/content/parts/0/text").asString())
			.contains("25 degrees");
	}

	@Test
	void keyInQueryIsRejectedAndHeaderKeyIsRequired() {
		String url = this.server.baseUrl("gemini") + "/models/gemini-2.5-flash:generateContent";
		HttpResponse<String> query = Http.post(url + "?key=" + MockLlmServer.API_KEY, body("x", ""), HEADERS);
		assertThat(query.statusCode()).isEqualTo(400);
		assertThat(Http.json(query).at("/error/message").asString()).contains("x-goog-api-key header");
		HttpResponse<String> missing = Http.post(url, body("x", ""));
		assertThat(missing.statusCode()).isEqualTo(403);
		assertThat(Http.json(missing).at("/error/status").asString()).isEqualTo("PERMISSION_DENIED");
		HttpResponse<String> wrong = Http.post(url, body("x", ""), "x-goog-api-key", "wrong");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(Http.json(wrong).at("/error/details/0/reason").asString()).isEqualTo("API_KEY_INVALID");
	}

	@Test
	void requestsWithUnknownFieldsOrUnsupportedSchemaKeywordsAreRejected() {
		HttpResponse<String> unknown = generate(body("x", ",\"generationConfig\":{\"max_tokens\":5}"));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(Http.json(unknown).at("/error/message").asString()).contains("Unknown name \"max_tokens\"");
		String schema = ",\"tools\":[{\"functionDeclarations\":[{\"name\":\"f\",\"parameters\":{\"type\":\"object\","
				+ "\"properties\":{\"a\":{\"type\":\"string\"}},\"additionalProperties\":false}}]}]";
		HttpResponse<String> keyword = generate(body("x", schema));
		assertThat(keyword.statusCode()).isEqualTo(400);
		assertThat(Http.json(keyword).at("/error/details/0/fieldViolations/0/field").asString())
			.isEqualTo("tools[0].function_declarations[0].parameters");
		assertThat(Http.post(this.server.baseUrl("gemini") + "/models/gemini-2.5-flash:streamGenerateContent",
				body("x", ""), HEADERS).statusCode()).isEqualTo(400);
		String missingModel = this.server.baseUrl("gemini") + "/models/missing-model:generateContent";
		HttpResponse<String> missing = Http.post(missingModel, body("x", ""), HEADERS);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(Http.json(missing).at("/error/status").asString()).isEqualTo("NOT_FOUND");
	}

	@Test
	void gemini3RequiresTheThoughtSignatureOnTheFirstFunctionCallOfTheTurn() {
		String url = this.server.baseUrl("gemini") + "/models/gemini-3-flash-preview:generateContent";
		String call = "{\"functionCall\":{\"id\":\"a1\",\"name\":\"get_weather\",\"args\":{\"city\":\"Rome\"}}";
		String history = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"weather in Rome?\"}]},"
				+ "{\"role\":\"model\",\"parts\":[%s]},{\"role\":\"user\",\"parts\":[{\"functionResponse\":"
				+ "{\"id\":\"a1\",\"name\":\"get_weather\",\"response\":{\"output\":\"25 degrees\"}}}]}]" + TOOLS + "}";
		HttpResponse<String> unsigned = Http.post(url, history.formatted(call + "}"), HEADERS);
		assertThat(unsigned.statusCode()).isEqualTo(400);
		assertThat(Http.json(unsigned).at("/error/message").asString()).contains("missing a `thought_signature`");
		HttpResponse<String> signed = Http.post(url, history.formatted(call + ",\"thoughtSignature\":\"c2ln\"}"),
				HEADERS);
		assertThat(signed.statusCode()).isEqualTo(200);
		assertThat(generate(history.formatted(call + "}")).statusCode()).isEqualTo(200);
	}

	@Test
	void rateLimitCarriesRetryInfoInTheBody() {
		this.server
			.enqueue(MockReply.error(429, "RESOURCE_EXHAUSTED", "Quota exceeded").withHeader("Retry-After", "2"));
		HttpResponse<String> response = generate(body("x", ""));
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("retry-after")).isEmpty();
		JsonNode error = Http.json(response).path("error");
		assertThat(error.path("code").asInt()).isEqualTo(429);
		assertThat(error.path("status").asString()).isEqualTo("RESOURCE_EXHAUSTED");
		JsonNode retry = null;
		for (JsonNode detail : error.path("details")) {
			if (detail.path("@type").asString().endsWith("RetryInfo")) {
				retry = detail;
			}
		}
		assertThat(retry).isNotNull();
		assertThat(retry.path("retryDelay").asString()).isEqualTo("2s");
	}

	@Test
	void blockedPromptsAndSafetyStopsAndMidStreamErrors() {
		this.server.enqueue(MockReply.blocked("SAFETY"));
		JsonNode blocked = Http.json(generate(body("x", "")));
		assertThat(blocked.at("/promptFeedback/blockReason").asString()).isEqualTo("SAFETY");
		assertThat(blocked.has("candidates")).isFalse();
		this.server.enqueue(MockReply.text("partial").withFinishReason("SAFETY"));
		JsonNode safety = Http.json(generate(body("x", "")));
		assertThat(safety.at("/candidates/0/finishReason").asString()).isEqualTo("SAFETY");
		assertThat(safety.at("/candidates/0/safetyRatings/0/blocked").asBoolean()).isTrue();
		this.server.enqueue(MockReply.text("one two three").midStreamError("UNAVAILABLE", "The model is overloaded."));
		List<JsonNode> chunks = Http.dataJson(stream(body("x", "")).body());
		assertThat(chunks).hasSize(2);
		assertThat(chunks.get(1).at("/error/code").asInt()).isEqualTo(503);
		assertThat(chunks.get(1).at("/error/status").asString()).isEqualTo("UNAVAILABLE");
	}

	@Test
	void modelsArePagedWithNextPageToken() {
		String url = this.server.baseUrl("gemini") + "/models";
		List<String> names = new ArrayList<>();
		JsonNode page = Http.json(Http.get(url, HEADERS));
		while (true) {
			page.path("models").forEach((model) -> names.add(model.path("name").asString()));
			if (!page.has("nextPageToken")) {
				break;
			}
			page = Http.json(Http.get(url + "?pageToken=" + page.path("nextPageToken").asString(), HEADERS));
		}
		assertThat(names).hasSize(5).startsWith("models/gemini-2.5-flash").contains("models/gemini-embedding-001");
		assertThat(Http.get(url + "/gemini-2.5-pro", HEADERS).statusCode()).isEqualTo(200);
	}

	@Test
	void batchEmbeddingsRespectDimensionalityAndTheHundredLimit() {
		String url = this.server.baseUrl("gemini") + "/models/gemini-embedding-001:batchEmbedContents";
		String request = "{\"model\":\"models/gemini-embedding-001\",\"content\":{\"parts\":[{\"text\":\"a\"}]},"
				+ "\"outputDimensionality\":12}";
		JsonNode json = Http.json(Http.post(url, "{\"requests\":[" + request + "," + request + "]}", HEADERS));
		assertThat(json.path("embeddings")).hasSize(2);
		assertThat(json.at("/embeddings/0/values")).hasSize(12);
		assertThat(json.at("/embeddings/0/values")).isEqualTo(json.at("/embeddings/1/values"));
		String tooMany = "{\"requests\":[" + String.join(",", Collections.nCopies(101, request)) + "]}";
		HttpResponse<String> rejected = Http.post(url, tooMany, HEADERS);
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(Http.json(rejected).at("/error/message").asString()).contains("at most 100");
		String single = this.server.baseUrl("gemini") + "/models/gemini-embedding-001:embedContent";
		assertThat(Http.json(Http.post(single, request, HEADERS)).at("/embedding/values")).hasSize(12);
	}

	private HttpResponse<String> generate(String body) {
		return Http.post(this.server.baseUrl("gemini") + "/models/gemini-2.5-flash:generateContent", body, HEADERS);
	}

	private HttpResponse<String> stream(String body) {
		return Http.post(this.server.baseUrl("gemini") + "/models/gemini-2.5-flash:streamGenerateContent?alt=sse", body,
				HEADERS);
	}

	private static String body(String text, String extra) {
		return "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":" + Json.quote(text) + "}]}]" + extra + "}";
	}

}
