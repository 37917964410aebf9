package io.github.llmkit.tool;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import tools.jackson.databind.JsonNode;

/**
 * Checks tool arguments against the tool's parameters schema (JSON Schema 2020-12, compiled once) with the
 * networknt validator. Thread-safe.
 */
final class ArgumentValidator {

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
			SpecificationVersion.DRAFT_2020_12, (builder) -> builder.schemaCacheEnabled(false).schemaRegistryConfig(
					SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).locale(Locale.ENGLISH).build()));

	private final Schema schema;

	private ArgumentValidator(Schema schema) {
		this.schema = schema;
	}

	/**
	 * Compile a validator for a parameters schema.
	 * @param toolName the tool, named in the error if the schema is invalid
	 * @param parameters the schema
	 * @return the validator
	 * @throws ToolException if the schema cannot be compiled
	 */
	static ArgumentValidator of(String toolName, JsonNode parameters) {
		try {
			Schema schema = REGISTRY.getSchema(parameters);
			schema.initializeValidators();
			return new ArgumentValidator(schema);
		}
		catch (RuntimeException ex) {
			throw new ToolException("Parameters schema of tool '" + toolName + "' is invalid: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Return what is wrong with the arguments, one violation per field joined by {@code "; "}, or null when they
	 * match the schema.
	 * @param arguments the parsed arguments
	 * @return the violations, or null
	 */
	String violations(JsonNode arguments) {
		List<Error> errors = this.schema.validate(arguments);
		if (errors.isEmpty()) {
			return null;
		}
		return errors.stream().map(ArgumentValidator::describe).collect(Collectors.joining("; "));
	}

	private static String describe(Error error) {
		String location = error.getInstanceLocation().toString();
		if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
			return location + "." + error.getProperty() + ": required property missing";
		}
		return location + ": " + error.getMessage();
	}

}
