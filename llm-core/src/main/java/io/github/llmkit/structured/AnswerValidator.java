package io.github.llmkit.structured;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import tools.jackson.databind.JsonNode;

/**
 * Checks an answer against its type's schema (JSON Schema 2020-12, compiled once) with the networknt validator.
 * Thread-safe.
 */
final class AnswerValidator {

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
			SpecificationVersion.DRAFT_2020_12, (builder) -> builder.schemaCacheEnabled(false).schemaRegistryConfig(
					SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).locale(Locale.ENGLISH).build()));

	private final Schema schema;

	private AnswerValidator(Schema schema) {
		this.schema = schema;
	}

	static AnswerValidator of(String typeName, JsonNode schema) {
		try {
			Schema compiled = REGISTRY.getSchema(schema);
			compiled.initializeValidators();
			return new AnswerValidator(compiled);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(
					"The JSON Schema generated for " + typeName + " is invalid: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Return what is wrong with an answer, one violation per entry with its JSON path; empty when it matches.
	 */
	List<String> violations(JsonNode answer) {
		List<Error> errors = this.schema.validate(answer);
		List<String> described = new ArrayList<>(errors.size());
		for (Error error : errors) {
			String location = error.getInstanceLocation().toString();
			described.add(("required".equals(error.getKeyword()) && error.getProperty() != null)
					? location + "." + error.getProperty() + ": required property missing"
					: location + ": " + error.getMessage());
		}
		return described;
	}

}
