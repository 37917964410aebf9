package io.github.llmkit.structured;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartialJsonTests {

	@Test
	void keepsOnlyMembersWhoseValueIsComplete() {
		assertThat(PartialJson.close("{\"a\":1,\"b\":\"hal")).isEqualTo("{\"a\":1}");
		assertThat(PartialJson.close("{\"a\":1,\"b\":\"hello\",")).isEqualTo("{\"a\":1,\"b\":\"hello\"}");
	}

	@Test
	void closesNestedObjectsAndArrays() {
		assertThat(PartialJson.close("{\"items\":[{\"x\":1},{\"x\":2},{\"x\""))
			.isEqualTo("{\"items\":[{\"x\":1},{\"x\":2},{}]}");
		assertThat(PartialJson.close("{\"o\":{\"p\":[1,2")).isEqualTo("{\"o\":{\"p\":[1]}}");
	}

	@Test
	void ignoresBracketsAndCommasInsideStrings() {
		assertThat(PartialJson.close("{\"a\":\"x,}]\\\"y\",\"b")).isEqualTo("{\"a\":\"x,}]\\\"y\"}");
	}

	@Test
	void skipsTextBeforeTheJsonAndReturnsACompleteDocumentAsIs() {
		assertThat(PartialJson.close("```json\n{\"a\":[1]}")).isEqualTo("{\"a\":[1]}");
		assertThat(PartialJson.close("no json yet")).isNull();
	}

	@Test
	void anOpenObjectWithoutMembersIsEmpty() {
		assertThat(PartialJson.close("{\"a\":")).isEqualTo("{}");
	}

}
