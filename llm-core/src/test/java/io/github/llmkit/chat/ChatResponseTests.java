package io.github.llmkit.chat;

import java.util.Arrays;

import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChatResponseTests {

	@Test
	void nullsBecomeEmptyValues() {
		ChatResponse response = new ChatResponse(null, null, null, null, null, null, null, null, null, null);
		assertThat(response.text()).isEmpty();
		assertThat(response.toolCalls()).isEmpty();
		assertThat(response.reasoningBlocks()).isEmpty();
		assertThat(response.finishReason()).isEqualTo(FinishReason.OTHER);
		assertThat(response.usage()).isSameAs(Usage.unknown());
	}

	@Test
	void nullToolCallIsRejectedNamingItsIndex() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ChatResponse(null, null, null, null, null,
					Arrays.asList(ToolCall.of("c1", "x", null), null), null, null, null, null))
			.withMessage("'toolCalls[1]' must not be null");
	}

}
