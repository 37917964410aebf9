package io.github.llmkit.provider.gemini;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class GeminiSchemaSanitizerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void sanitizeKeepsASupportedSchemaAsTheSameInstance() {
		JsonNode schema = JSON.readTree("""
				{"type":"object","properties":{"tags":{"type":"array","items":{"type":"string","enum":["a","b"]}}},
				 "required":["tags"],"additionalProperties":false}""");
		assertThat(GeminiSchemaSanitizer.sanitize(schema)).isSameAs(schema);
	}

	@Test
	void sanitizeDropsUnknownKeywordsRecursivelyAndKeepsPropertyNames() {
		JsonNode schema = JSON.readTree("""
				{"$schema":"x","type":"object","examples":[{}],
				 "properties":{
				   "pattern":{"type":"string","pattern":"^a","default":"a"},
				   "n":{"type":"integer","exclusiveMinimum":0,"minimum":1},
				   "mode":{"const":"fast"},
				   "list":{"type":"array","items":{"type":"object","propertyNames":{"pattern":"x"},"properties":{}}},
				   "either":{"anyOf":[{"type":"string","format":"date","not":{}},{"type":"null"}]},
				   "all":{"allOf":[{"type":"string"}]}},
				 "$defs":{"d":{"type":"string","patternProperties":{}}}}""");
		JsonNode expected = JSON.readTree("""
				{"type":"object",
				 "properties":{
				   "pattern":{"type":"string"},
				   "n":{"type":"integer","minimum":1},
				   "mode":{"enum":["fast"]},
				   "list":{"type":"array","items":{"type":"object","properties":{}}},
				   "either":{"anyOf":[{"type":"string","format":"date"},{"type":"null"}]},
				   "all":{}},
				 "$defs":{"d":{"type":"string"}}}""");
		assertThat(GeminiSchemaSanitizer.sanitize(schema)).isEqualTo(expected);
		assertThat(schema.has("$schema")).isTrue();
	}

}
