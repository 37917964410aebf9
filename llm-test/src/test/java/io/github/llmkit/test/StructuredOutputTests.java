package io.github.llmkit.test;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredOutputTests {

	private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},"
			+ "\"days\":{\"type\":\"integer\"}},\"required\":[\"city\",\"days\"],\"additionalProperties\":false}";

	private final MockLlmServer server = MockLlmServer.start();

	@AfterEach
	void close() {
		this.server.close();
	}

	@Test
	void openAiJsonSchemaAnswerMatchesTheSchemaWithValuesFromThePrompt() {
		HttpResponse<String> response = openAi("openai", "gpt-4o", "Trip: city: Lyon, days: 4",
				",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"trip\",\"strict\":true,"
						+ "\"schema\":" + SCHEMA + "}}");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode answer = Json.MAPPER.readTree(Http.json(response).at("/choices/0/message/content").asString());
		assertThat(answer).isEqualTo(Json.MAPPER.readTree("{\"city\":\"Lyon\",\"days\":4}"));
	}

	@Test
	void openAiStrictModeRejectsAnOpenObjectAndAMissingRequiredKey() {
		String open = SCHEMA.replace(",\"additionalProperties\":false", "");
		HttpResponse<String> response = openAi("openai", "gpt-4o", "Trip",
				",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"trip\",\"strict\":true,"
						+ "\"schema\":" + open + "}}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.json(response).at("/error/message").asString())
			.contains("'additionalProperties' is required to be supplied and to be false");
		String partial = SCHEMA.replace("\"required\":[\"city\",\"days\"]", "\"required\":[\"city\"]");
		response = openAi("openai", "gpt-4o", "Trip", ",\"response_format\":{\"type\":\"json_schema\","
				+ "\"json_schema\":{\"name\":\"trip\",\"strict\":true,\"schema\":" + partial + "}}");
		assertThat(Http.json(response).at("/error/message").asString()).contains("Missing 'days'");
	}

	@Test
	void jsonModeNeedsTheWordJsonAndDeepSeekHasNoJsonSchema() {
		HttpResponse<String> response = openAi("openai", "gpt-4o", "Trip", ",\"response_format\":{\"type\":\"json_object\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		response = openAi("deepseek", "deepseek-chat", "Trip", ",\"response_format\":{\"type\":\"json_schema\","
				+ "\"json_schema\":{\"name\":\"trip\",\"schema\":" + SCHEMA + "}}");
		assertThat(Http.json(response).at("/error/message").asString())
			.isEqualTo("This response_format type is unavailable now");
	}

	@Test
	void groqRejectsJsonSchemaOnModelsWithoutItAndOnStreams() {
		String format = ",\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"trip\",\"schema\":"
				+ SCHEMA + "}}";
		assertThat(openAi("groq", "llama-3.3-70b-versatile", "Trip", format).statusCode()).isEqualTo(400);
		assertThat(openAi("groq", "openai/gpt-oss-20b", "Trip", format).statusCode()).isEqualTo(200);
		assertThat(openAi("groq", "openai/gpt-oss-20b", "Trip", format + ",\"stream\":true").statusCode())
			.isEqualTo(400);
	}

	@Test
	void claudeStructuredOutputNeedsClosedObjectsAndASupportingModel() {
		String open = SCHEMA.replace(",\"additionalProperties\":false", "");
		assertThat(claude("claude-sonnet-4-6", ",\"output_config\":{\"format\":{\"type\":\"json_schema\",\"schema\":"
				+ open + "}}").statusCode()).isEqualTo(400);
		assertThat(claude("claude-3-5-haiku-20241022", ",\"output_config\":{\"format\":{\"type\":\"json_schema\","
				+ "\"schema\":" + SCHEMA + "}}").statusCode()).isEqualTo(400);
		HttpResponse<String> response = claude("claude-sonnet-4-6",
				",\"output_config\":{\"format\":{\"type\":\"json_schema\",\"schema\":" + SCHEMA + "}}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Http.json(response).at("/content/0/text").asString()).contains("\"days\"");
	}

	@Test
	void claudeForcedToolAnswersWithThatToolsInput() {
		HttpResponse<String> response = claude("claude-3-5-haiku-20241022", ",\"tools\":[{\"name\":\"trip\","
				+ "\"input_schema\":" + SCHEMA + "}],\"tool_choice\":{\"type\":\"tool\",\"name\":\"trip\"}");
		JsonNode block = Http.json(response).at("/content/0");
		assertThat(block.path("type").asString()).isEqualTo("tool_use");
		assertThat(block.at("/input/city").isString()).isTrue();
	}

	@Test
	void geminiJsonSchemaNeedsTheJsonMimeTypeAndExcludesResponseSchema() {
		String url = this.server.baseUrl("gemini") + "/models/gemini-2.5-flash:generateContent";
		String contents = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Trip\"}]}],\"generationConfig\":";
		HttpResponse<String> missingMime = Http.post(url, contents + "{\"responseJsonSchema\":" + SCHEMA + "}}",
				"x-goog-api-key", MockLlmServer.API_KEY);
		assertThat(missingMime.statusCode()).isEqualTo(400);
		HttpResponse<String> ok = Http.post(url, contents + "{\"responseMimeType\":\"application/json\","
				+ "\"responseJsonSchema\":" + SCHEMA + "}}", "x-goog-api-key", MockLlmServer.API_KEY);
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(Http.json(ok).at("/candidates/0/content/parts/0/text").asString()).contains("\"city\"");
	}

	@Test
	void refusalIsSentInOpenAisRefusalField() {
		this.server.enqueue(MockReply.refusal("I can't help with that."));
		JsonNode message = Http.json(openAi("openai", "gpt-4o", "Trip", "")).at("/choices/0/message");
		assertThat(message.path("content").isNull()).isTrue();
		assertThat(message.path("refusal").asString()).isEqualTo("I can't help with that.");
	}

	private HttpResponse<String> openAi(String provider, String model, String text, String extra) {
		String body = "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":" + Json.quote(text)
				+ "}]" + extra + "}";
		return Http.post(this.server.baseUrl(provider) + "/chat/completions", body, "Authorization",
				"Bearer " + MockLlmServer.API_KEY);
	}

	private HttpResponse<String> claude(String model, String extra) {
		String body = "{\"model\":\"" + model + "\",\"max_tokens\":100,\"messages\":[{\"role\":\"user\","
				+ "\"content\":\"Trip\"}]" + extra + "}";
		return Http.post(this.server.baseUrl("claude") + "/messages", body, "x-api-key", MockLlmServer.API_KEY,
				"anthropic-version", "2023-06-01");
	}

}
