package io.github.llmkit;

import io.github.llmkit.tool.ToolDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ToolWireFormatTests {

	private static final String SCHEMA = """
			{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":
			{"city":{"type":"string","pattern":"^[A-Z]"},"unit":{"const":"celsius"}},"required":["city"]}""";

	private static final ToolDefinition WEATHER = ToolDefinition.of("get_weather", "Current weather of a city",
			SCHEMA);

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OPENROUTER", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void toolWireFormatForOpenAiCompatibleProvidersIsAFunctionToolEntry(ProviderType type) {
		assertThat(type.toolWireFormat(WEATHER)).isEqualTo(json("""
				{"type":"function","function":{"name":"get_weather","description":"Current weather of a city",
				"parameters":%s}}""".formatted(SCHEMA)));
	}

	@Test
	void toolWireFormatForClaudeIsANameDescriptionAndInputSchemaEntry() {
		assertThat(ProviderType.CLAUDE.toolWireFormat(WEATHER)).isEqualTo(json("""
				{"name":"get_weather","description":"Current weather of a city","input_schema":%s}"""
			.formatted(SCHEMA)));
	}

	@Test
	void toolWireFormatForClaudeLeavesOutAnEmptyDescription() {
		ToolDefinition definition = new ToolDefinition("ping", null, null);
		assertThat(ProviderType.CLAUDE.toolWireFormat(definition))
			.isEqualTo(json("{\"name\":\"ping\",\"input_schema\":{\"type\":\"object\",\"properties\":{}}}"));
	}

	@Test
	void toolWireFormatForGeminiIsAFunctionDeclarationWithTheSchemaReducedToWhatGeminiAccepts() {
		assertThat(ProviderType.GEMINI.toolWireFormat(WEATHER)).isEqualTo(json("""
				{"name":"get_weather","description":"Current weather of a city","parametersJsonSchema":
				{"type":"object","properties":{"city":{"type":"string"},"unit":{"enum":["celsius"]}},
				"required":["city"]}}"""));
		assertThat(WEATHER.parameters()).isEqualTo(json(SCHEMA));
	}

	@Test
	void toolWireFormatReturnsATreeIndependentOfTheDefinition() {
		ObjectNode wire = (ObjectNode) ProviderType.OPENAI.toolWireFormat(WEATHER);
		((ObjectNode) wire.path("function").path("parameters")).put("additionalProperties", false);
		assertThat(WEATHER.parameters().has("additionalProperties")).isFalse();
	}

	@Test
	void toolWireFormatWithoutTypeFailsNamingTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProviderType.OPENAI.toolWireFormat(null))
			.withMessage("'tool' must not be null");
	}

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

}
