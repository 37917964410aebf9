package io.github.llmkit.chat;

import java.util.Arrays;
import java.util.List;

import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MessageTests {

	@Test
	void userWithNullTextFailsNamingTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> Message.user((String) null))
			.withMessage("'text' must not be null");
	}

	@Test
	void constructorRejectsSystemOrUserMessageWithoutText() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.USER, (String) null, null, null, null, false, null))
			.withMessage("'text' must not be null for a USER message");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.SYSTEM, (String) null, null, null, null, false, null))
			.withMessage("'text' must not be null for a SYSTEM message");
	}

	@Test
	void constructorRejectsNullElementsNamingTheirIndex() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.ASSISTANT, (String) null, Arrays.asList(ToolCall.of("c1", "x", "{}"), null),
					null, null, false, null))
			.withMessage("'toolCalls[1]' must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.ASSISTANT, "hi", null, null, null, false, Arrays.asList(
					(ReasoningBlock) null)))
			.withMessage("'reasoning[0]' must not be null");
	}

	@Test
	void constructorRejectsFieldsTheRoleWouldIgnore() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.USER, "hi", null, null, null, false,
					List.of(new ReasoningBlock("thought", "sig", null))))
			.withMessage("Only an assistant message can carry reasoning, not USER");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.ASSISTANT, "hi", null, "call_1", null, false, null))
			.withMessage("Only a tool message can carry 'toolCallId', 'toolName' or 'error', not ASSISTANT");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Message(Role.USER, "hi", null, null, null, true, null))
			.withMessage("Only a tool message can carry 'toolCallId', 'toolName' or 'error', not USER");
	}

	@Test
	void assistantMayHaveOnlyToolCalls() {
		Message message = new Message(Role.ASSISTANT, (String) null, Arrays.asList(ToolCall.of("c1", "x", null)), null, null,
				false, null);
		assertThat(message.hasToolCalls()).isTrue();
		assertThat(message.text()).isNull();
	}

}
