package io.github.llmkit.provider.openai;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.github.llmkit.LlmStreamException;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.RecordingListener;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.http.SseEvent;
import io.github.llmkit.http.SseReader;
import io.github.llmkit.provider.StreamAccumulator;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Chunk streams in each provider's documented layout, read through the SSE reader into the accumulator.
 */
class OpenAiStreamHandlerTests {

	private final RecordingListener listener = new RecordingListener();

	@Test
	void openAiTextWithSeparateFinishAndUsageOnlyChunk() throws IOException {
		ChatResponse response = run("""
				data: {"id":"chatcmpl-1","object":"chat.completion.chunk","model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null}

				data: {"id":"chatcmpl-1","object":"chat.completion.chunk","model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"Hel"},"logprobs":null,"finish_reason":null}],"usage":null}

				data: {"id":"chatcmpl-1","object":"chat.completion.chunk","model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"lo"},"logprobs":null,"finish_reason":null}],"usage":null}

				data: {"id":"chatcmpl-1","object":"chat.completion.chunk","model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"usage":null}

				data: {"id":"chatcmpl-1","object":"chat.completion.chunk","model":"gpt-4o-mini","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11,"prompt_tokens_details":{"cached_tokens":4},"completion_tokens_details":{"reasoning_tokens":0}}}

				data: [DONE]

				""");
		assertThat(response.id()).isEqualTo("chatcmpl-1");
		assertThat(response.model()).isEqualTo("gpt-4o-mini");
		assertThat(response.text()).isEqualTo("Hello");
		assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
		assertThat(response.usage()).isEqualTo(new Usage(9, 2, 0, 4));
		assertThat(this.listener.deltas).filteredOn(ChatDelta::hasText).extracting(ChatDelta::text).containsExactly("Hel", "lo");
	}

	@Test
	void openAiParallelToolCallFragmentsAssembledByIndex() throws IOException {
		ChatResponse response = run("""
				data: {"id":"c","choices":[{"index":0,"delta":{"role":"assistant","content":null},"finish_reason":null}]}

				data: {"id":"c","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_JMW1","type":"function","function":{"name":"get_weather","arguments":""}}]},"finish_reason":null}]}

				data: {"id":"c","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\\"ci"}}]},"finish_reason":null}]}

				data: {"id":"c","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"ty\\": \\"Paris\\"}"}}]},"finish_reason":null}]}

				data: {"id":"c","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_DNYT","type":"function","function":{"name":"get_stock_price","arguments":""}}]},"finish_reason":null}]}

				data: {"id":"c","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"{\\"ticker\\":\\"ACME\\"}"}}]},"finish_reason":null}]}

				data: {"id":"c","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}

				data: [DONE]

				""");
		assertThat(response.toolCalls()).containsExactly(ToolCall.of("call_JMW1", "get_weather", "{\"city\": \"Paris\"}"),
				ToolCall.of("call_DNYT", "get_stock_price", "{\"ticker\":\"ACME\"}"));
		assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(response.text()).isEmpty();
		assertThat(this.listener.toolCalls).containsExactlyElementsOf(response.toolCalls());
	}

	@Test
	void interleavedFragmentsWithRepeatedIdsAndNames() throws IOException {
		ChatResponse response = run("""
				data: {"choices":[{"index":0,"delta":{"role":"assistant","tool_calls":[{"index":0,"id":"a","type":"function","function":{"name":"one","arguments":"{\\"x\\":"}},{"index":1,"id":"b","type":"function","function":{"name":"two","arguments":"{\\"y\\":"}}]}}]}

				data: {"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"b","type":"function","function":{"name":"two","arguments":"2}"}}]}}]}

				data: {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"a","function":{"name":"one","arguments":"1}"}}]}}]}

				data: {"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}

				data: [DONE]

				""");
		assertThat(response.toolCalls()).containsExactly(ToolCall.of("a", "one", "{\"x\":1}"),
				ToolCall.of("b", "two", "{\"y\":2}"));
	}

