package io.github.llmkit.chat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResponseFormatTests {

	private final JsonNode schema = JsonMapper.shared().readTree("{\"type\":\"object\"}");

	@Test
	void schemaFormatWithoutNameIsNamedResponse() {
		assertThat(ResponseFormat.jsonSchema(null, this.schema).name()).isEqualTo("response");
		assertThat(new ResponseFormat(ResponseFormat.Type.JSON_SCHEMA, null, this.schema, false).name())
			.isEqualTo("response");
	}

	@Test
	void schemaFormatRejectsNameProvidersRefuse() {
		assertThatIllegalArgumentException().isThrownBy(() -> ResponseFormat.jsonSchema("my schema", this.schema))
			.withMessage("Response format name 'my schema' is invalid: use 1 to 64 letters, digits, '_' or '-'");
	}

	@Test
	void schemaFormatRequiresASchemaObject() {
		assertThatIllegalArgumentException().isThrownBy(() -> ResponseFormat.jsonSchema("answer", null))
			.withMessage("A JSON_SCHEMA response format needs a JSON Schema object");
	}

	@Test
	void schemaIsRejectedForOtherFormats() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ResponseFormat(ResponseFormat.Type.JSON_OBJECT, null, this.schema, false))
			.withMessage("'schema' must be null for a JSON_OBJECT response format");
	}

}
