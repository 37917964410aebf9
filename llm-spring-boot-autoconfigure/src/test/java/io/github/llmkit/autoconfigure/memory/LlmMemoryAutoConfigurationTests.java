package io.github.llmkit.autoconfigure.memory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.llmkit.autoconfigure.InvalidLlmPropertiesException;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.chat.Message;
import io.github.llmkit.memory.ChatMemory;
import io.github.llmkit.memory.ConversationStore;
import io.github.llmkit.memory.InMemoryConversationStore;
import io.github.llmkit.memory.MemoryWindow;
import io.github.llmkit.memory.StoredMessage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LlmMemoryAutoConfiguration}.
 */
class LlmMemoryAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(LlmAutoConfiguration.class, LlmMemoryAutoConfiguration.class));

	private final ApplicationContextRunner jdbcRunner = this.contextRunner
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true", "llm.memory.store=jdbc",
				"spring.datasource.type=org.springframework.jdbc.datasource.SimpleDriverDataSource");

	@Test
	void shouldCreateChatMemoryInMemoryWithWholeHistoryByDefault() {
		this.contextRunner.run((context) -> {
			ChatMemory memory = context.getBean(ChatMemory.class);
			assertThat(memory.store()).isInstanceOf(InMemoryConversationStore.class);
			assertThat(memory.window()).isEqualTo(MemoryWindow.all());
			assertThat(context).doesNotHaveBean(JdbcConversationStore.class);
		});
	}

	@Test
	void shouldBindWindowAndInMemoryBounds() {
		this.contextRunner
			.withPropertyValues("llm.memory.window-messages=20", "llm.memory.window-tokens=4000",
					"llm.memory.max-conversations=2", "llm.memory.max-messages=50", "llm.memory.time-to-live=30m")
			.run((context) -> {
				ChatMemory memory = context.getBean(ChatMemory.class);
				assertThat(memory.window()).isEqualTo(new MemoryWindow(20, 4000));
				LlmMemoryProperties properties = context.getBean(LlmMemoryProperties.class);
				assertThat(properties.getTimeToLive()).isEqualTo(Duration.ofMinutes(30));
				ConversationStore store = memory.store();
				for (String id : List.of("a", "b", "c")) {
					store.append(id, 0, List.of(StoredMessage.of(Message.user(id))));
				}
				assertThat(store.load("a")).as("evicted beyond max-conversations").isEmpty();
				assertThat(store.load("c")).hasSize(1);
			});
	}

	@Test
	void shouldUseJdbcStoreAndCreateItsTableWhenInitializationIsOn() {
		this.jdbcRunner.withPropertyValues("llm.memory.jdbc.initialize-schema=always").run((context) -> {
			ChatMemory memory = context.getBean(ChatMemory.class);
			assertThat(memory.store()).isInstanceOf(JdbcConversationStore.class);
			memory.store().append("c", 0, List.of(StoredMessage.of(Message.user("kept in H2"))));
			assertThat(memory.history("c")).extracting(Message::text).containsExactly("kept in H2");
		});
	}

	@Test
	void shouldNotCreateTheTableByDefault() {
		this.jdbcRunner.run((context) -> {
			assertThat(context.getBean(LlmMemoryJdbcProperties.class).getInitializeSchema().name()).isEqualTo("NEVER");
			ChatMemory memory = context.getBean(ChatMemory.class);
			assertThatExceptionOfType(BadSqlGrammarException.class).isThrownBy(() -> memory.history("c"));
		});
	}

	@Test
	void shouldFailNamingThePropertyWhenJdbcHasNoDataSource() {
		this.contextRunner.withPropertyValues("llm.memory.store=jdbc").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidLlmPropertiesException.class)
				.hasMessageContaining("llm.memory.store");
		});
	}

	@Test
	void shouldFailNamingThePropertyWhenJdbcClientIsMissing() {
		this.jdbcRunner.withClassLoader(new FilteredClassLoader(JdbcClient.class)).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("llm.memory.store");
		});
	}

	@Test
	void shouldFailNamingAWindowThatIsNotPositive() {
		this.contextRunner.withPropertyValues("llm.memory.window-tokens=0").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("llm.memory.window-tokens");
		});
		this.contextRunner.withPropertyValues("llm.memory.max-conversations=0").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("llm.memory.max-conversations");
		});
	}

	@Test
	void metadataDescribesEveryMemoryPropertyWithItsDefault() throws IOException {
		JsonNode metadata;
		try (InputStream input = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			metadata = JsonMapper.shared().readTree(input);
		}
		Map<String, JsonNode> memory = new TreeMap<>();
		for (JsonNode property : metadata.path("properties")) {
			if (property.path("name").asString().startsWith("llm.memory.")) {
				memory.put(property.path("name").asString(), property);
			}
		}
		assertThat(memory).containsOnlyKeys("llm.memory.store", "llm.memory.window-messages",
				"llm.memory.window-tokens", "llm.memory.summarize", "llm.memory.max-conversations",
				"llm.memory.max-messages", "llm.memory.time-to-live", "llm.memory.jdbc.initialize-schema",
				"llm.memory.jdbc.schema", "llm.memory.jdbc.platform", "llm.memory.jdbc.continue-on-error");
		assertThat(memory.values()).allSatisfy((property) -> assertThat(property.path("description").asString())
			.isNotEmpty()
			.doesNotStartWith("The"));
		assertThat(memory.get("llm.memory.store").path("defaultValue").asString()).isEqualTo("in-memory");
		assertThat(memory.get("llm.memory.max-conversations").path("defaultValue").asInt()).isEqualTo(10_000);
		assertThat(memory.get("llm.memory.jdbc.initialize-schema").path("defaultValue").asString()).isEqualTo("never");
	}

	@Test
	void shouldBackOffForAnApplicationStore() {
		InMemoryConversationStore own = new InMemoryConversationStore(5, null, 5);
		this.jdbcRunner.withBean(ConversationStore.class, () -> own).run((context) -> {
			assertThat(context.getBean(ChatMemory.class).store()).isSameAs(own);
			assertThat(context).doesNotHaveBean(JdbcConversationStore.class);
		});
	}

}
