package io.github.llmkit.chat;

import java.util.Arrays;

import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MessageTests {

	@Test
	void userWithNullTextFailsNamingTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> Message.user(null))
			.withMessage("'text' must not be null");
	}

	@Test
	void constructorRejectsSystemOrUserMessageWithoutText() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.USER, null, null, null, null, false, null))
			.withMessage("'text' must not be null for a USER message");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.SYSTEM, null, null, null, null, false, null))
			.withMessage("'text' must not be null for a SYSTEM message");
	}

	@Test
	void constructorRejectsNullElementsNamingTheirIndex() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.ASSISTANT, null, Arrays.asList(ToolCall.of("c1", "x", "{}"), null),
					null, null, false, null))
			.withMessage("'toolCalls[1]' must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.ASSISTANT, "hi", null, null, null, false, Arrays.asList(
					(ReasoningBlock) null)))
			.withMessage("'reasoning[0]' must not be null");
	}

	@Test
	void assistantMayHaveOnlyToolCalls() {
		Message message = new Message(Role.ASSISTANT, null, Arrays.asList(ToolCall.of("c1", "x", null)), null, null,
				false, null);
		assertThat(message.hasToolCalls()).isTrue();
		assertThat(message.text()).isNull();
	}

}
