package io.github.llmkit.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.github.llmkit.structured.AnswerType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StrictSchemaTests {

	@Test
	void everyObjectIsClosedWithEveryPropertyRequiredAndOptionalsNullable() {
		JsonNode strict = StrictSchema.openAi(schema(Person.class));
		assertThat(strict).isEqualTo(json("""
				{"type":"object","properties":{"name":{"type":"string"},"nickname":{"type":["string","null"]},
				"age":{"type":"integer"}},"required":["name","nickname","age"],"additionalProperties":false}"""));
	}

	@Test
	void nestedRecordsListsEnumsAndDatesAreRewrittenAllTheWayDown() {
		JsonNode strict = StrictSchema.openAi(schema(Order.class));
		assertThat(strict.at("/properties/customer/additionalProperties").asBoolean(true)).isFalse();
		assertThat(strict.at("/properties/customer/required")).hasSize(3);
		assertThat(strict.at("/properties/lines/items/additionalProperties").asBoolean(true)).isFalse();
		assertThat(strict.at("/properties/status/enum")).hasSize(2);
		assertThat(strict.at("/properties/placed/format").asString()).isEqualTo("date");
		assertThat(strict.at("/properties/id/format").asString()).isEqualTo("uuid");
		assertThat(strict.at("/properties/tags/type").asString()).isEqualTo("array");
		assertThat(strict.at("/properties/note/type")).isEqualTo(json("[\"string\",\"null\"]"));
	}

	@Test
	void unsupportedKeywordsMoveIntoTheDescription() {
		JsonNode strict = StrictSchema.openAi(json("""
				{"type":"object","properties":{"code":{"type":"string","description":"The code","minLength":3,
				"maxLength":8,"format":"uri"},"count":{"type":"integer","minimum":1}},"required":["code","count"]}"""));
		assertThat(strict.at("/properties/code")).isEqualTo(json("""
				{"type":"string","description":"The code (minLength: 3, maxLength: 8, format: uri)"}"""));
		assertThat(strict.at("/properties/count/minimum").asInt()).isEqualTo(1);
	}

	@Test
	void oneOfBecomesAnyOfConstBecomesEnumAndASingleAllOfIsMerged() {
		JsonNode strict = StrictSchema.openAi(json("""
				{"type":"object","properties":{"shape":{"oneOf":[{"type":"string"},{"type":"integer"}]},
				"kind":{"const":"circle"},"size":{"allOf":[{"type":"number"}],"description":"Size"}},
				"required":["shape","kind","size"]}"""));
		assertThat(strict.at("/properties/shape/anyOf")).hasSize(2);
		assertThat(strict.at("/properties/kind")).isEqualTo(json("{\"enum\":[\"circle\"]}"));
		assertThat(strict.at("/properties/size")).isEqualTo(json("{\"type\":\"number\",\"description\":\"Size\"}"));
	}

	@Test
	void anOptionalPropertyWithoutATypeBecomesAnAnyOfWithNull() {
		JsonNode strict = StrictSchema.openAi(json("""
				{"type":"object","properties":{"ref":{"$ref":"#/$defs/Item"}},
				"$defs":{"Item":{"type":"object","properties":{"x":{"type":"integer"}},"required":["x"]}}}"""));
		assertThat(strict.at("/properties/ref")).isEqualTo(json("{\"anyOf\":[{\"$ref\":\"#/$defs/Item\"},{\"type\":\"null\"}]}"));
		assertThat(strict.at("/$defs/Item/additionalProperties").asBoolean(true)).isFalse();
	}

	@Test
	void recursiveTypesKeepTheirDefinitions() {
		JsonNode strict = StrictSchema.openAi(schema(Tree.class));
		assertThat(strict).isNotNull();
		assertThat(strict.at("/$defs").isObject() || strict.at("/properties/children/items/$ref").isString()).isTrue();
	}

	@Test
	void mapsAndOpenObjectsCannotBeStrict() {
		assertThat(StrictSchema.openAi(schema(Scores.class))).isNull();
		assertThat(StrictSchema.openAi(json("{\"type\":\"object\",\"properties\":{\"any\":{\"type\":\"object\"}}}")))
			.isNull();
		assertThat(StrictSchema.openAi(json("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}"))).isNull();
		assertThat(StrictSchema.anthropic(schema(Scores.class))).isNull();
	}

	@Test
	void nestingDeeperThanTenLevelsCannotBeStrict() {
		String deep = "{\"type\":\"object\",\"properties\":{\"v\":{\"type\":\"string\"}}}";
		for (int i = 0; i < 11; i++) {
			deep = "{\"type\":\"object\",\"properties\":{\"n\":" + deep + "}}";
		}
		assertThat(StrictSchema.openAi(json(deep))).isNull();
		assertThat(StrictSchema.anthropic(json(deep))).isNotNull();
	}

	@Test
	void claudeKeepsRequiredAsGivenAndLimitsMinItems() {
		JsonNode claude = StrictSchema.anthropic(json("""
				{"type":"object","properties":{"a":{"type":"array","items":{"type":"string"},"minItems":2},
				"b":{"type":"string","minItems":1}},"required":["a"]}"""));
		assertThat(claude.at("/required")).isEqualTo(json("[\"a\"]"));
		assertThat(claude.at("/properties/b/type").asString()).isEqualTo("string");
		assertThat(claude.at("/properties/a/description").asString()).isEqualTo("(minItems: 2)");
		assertThat(claude.at("/properties/b/minItems").asInt()).isEqualTo(1);
		assertThat(claude.at("/additionalProperties").asBoolean(true)).isFalse();
	}

	@Test
	void theRewriteIsComputedOncePerSchemaInstance() {
		JsonNode schema = schema(Person.class);
		assertThat(StrictSchema.openAi(schema)).isSameAs(StrictSchema.openAi(schema));
	}

	private static JsonNode schema(Class<?> type) {
		return AnswerType.of(type).schema();
	}

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

	record Person(String name, Optional<String> nickname, int age) {
	}

	record Customer(String name, String email, Optional<String> phone) {
	}

	record Line(String sku, int quantity, double price) {
	}

	enum Status {

		OPEN, SHIPPED

	}

	record Order(UUID id, Customer customer, List<Line> lines, Status status, LocalDate placed, Set<String> tags,
			Optional<String> note) {
	}

	record Tree(String label, List<Tree> children) {
	}

	record Scores(Map<String, Integer> scores) {
	}

}
