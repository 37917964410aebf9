package io.github.llmkit.autoconfigure.memory;

import io.github.llmkit.memory.ConversationStore;
import io.github.llmkit.memory.ConversationStoreContractTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store contract on a real PostgreSQL server, with the schema of {@code schema-postgresql.sql}.
 */
class JdbcConversationStorePostgresTests extends ConversationStoreContractTests {

	private static JdbcConversationStore store;

	@BeforeAll
	static void createSchema() {
		new ResourceDatabasePopulator(new ClassPathResource("io/github/llmkit/autoconfigure/memory/schema-postgresql.sql"))
			.execute(EmbeddedPostgres.dataSource());
		store = new JdbcConversationStore(JdbcClient.create(EmbeddedPostgres.dataSource()));
	}

	@Override
	protected ConversationStore store() {
		return store;
	}

	@Test
	void serverIsARealPostgreSql() {
		String version = JdbcClient.create(EmbeddedPostgres.dataSource()).sql("SELECT version()").query(String.class).single();
		assertThat(version).startsWith("PostgreSQL");
	}

}