	@Test
	void groqWholeCallsInOneDeltaAndUsageOnFinishChunkInXGroq() throws IOException {
		ChatResponse response = run("""
				data: {"id":"chatcmpl-bc4c","object":"chat.completion.chunk","model":"llama-3.3-70b-versatile","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}],"x_groq":{"id":"req_01"}}

				data: {"id":"chatcmpl-bc4c","object":"chat.completion.chunk","model":"llama-3.3-70b-versatile","choices":[{"index":0,"delta":{"tool_calls":[{"id":"2zvvry1t5","type":"function","function":{"name":"get_weather","arguments":"{\\"city\\":\\"London\\"}"},"index":0},{"id":"8kd2mx0qa","type":"function","function":{"name":"calculator","arguments":"{\\"expression\\":\\"2+2\\"}"},"index":1}]},"logprobs":null,"finish_reason":null}]}

				data: {"id":"chatcmpl-bc4c","object":"chat.completion.chunk","model":"llama-3.3-70b-versatile","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"tool_calls"}],"x_groq":{"id":"req_01","usage":{"queue_time":0.09,"prompt_tokens":203,"prompt_time":0.02,"completion_tokens":14,"completion_time":0.05,"total_tokens":217,"total_time":0.07}}}

				data: [DONE]

				""");
		assertThat(response.toolCalls()).containsExactly(
				ToolCall.of("2zvvry1t5", "get_weather", "{\"city\":\"London\"}"),
				ToolCall.of("8kd2mx0qa", "calculator", "{\"expression\":\"2+2\"}"));
		assertThat(response.usage()).isEqualTo(new Usage(203, 14, null, null));
	}

	@Test
	void groqNamedErrorEventFailsTheStream() {
		assertThatExceptionOfType(LlmStreamException.class).isThrownBy(() -> run("""
				data: {"choices":[{"index":0,"delta":{"role":"assistant","content":""}}]}

				event: error
				data: {"error":{"message":"Failed to call a function.","type":"invalid_request_error","code":"tool_use_failed","status_code":400}}

				""")).satisfies((ex) -> {
			assertThat(ex.errorType()).isEqualTo("invalid_request_error");
			assertThat(ex.getMessage()).isEqualTo("groq stream failed: Failed to call a function.");
			assertThat(ex.provider()).isEqualTo("groq");
		});
	}

	@Test
	void openRouterCommentsAndMidStreamErrorChunk() {
		assertThatExceptionOfType(LlmStreamException.class).isThrownBy(() -> run("""
				: OPENROUTER PROCESSING

				data: {"id":"gen-1","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}

				: OPENROUTER PROCESSING

				data: {"id":"gen-1","object":"chat.completion.chunk","provider":"openai","error":{"code":"server_error","message":"Provider disconnected unexpectedly"},"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]}

				""")).satisfies((ex) -> {
			assertThat(ex.errorType()).isEqualTo("server_error");
			assertThat(ex.getMessage()).contains("Provider disconnected unexpectedly");
		});
		assertThat(this.listener.deltas).extracting(ChatDelta::text).containsExactly("Hi");
	}

	@Test
	void openRouterCommentsAreSkippedAndReasoningKept() throws IOException {
		ChatResponse response = run("""
				: OPENROUTER PROCESSING

				data: {"id":"gen-2","choices":[{"index":0,"delta":{"role":"assistant","content":"","reasoning":"Think"},"finish_reason":null}]}

				: OPENROUTER PROCESSING

				data: {"id":"gen-2","choices":[{"index":0,"delta":{"content":"Done","reasoning":null},"finish_reason":"stop","native_finish_reason":"end_turn"}]}

				data: {"id":"gen-2","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":4,"total_tokens":7}}

				data: [DONE]

				""");
		assertThat(response.text()).isEqualTo("Done");
		assertThat(response.reasoning()).isEqualTo("Think");
		assertThat(response.usage().inputTokens()).isEqualTo(3);
	}

	@Test
	void deepSeekKeepAliveCommentsAndReasoningContent() throws IOException {
		ChatResponse response = run("""
				: keep-alive

				data: {"id":"u-1","choices":[{"index":0,"delta":{"role":"assistant","content":null,"reasoning_content":""},"finish_reason":null}]}

				data: {"id":"u-1","choices":[{"index":0,"delta":{"content":null,"reasoning_content":"Hmm."},"finish_reason":null}]}

				: keep-alive

				data: {"id":"u-1","choices":[{"index":0,"delta":{"content":"Yes","reasoning_content":null},"finish_reason":null}]}

				data: {"id":"u-1","choices":[{"index":0,"delta":{"content":""},"finish_reason":"stop"}],"usage":{"prompt_tokens":6,"completion_tokens":92,"total_tokens":98,"completion_tokens_details":{"reasoning_tokens":81},"prompt_cache_hit_tokens":2,"prompt_cache_miss_tokens":4}}

				data: [DONE]

				""");
		assertThat(response.text()).isEqualTo("Yes");
		assertThat(response.reasoning()).isEqualTo("Hmm.");
		assertThat(response.usage()).isEqualTo(new Usage(6, 92, 81, 2));
	}

	@Test
	void mistralFinishAndUsageOnLastContentChunk() throws IOException {
		ChatResponse response = run("""
				data: {"id":"f798","object":"chat.completion.chunk","model":"mistral-large-latest","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}

				data: {"id":"f798","object":"chat.completion.chunk","model":"mistral-large-latest","choices":[{"index":0,"delta":{"content":"izable"},"finish_reason":"length"}],"usage":{"prompt_tokens":34,"total_tokens":134,"completion_tokens":100}}

				data: [DONE]

				""");
		assertThat(response.text()).isEqualTo("izable");
		assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
		assertThat(response.rawFinishReason()).isEqualTo("length");
		assertThat(response.usage()).isEqualTo(new Usage(34, 100, null, null));
	}

