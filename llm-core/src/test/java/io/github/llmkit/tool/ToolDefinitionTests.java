package io.github.llmkit.tool;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ToolDefinitionTests {

	@Test
	void ofWithMalformedJsonFailsNamingTheTool() {
		assertThatIllegalArgumentException().isThrownBy(() -> ToolDefinition.of("lookup", null, "not json"))
			.withMessageStartingWith("Parameters of tool 'lookup' are not valid JSON: ");
	}

	@Test
	void ofWithNullOrBlankSchemaUsesEmptyObjectSchema() {
		assertThat(ToolDefinition.of("x", null, null).parameters().toString())
			.isEqualTo("{\"type\":\"object\",\"properties\":{}}");
		assertThat(ToolDefinition.of("x", null, "  ").parameters().toString())
			.isEqualTo("{\"type\":\"object\",\"properties\":{}}");
		assertThat(ToolDefinition.of("x", null, null).description()).isEmpty();
	}

	@Test
	void rejectsSchemaThatIsNotAnObjectSchema() {
		assertThatIllegalArgumentException().isThrownBy(() -> ToolDefinition.of("x", null, "[1]"))
			.withMessage("Parameters of tool 'x' must be a JSON Schema object");
		assertThatIllegalArgumentException().isThrownBy(() -> ToolDefinition.of("x", null, "{\"type\":\"string\"}"))
			.withMessage("Parameters of tool 'x' must be an object schema (\"type\": \"object\"), was \"type\": "
					+ "\"string\"");
	}

	@Test
	void rejectsNullOrInvalidName() {
		assertThatIllegalArgumentException().isThrownBy(() -> ToolDefinition.of(null, null, null))
			.withMessage("'name' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> ToolDefinition.of("get weather", null, null))
			.withMessageStartingWith("Tool name 'get weather' is invalid");
	}

}
