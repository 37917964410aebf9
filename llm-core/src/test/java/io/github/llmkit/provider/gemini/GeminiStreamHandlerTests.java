package io.github.llmkit.provider.gemini;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.LlmContentFilterException;
import io.github.llmkit.LlmStreamException;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.http.SseEvent;
import io.github.llmkit.provider.StreamAccumulator;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GeminiStreamHandlerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<ChatDelta> deltas = new ArrayList<>();

	private final List<ToolCall> completed = new ArrayList<>();

	private final GeminiStreamHandler handler = new GeminiStreamHandler("gemini", JSON, null,
			new StreamAccumulator(new StreamListener() {

				@Override
				public void onDelta(ChatDelta delta) {
					GeminiStreamHandlerTests.this.deltas.add(delta);
				}

				@Override
				public void onToolCall(ToolCall toolCall) {
					GeminiStreamHandlerTests.this.completed.add(toolCall);
				}

			}));

	private void send(String data) {
		this.handler.onEvent(new SseEvent(null, data));
	}

	@Test
	void streamWithThoughtsTwoFunctionCallsAndFinalUsageChunk() {
		send("""
				{"candidates":[{"content":{"role":"model","parts":[{"text":"Thinking...","thought":true}]}}],
				 "usageMetadata":{"promptTokenCount":10,"totalTokenCount":10},"responseId":"r1","modelVersion":"gemini-2.5-flash"}""");
		send("""
				{"candidates":[{"content":{"role":"model","parts":[{"text":"Let me check."},
				  {"functionCall":{"id":"c1","name":"get_weather","args":{"city":"Paris"}},"thoughtSignature":"c2ln"}]}}],
				 "usageMetadata":{"promptTokenCount":10,"totalTokenCount":10},"responseId":"r1"}""");
		assertThat(this.completed).extracting(ToolCall::id).containsExactly("c1");
		assertThat(this.completed.get(0).signature()).isEqualTo("c2ln");
		send("""
				{"candidates":[{"content":{"role":"model","parts":[
				  {"functionCall":{"id":"c2","name":"calculator","args":{"expression":"2+2"}}}]}}],
				 "usageMetadata":{"promptTokenCount":10,"totalTokenCount":10},"responseId":"r1"}""");
		send("""
				{"candidates":[{"content":{"role":"model","parts":[{"text":""}]},"finishReason":"STOP"}],
				 "usageMetadata":{"promptTokenCount":10,"candidatesTokenCount":20,"thoughtsTokenCount":5,"totalTokenCount":35},
				 "responseId":"r1"}""");
		ChatResponse response = this.handler.finish();
		assertThat(response.id()).isEqualTo("r1");
		assertThat(response.model()).isEqualTo("gemini-2.5-flash");
		assertThat(response.text()).isEqualTo("Let me check.");
		assertThat(response.reasoning()).isEqualTo("Thinking...");
		assertThat(response.toolCalls()).extracting(ToolCall::id).containsExactly("c1", "c2");
		assertThat(response.toolCalls()).extracting(ToolCall::name).containsExactly("get_weather", "calculator");
		assertThat(response.toolCalls().get(0).signature()).isEqualTo("c2ln");
		assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(response.rawFinishReason()).isEqualTo("STOP");
		assertThat(response.usage().inputTokens()).isEqualTo(10);
		assertThat(response.usage().outputTokens()).isEqualTo(25);
		assertThat(response.usage().reasoningTokens()).isEqualTo(5);
		assertThat(this.completed).extracting(ToolCall::id).containsExactly("c1", "c2");
		assertThat(this.deltas).extracting(ChatDelta::text).doesNotContain("Thinking...");
	}

	@Test
	void errorChunkAfterTheStreamStartedFails() {
		send("{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Hel\"}]}}]}");
		assertThatExceptionOfType(LlmStreamException.class)
			.isThrownBy(() -> send("""
					{"error":{"code":503,"message":"The model is overloaded.","status":"UNAVAILABLE"}}"""))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("UNAVAILABLE"))
			.withMessageContaining("overloaded");
	}

	@Test
	void streamEndingWithoutFinishReasonFails() {
		send("{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Hel\"}]}}]}");
		assertThatExceptionOfType(LlmStreamException.class).isThrownBy(this.handler::finish)
			.withMessageContaining("finish reason");
	}

	@Test
	void blockedPromptInStreamThrowsContentFilterException() {
		assertThatExceptionOfType(LlmContentFilterException.class)
			.isThrownBy(() -> send("{\"promptFeedback\":{\"blockReason\":\"PROHIBITED_CONTENT\"}}"))
			.satisfies((ex) -> assertThat(ex.blockReason()).isEqualTo("PROHIBITED_CONTENT"));
	}

}