	@Test
	void xaiChunksWithoutFinishReasonKeyAndUsageExcludingReasoning() throws IOException {
		ChatResponse response = run("""
				data: {"id":"adfb55b2","choices":[{"index":0,"delta":{"reasoning_content":"First","role":"assistant"}}]}

				data: {"id":"adfb55b2","choices":[{"index":0,"delta":{"content":"Hi!"}}]}

				data: {"id":"adfb55b2","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}

				data: {"id":"adfb55b2","choices":[],"usage":{"prompt_tokens":19,"completion_tokens":6,"total_tokens":198,"completion_tokens_details":{"reasoning_tokens":173}}}

				data: [DONE]

				""");
		assertThat(response.text()).isEqualTo("Hi!");
		assertThat(response.reasoning()).isEqualTo("First");
		assertThat(response.usage()).isEqualTo(new Usage(19, 179, 173, null));
	}

	@Test
	void ollamaLegacyIndexZeroForEveryParallelCall() throws IOException {
		ChatResponse response = run("""
				data: {"id":"chatcmpl-7","choices":[{"index":0,"delta":{"role":"assistant","content":"","tool_calls":[{"id":"call_ab12cd34","index":0,"type":"function","function":{"name":"get_weather","arguments":"{\\"city\\":\\"Oslo\\"}"}}]},"finish_reason":null}]}

				data: {"id":"chatcmpl-7","choices":[{"index":0,"delta":{"role":"assistant","content":"","tool_calls":[{"id":"call_ef56gh78","index":0,"type":"function","function":{"name":"calculator","arguments":"{\\"expression\\":\\"1+1\\"}"}}]},"finish_reason":null}]}

				data: {"id":"chatcmpl-7","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":"stop"}]}

				data: [DONE]

				""");
		assertThat(response.toolCalls()).containsExactly(
				ToolCall.of("call_ab12cd34", "get_weather", "{\"city\":\"Oslo\"}"),
				ToolCall.of("call_ef56gh78", "calculator", "{\"expression\":\"1+1\"}"));
		assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(response.rawFinishReason()).isEqualTo("stop");
	}

	@Test
	void topLevelErrorObjectFailsTheStream() {
		assertThatExceptionOfType(LlmStreamException.class).isThrownBy(() -> run("""
				data: {"choices":[{"index":0,"delta":{"content":"Partial"}}]}

				data: {"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}}

				""")).withMessageContaining("The server had an error");
	}

	@Test
	void errorNullIsNotAnError() throws IOException {
		ChatResponse response = run("""
				data: {"error":null,"choices":[{"index":0,"delta":{"content":"ok"},"finish_reason":"stop"}]}

				data: [DONE]

				""");
		assertThat(response.text()).isEqualTo("ok");
	}

	@Test
	void endWithoutDoneOrFinishIsTruncation() {
		assertThatExceptionOfType(LlmStreamException.class).isThrownBy(() -> run("""
				data: {"choices":[{"index":0,"delta":{"content":"Half an ans"}}]}

				""")).withMessageContaining("ended before the answer was complete");
	}

	@Test
	void endAfterFinishButWithoutDoneIsAccepted() throws IOException {
		assertThat(run("""
				data: {"choices":[{"index":0,"delta":{"content":"All"},"finish_reason":"stop"}]}
				""").text()).isEqualTo("All");
	}

	@Test
	void malformedChunkFailsTheStream() {
		assertThatExceptionOfType(LlmStreamException.class).isThrownBy(() -> run("""
				data: {"choices":[{"index":0,"delta":{"content":"x"

				""")).withMessageContaining("malformed chunk");
	}

	@Test
	void eventsAfterDoneAreIgnored() throws IOException {
		assertThat(run("""
				data: {"choices":[{"index":0,"delta":{"content":"A"},"finish_reason":"stop"}]}

				data: [DONE]

				data: {"choices":[{"index":0,"delta":{"content":"B"}}]}

				""").text()).isEqualTo("A");
	}

	private ChatResponse run(String sse) throws IOException {
		OpenAiStreamHandler handler = new OpenAiStreamHandler("groq", JsonMapper.shared(), null,
				new StreamAccumulator(this.listener));
		SseReader reader = new SseReader(new ByteArrayInputStream(sse.getBytes(StandardCharsets.UTF_8)));
		SseEvent event;
		while ((event = reader.next()) != null) {
			handler.onEvent(event);
		}
		return handler.finish();
	}

}
