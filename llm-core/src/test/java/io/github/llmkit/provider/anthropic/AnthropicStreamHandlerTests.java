package io.github.llmkit.provider.anthropic;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.LlmStreamException;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.http.SseEvent;
import io.github.llmkit.provider.StreamAccumulator;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AnthropicStreamHandlerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<ChatDelta> deltas = new ArrayList<>();

	private final List<ToolCall> completed = new ArrayList<>();

	private final AnthropicStreamHandler handler = new AnthropicStreamHandler("claude", JSON, null,
			new StreamAccumulator(new StreamListener() {

				@Override
				public void onDelta(ChatDelta delta) {
					AnthropicStreamHandlerTests.this.deltas.add(delta);
				}

				@Override
				public void onToolCall(ToolCall toolCall) {
					AnthropicStreamHandlerTests.this.completed.add(toolCall);
				}

			}));

	private void send(String event, String data) {
		this.handler.onEvent(new SseEvent(event, data));
	}

	@Test
	void streamWithThinkingTextAndTwoToolUseBlocksAssemblesTheAnswer() {
		send("message_start", """
				{"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],
				"model":"claude-sonnet-4-5","stop_reason":null,"usage":{"input_tokens":20,"cache_read_input_tokens":5,"output_tokens":1}}}""");
		send("content_block_start", """
				{"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","signature":""}}""");
		send("ping", "{\"type\": \"ping\"}");
		send("content_block_delta", """
				{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Two tools "}}""");
		send("content_block_delta", """
				{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"needed."}}""");
		send("content_block_delta", """
				{"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"sig-1"}}""");
		send("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
		send("content_block_start", """
				{"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}}""");
		send("content_block_delta", """
				{"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"Let me "}}""");
		send("content_block_delta", """
				{"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"check."}}""");
		send("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":1}");
		send("content_block_start", """
				{"type":"content_block_start","index":2,"content_block":{"type":"tool_use","id":"toolu_a","name":"get_weather","input":{}}}""");
		send("content_block_delta", """
				{"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":""}}""");
		send("content_block_delta", """
				{"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":"{\\"ci"}}""");
		send("content_block_delta", """
				{"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":"ty\\": \\"Paris\\"}"}}""");
		send("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":2}");
		assertThat(this.completed).extracting(ToolCall::id).containsExactly("toolu_a");
		send("content_block_start", """
				{"type":"content_block_start","index":3,"content_block":{"type":"tool_use","id":"toolu_b","name":"clock","input":{}}}""");
		send("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":3}");
		send("message_delta", """
				{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":90}}""");
		send("message_stop", "{\"type\":\"message_stop\"}");
		ChatResponse response = this.handler.finish();
		assertThat(response.id()).isEqualTo("msg_1");
		assertThat(response.text()).isEqualTo("Let me check.");
		assertThat(response.reasoning()).isEqualTo("Two tools needed.");
		assertThat(response.reasoningBlocks()).containsExactly(new ReasoningBlock("Two tools needed.", "sig-1", null));
		assertThat(response.toolCalls()).extracting(ToolCall::id).containsExactly("toolu_a", "toolu_b");
		assertThat(JSON.readTree(response.toolCalls().get(0).arguments()).get("city").asString()).isEqualTo("Paris");
		assertThat(response.toolCalls().get(1).arguments()).isEqualTo("{}");
		assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(response.rawFinishReason()).isEqualTo("tool_use");
		assertThat(response.usage().inputTokens()).isEqualTo(25);
		assertThat(response.usage().cachedTokens()).isEqualTo(5);
		assertThat(response.usage().outputTokens()).isEqualTo(90);
		assertThat(this.completed).extracting(ToolCall::id).containsExactly("toolu_a", "toolu_b");
		assertThat(this.deltas).extracting(ChatDelta::text).contains("Let me ", "check.");
		assertThat(this.deltas).extracting(ChatDelta::reasoning).contains("Two tools ", "needed.");
	}

	@Test
	void errorEventFailsTheStreamWithTheErrorType() {
		send("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"content\":[],\"usage\":{}}}");
		send("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
		send("content_block_delta", """
				{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hel"}}""");
		assertThatExceptionOfType(LlmStreamException.class)
			.isThrownBy(() -> send("error", """
					{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"""))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("overloaded_error"))
			.withMessageContaining("claude")
			.withMessageContaining("Overloaded");
	}

	@Test
	void malformedNamedEventFailsTheStream() {
		send("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"content\":[],\"usage\":{}}}");
		assertThatExceptionOfType(LlmStreamException.class)
			.isThrownBy(() -> send("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{"))
			.withMessageContaining("malformed content_block_delta");
	}

	@Test
	void dataWithoutEventNameIsIgnoredAsTheOfficialSdksDo() {
		send(null, "{\"broken");
		send("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"content\":[],\"usage\":{}}}");
		send("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{}}");
		send("message_stop", "{\"type\":\"message_stop\"}");
		assertThat(this.handler.finish().finishReason()).isEqualTo(FinishReason.STOP);
	}

	@Test
	void streamEndingWithoutMessageStopFails() {
		send("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"content\":[],\"usage\":{}}}");
		send("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
		send("content_block_delta", """
				{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hel"}}""");
		assertThatExceptionOfType(LlmStreamException.class).isThrownBy(this.handler::finish)
			.withMessageContaining("message_stop");
	}

	@Test
	void redactedThinkingAndUnknownEventsAreHandled() {
		send("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"content\":[],\"usage\":{}}}");
		send("content_block_start", """
				{"type":"content_block_start","index":0,"content_block":{"type":"redacted_thinking","data":"opaque"}}""");
		send("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
		send("some_future_event", "{\"type\":\"some_future_event\"}");
		send("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":3}}");
		send("message_stop", "{\"type\":\"message_stop\"}");
		ChatResponse response = this.handler.finish();
		assertThat(response.reasoningBlocks()).containsExactly(new ReasoningBlock(null, null, "opaque"));
		assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
	}

}
