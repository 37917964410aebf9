package io.github.llmkit.tool;

import java.util.Arrays;
import java.util.List;

import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ToolLoopResultTests {

	private final ChatResponse response = new ChatResponse(null, null, "done", null, null, null, null, null, null,
			null);

	@Test
	void nullListsMeanEmpty() {
		ToolLoopResult result = new ToolLoopResult(this.response, null, null, 0);
		assertThat(result.transcript()).isEmpty();
		assertThat(result.executions()).isEmpty();
		assertThat(result.text()).isEqualTo("done");
		ToolLoopException exception = new ToolLoopException("c", "too many rounds", null, null, null);
		assertThat(exception.transcript()).isEmpty();
		assertThat(exception.pendingCalls()).isEmpty();
	}

	@Test
	void nullElementsAndResponseAreRejectedByName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ToolLoopResult(this.response, Arrays.asList(Message.user("a"), null), null, 1))
			.withMessage("'transcript[1]' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> new ToolLoopResult(null, List.of(), List.of(), 0))
			.withMessage("'response' must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ToolLoopException("c", "m", List.of(), Arrays.asList((ToolCall) null), List.of()))
			.withMessage("'pendingCalls[0]' must not be null");
	}

}
