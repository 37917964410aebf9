package io.github.llmkit.provider.gemini;

import java.time.Duration;

import io.github.llmkit.LlmContentFilterException;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.http.ProviderError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GeminiResponseMapperTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TOOL_RESPONSE = """
			{"candidates":[{"content":{"role":"model","parts":[
			   {"text":"I should call tools.","thought":true},
			   {"text":"Checking."},
			   {"functionCall":{"id":"call_1","name":"get_weather","args":{"city":"Paris"}},"thoughtSignature":"c2ln"},
			   {"functionCall":{"name":"calculator","args":{"expression":"2+2"}}}]},
			 "finishReason":"STOP","index":0}],
			 "usageMetadata":{"promptTokenCount":42,"candidatesTokenCount":18,"thoughtsTokenCount":120,
			   "cachedContentTokenCount":30,"totalTokenCount":180},
			 "modelVersion":"gemini-2.5-flash","responseId":"resp-1"}""";

	@Test
	void chatReadsTextThoughtsFunctionCallsAndUsage() {
		ChatResponse response = GeminiResponseMapper.chat(JSON.readTree(TOOL_RESPONSE), "gemini");
		assertThat(response.id()).isEqualTo("resp-1");
		assertThat(response.model()).isEqualTo("gemini-2.5-flash");
		assertThat(response.text()).isEqualTo("Checking.");
		assertThat(response.reasoning()).isEqualTo("I should call tools.");
		assertThat(response.toolCalls()).hasSize(2);
		assertThat(response.toolCalls().get(0).id()).isEqualTo("call_1");
		assertThat(response.toolCalls().get(0).signature()).isEqualTo("c2ln");
		assertThat(JSON.readTree(response.toolCalls().get(0).arguments()).get("city").asString()).isEqualTo("Paris");
		assertThat(response.toolCalls().get(1).id()).startsWith("llmkit_call_1_");
		assertThat(response.toolCalls().get(1).signature()).isNull();
		assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(response.rawFinishReason()).isEqualTo("STOP");
		assertThat(response.usage().inputTokens()).isEqualTo(42);
		assertThat(response.usage().outputTokens()).isEqualTo(138);
		assertThat(response.usage().reasoningTokens()).isEqualTo(120);
		assertThat(response.usage().cachedTokens()).isEqualTo(30);
	}

	@Test
	void syntheticIdsAreStableForTheSameCall() {
		JsonNode root = JSON.readTree(TOOL_RESPONSE);
		assertThat(GeminiResponseMapper.chat(root, "gemini").toolCalls().get(1).id())
			.isEqualTo(GeminiResponseMapper.chat(root, "gemini").toolCalls().get(1).id());
	}

	@Test
	void finishReasonMapsGeminiValues() {
		assertThat(GeminiResponseMapper.finishReason("STOP")).isEqualTo(FinishReason.STOP);
		assertThat(GeminiResponseMapper.finishReason("MAX_TOKENS")).isEqualTo(FinishReason.LENGTH);
		for (String filtered : new String[] { "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII" }) {
			assertThat(GeminiResponseMapper.finishReason(filtered)).isEqualTo(FinishReason.CONTENT_FILTER);
		}
		assertThat(GeminiResponseMapper.finishReason("MALFORMED_FUNCTION_CALL")).isEqualTo(FinishReason.OTHER);
	}

	@Test
	void chatWithBlockedPromptThrowsContentFilterExceptionWithTheReason() {
		JsonNode root = JSON.readTree("""
				{"promptFeedback":{"blockReason":"SAFETY","safetyRatings":[{"category":"HARM_CATEGORY_DANGEROUS_CONTENT","probability":"HIGH"}]},
				 "usageMetadata":{"promptTokenCount":12,"totalTokenCount":12}}""");
		assertThatExceptionOfType(LlmContentFilterException.class)
			.isThrownBy(() -> GeminiResponseMapper.chat(root, "gemini"))
			.satisfies((ex) -> assertThat(ex.blockReason()).isEqualTo("SAFETY"))
			.withMessageContaining("gemini")
			.withMessageContaining("SAFETY");
	}

	@Test
	void errorParserReadsStatusMessageAndRetryDelay() {
		ProviderError error = GeminiFamily.errorParser(JSON).parse(429, """
				{"error":{"code":429,"message":"You exceeded your current quota.","status":"RESOURCE_EXHAUSTED",
				 "details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[]},
				  {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"23.5s"}]}}""");
		assertThat(error.type()).isEqualTo("RESOURCE_EXHAUSTED");
		assertThat(error.message()).isEqualTo("You exceeded your current quota.");
		assertThat(error.retryAfter()).isEqualTo(Duration.ofMillis(23500));
		ProviderError wrapped = GeminiFamily.errorParser(JSON).parse(503, """
				[{"error":{"code":503,"message":"Overloaded","status":"UNAVAILABLE"}}]""");
		assertThat(wrapped.type()).isEqualTo("UNAVAILABLE");
		ProviderError key = GeminiFamily.errorParser(JSON).parse(400, """
				{"error":{"code":400,"message":"API key not valid.","status":"INVALID_ARGUMENT",
				 "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID"}]}}""");
		assertThat(key.type()).isEqualTo("API_KEY_INVALID");
		assertThat(key.badCredentials()).isTrue();
		assertThat(error.badCredentials()).isFalse();
		assertThat(GeminiFamily.errorParser(JSON).parse(500, "oops").message()).isEqualTo("oops");
	}

	@Test
	void durationReadsProtobufDurations() {
		assertThat(GeminiErrorParser.duration("2s")).isEqualTo(Duration.ofSeconds(2));
		assertThat(GeminiErrorParser.duration("57.238747106s")).isEqualTo(Duration.ofSeconds(57, 238747106));
		assertThat(GeminiErrorParser.duration("soon")).isNull();
	}

}
