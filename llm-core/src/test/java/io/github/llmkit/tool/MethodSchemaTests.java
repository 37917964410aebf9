package io.github.llmkit.tool;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MethodSchemaTests {

	private static final JsonMapper MAPPER = JsonMapper.shared();

	@Test
	void primitivesAndBoxesBecomeIntegerNumberAndBooleanProperties() {
		assertSchema("primitives", """
				{"type":"object","properties":{"count":{"type":"integer"},"big":{"type":"integer"},
				"ratio":{"type":"number"},"weight":{"type":"number"},"flag":{"type":"boolean"},
				"boxed":{"type":"integer"},"boxedFlag":{"type":"boolean"}},
				"required":["count","big","ratio","weight","flag","boxed","boxedFlag"]}""");
	}

	@Test
	void stringParameterWithDescriptionIsRequired() {
		assertSchema("weather", """
				{"type":"object","properties":{"city":{"type":"string","description":"The city"}},
				"required":["city"]}""");
	}

	@Test
	void enumBecomesStringWithItsConstants() {
		assertSchema("convert", """
				{"type":"object","properties":{"value":{"type":"number"},
				"unit":{"type":"string","enum":["CELSIUS","FAHRENHEIT"]}},"required":["value","unit"]}""");
	}

	@Test
	void optionalAndNotRequiredParametersAreNotRequired() {
		assertSchema("search", """
				{"type":"object","properties":{"query":{"type":"string"},"limit":{"type":["integer","null"]},
				"language":{"type":["string","null"],"description":"ISO code"},
				"unit":{"type":["string","null"],"enum":["CELSIUS","FAHRENHEIT",null]}},"required":["query"]}""");
	}

	@Test
	void recordBecomesNestedObjectWithItsComponents() {
		assertSchema("ship", """
				{"type":"object","properties":{"address":{"type":"object","properties":{
				"city":{"type":"string","description":"City name"},"street":{"type":"string"},
				"zip":{"type":["string","null"]}},"required":["city","street"]}},"required":["address"]}""");
	}

	@Test
	void pojoBecomesObjectWithItsFields() {
		assertSchema("book", """
				{"type":"object","properties":{"booking":{"type":"object","properties":{
				"guests":{"type":"integer"},"name":{"type":"string"},"notes":{"type":"string"}},
				"required":["name","guests"]}},"required":["booking"]}""");
	}

	@Test
	void listsSetsAndArraysBecomeArrays() {
		assertSchema("collections", """
				{"type":"object","properties":{"names":{"type":"array","items":{"type":"string"}},
				"tags":{"type":"array","items":{"type":"string"}},"values":{"type":"array","items":{"type":"number"}},
				"addresses":{"type":"array","items":{"type":"object","properties":{
				"city":{"type":"string","description":"City name"},"street":{"type":"string"},
				"zip":{"type":["string","null"]}},"required":["city","street"]}}},
				"required":["names","tags","values","addresses"]}""");
	}

	@Test
	void mapBecomesObjectWithAdditionalProperties() {
		assertSchema("scores", """
				{"type":"object","properties":{"scores":{"type":"object","additionalProperties":{"type":"integer"}}},
				"required":["scores"]}""");
	}

	@Test
	void recursiveTypeUsesDefinitions() {
		JsonNode schema = schemaOf("tree");
		assertThat(schema.get("properties").get("root").get("$ref").asString()).isEqualTo("#/$defs/Node");
		assertThat(schema.get("$defs").get("Node")).isEqualTo(json("""
				{"type":"object","properties":{"children":{"type":"array","items":{"$ref":"#/$defs/Node"}},
				"label":{"type":"string"}},"required":["label","children"]}"""));
	}

	@Test
	void methodWithoutParametersHasEmptyObjectSchema() {
		assertSchema("now", """
				{"type":"object","properties":{}}""");
	}

	private static void assertSchema(String method, String expected) {
		assertThat(schemaOf(method)).isEqualTo(json(expected));
	}

	private static JsonNode schemaOf(String name) {
		Method method = Arrays.stream(Samples.class.getDeclaredMethods())
			.filter((candidate) -> candidate.getName().equals(name))
			.findFirst()
			.orElseThrow();
		return MethodSchema.of(method, MAPPER);
	}

	private static JsonNode json(String text) {
		return MAPPER.readTree(text);
	}

	enum Unit {

		CELSIUS, FAHRENHEIT

	}

	record Address(@ToolParam(description = "City name") String city, String street, Optional<String> zip) {
	}

	record Node(String label, List<Node> children) {
	}

	static class Booking {

		public String name;

		public int guests;

		@ToolParam(required = false)
		public String notes;

	}

	static class Samples {

		void primitives(int count, long big, double ratio, float weight, boolean flag, Integer boxed,
				Boolean boxedFlag) {
		}

		void weather(@ToolParam(description = "The city") String city) {
		}

		void convert(double value, Unit unit) {
		}

		void search(String query, Optional<Integer> limit,
				@ToolParam(description = "ISO code", required = false) String language, Optional<Unit> unit) {
		}

		void ship(Address address) {
		}

		void book(Booking booking) {
		}

		void collections(List<String> names, Set<String> tags, double[] values, List<Address> addresses) {
		}

		void scores(Map<String, Integer> scores) {
		}

		void tree(Node root) {
		}

		void now() {
		}

	}

}
