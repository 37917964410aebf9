package io.github.llmkit.autoconfigure.memory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.init.DatabaseInitializationProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;

/**
 * Settings of the JDBC conversation store, bound from {@code llm.memory.jdbc.*}: where its schema script is
 * ({@code schema}, {@code platform}) and whether it runs at start-up ({@code initialize-schema}: never by
 * default, {@code embedded} or {@code always} to turn it on).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("llm.memory.jdbc")
public class LlmMemoryJdbcProperties extends DatabaseInitializationProperties {

	private static final String DEFAULT_SCHEMA_LOCATION = "classpath:io/github/llmkit/autoconfigure/memory/"
			+ "schema-@@platform@@.sql";

	/**
	 * Create the settings with schema initialisation off.
	 */
	public LlmMemoryJdbcProperties() {
		setInitializeSchema(DatabaseInitializationMode.NEVER);
	}

	@Override
	public String getDefaultSchemaLocation() {
		return DEFAULT_SCHEMA_LOCATION;
	}

}
