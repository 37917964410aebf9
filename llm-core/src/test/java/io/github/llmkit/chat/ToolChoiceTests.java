package io.github.llmkit.chat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ToolChoiceTests {

	@Test
	void toolModeNeedsAName() {
		assertThatIllegalArgumentException().isThrownBy(() -> ToolChoice.tool(" "))
			.withMessage("'toolName' must be set when the tool choice mode is TOOL");
		assertThat(ToolChoice.tool("get_weather").toolName()).isEqualTo("get_weather");
	}

	@Test
	void otherModesRejectANameInsteadOfIgnoringIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ToolChoice(ToolChoice.Mode.REQUIRED, "get_weather"))
			.withMessage("'toolName' must be null when the tool choice mode is REQUIRED");
	}

	@Test
	void nullModeFailsNamingTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ToolChoice(null, null))
			.withMessage("'mode' must not be null");
	}

}
