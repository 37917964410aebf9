package io.github.llmkit.provider.anthropic;

import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.http.ProviderError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AnthropicResponseMapperTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void chatReadsTextToolUseThinkingAndRedactedThinking() {
		ChatResponse response = AnthropicResponseMapper.chat(JSON.readTree("""
				{"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5",
				 "content":[
				  {"type":"thinking","thinking":"Let me think.","signature":"sig-a"},
				  {"type":"redacted_thinking","data":"opaque"},
				  {"type":"text","text":"I'll check."},
				  {"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"city":"Paris"}},
				  {"type":"tool_use","id":"toolu_2","name":"calculator","input":{}}],
				 "stop_reason":"tool_use","stop_sequence":null,
				 "usage":{"input_tokens":10,"cache_creation_input_tokens":5,"cache_read_input_tokens":100,"output_tokens":42}}
				"""), "claude");
		assertThat(response.id()).isEqualTo("msg_1");
		assertThat(response.model()).isEqualTo("claude-sonnet-4-5");
		assertThat(response.text()).isEqualTo("I'll check.");
		assertThat(response.reasoning()).isEqualTo("Let me think.");
		assertThat(response.reasoningBlocks()).containsExactly(new ReasoningBlock("Let me think.", "sig-a", null),
				new ReasoningBlock(null, null, "opaque"));
		assertThat(response.toolCalls()).hasSize(2);
		assertThat(response.toolCalls().get(0).id()).isEqualTo("toolu_1");
		assertThat(response.toolCalls().get(0).name()).isEqualTo("get_weather");
		assertThat(JSON.readTree(response.toolCalls().get(0).arguments()).get("city").asString()).isEqualTo("Paris");
		assertThat(response.toolCalls().get(1).arguments()).isEqualTo("{}");
		assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(response.rawFinishReason()).isEqualTo("tool_use");
		assertThat(response.usage().inputTokens()).isEqualTo(115);
		assertThat(response.usage().cachedTokens()).isEqualTo(100);
		assertThat(response.usage().outputTokens()).isEqualTo(42);
	}

	@Test
	void finishReasonMapsEveryStopReason() {
		assertThat(AnthropicResponseMapper.finishReason("end_turn")).isEqualTo(FinishReason.STOP);
		assertThat(AnthropicResponseMapper.finishReason("stop_sequence")).isEqualTo(FinishReason.STOP);
		assertThat(AnthropicResponseMapper.finishReason("max_tokens")).isEqualTo(FinishReason.LENGTH);
		assertThat(AnthropicResponseMapper.finishReason("tool_use")).isEqualTo(FinishReason.TOOL_CALLS);
		assertThat(AnthropicResponseMapper.finishReason("refusal")).isEqualTo(FinishReason.CONTENT_FILTER);
		assertThat(AnthropicResponseMapper.finishReason("pause_turn")).isEqualTo(FinishReason.OTHER);
		assertThat(AnthropicResponseMapper.finishReason("something_new")).isEqualTo(FinishReason.OTHER);
	}

	@Test
	void chatWithoutUsageReportsUnknownUsage() {
		ChatResponse response = AnthropicResponseMapper.chat(JSON.readTree("""
				{"content":[{"type":"text","text":"Hi"}],"stop_reason":"end_turn"}"""), "claude");
		assertThat(response.usage().isKnown()).isFalse();
		assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
	}

	@Test
	void errorParserReadsTypeAndMessage() {
		ProviderError error = AnthropicFamily.errorParser(JSON).parse(529, """
				{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_1"}""");
		assertThat(error.type()).isEqualTo("overloaded_error");
		assertThat(error.message()).isEqualTo("Overloaded");
		assertThat(AnthropicFamily.errorParser(JSON).parse(502, "<html>Bad gateway</html>").message())
			.isEqualTo("<html>Bad gateway</html>");
		assertThat(AnthropicFamily.errorParser(JSON).parse(500, "").message()).isNull();
	}

}
