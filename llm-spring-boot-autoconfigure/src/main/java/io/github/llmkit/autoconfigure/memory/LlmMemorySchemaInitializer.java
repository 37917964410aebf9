package io.github.llmkit.autoconfigure.memory;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.PropertiesBasedDataSourceScriptDatabaseInitializer;

/**
 * Creates the table of the {@link JdbcConversationStore} at start-up from the script for the database's
 * platform, when {@code llm.memory.jdbc.initialize-schema} says so.
 *
 * @since 0.1.0
 */
public class LlmMemorySchemaInitializer extends PropertiesBasedDataSourceScriptDatabaseInitializer<LlmMemoryJdbcProperties> {

	/**
	 * Create an initializer.
	 * @param dataSource the database
	 * @param properties where the script is and when it runs
	 */
	public LlmMemorySchemaInitializer(DataSource dataSource, LlmMemoryJdbcProperties properties) {
		super(dataSource, properties);
	}

}
