package io.github.llmkit.tool;

import io.github.llmkit.ProviderType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ToolDefinitionTests {

	private static final String SCHEMA = """
			{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":
			{"city":{"type":"string","pattern":"^[A-Z]"},"unit":{"const":"celsius"}},"required":["city"]}""";

	private static final ToolDefinition WEATHER = ToolDefinition.of("get_weather", "Current weather of a city",
			SCHEMA);

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void toWireFormatForOpenAiCompatibleProvidersIsAFunctionToolEntry(ProviderType type) {
		assertThat(WEATHER.toWireFormat(type)).isEqualTo(json("""
				{"type":"function","function":{"name":"get_weather","description":"Current weather of a city",
				"parameters":%s}}""".formatted(SCHEMA)));
	}

	@Test
	void toWireFormatForClaudeIsANameDescriptionAndInputSchemaEntry() {
		assertThat(WEATHER.toWireFormat(ProviderType.CLAUDE)).isEqualTo(json("""
				{"name":"get_weather","description":"Current weather of a city","input_schema":%s}"""
			.formatted(SCHEMA)));
	}

	@Test
	void toWireFormatForClaudeLeavesOutAnEmptyDescription() {
		ToolDefinition definition = new ToolDefinition("ping", null, null);
		assertThat(definition.toWireFormat(ProviderType.CLAUDE))
			.isEqualTo(json("{\"name\":\"ping\",\"input_schema\":{\"type\":\"object\",\"properties\":{}}}"));
	}

	@Test
	void toWireFormatForGeminiIsAFunctionDeclarationWithTheSchemaReducedToWhatGeminiAccepts() {
		assertThat(WEATHER.toWireFormat(ProviderType.GEMINI)).isEqualTo(json("""
				{"name":"get_weather","description":"Current weather of a city","parametersJsonSchema":
				{"type":"object","properties":{"city":{"type":"string"},"unit":{"enum":["celsius"]}},
				"required":["city"]}}"""));
		assertThat(WEATHER.parameters()).isEqualTo(json(SCHEMA));
	}

	@Test
	void toWireFormatReturnsATreeIndependentOfTheDefinition() {
		ObjectNode wire = (ObjectNode) WEATHER.toWireFormat(ProviderType.OPENAI);
		((ObjectNode) wire.path("function").path("parameters")).put("additionalProperties", false);
		assertThat(WEATHER.parameters().has("additionalProperties")).isFalse();
	}

	@Test
	void toWireFormatWithoutTypeFailsNamingTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> WEATHER.toWireFormat(null))
			.withMessage("'type' must not be null");
	}

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

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
