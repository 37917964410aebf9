package io.github.llmkit.autoconfigure.memory;

import java.util.List;

import javax.sql.DataSource;

import io.github.llmkit.autoconfigure.InvalidLlmPropertiesException;
import io.github.llmkit.autoconfigure.InvalidLlmPropertiesException.Problem;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.memory.ChatMemory;
import io.github.llmkit.memory.ConversationStore;
import io.github.llmkit.memory.InMemoryConversationStore;
import io.github.llmkit.memory.MemoryWindow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.init.DatabaseInitializationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of conversation
 * memory: a {@link ChatMemory} bean over a {@link ConversationStore}, in memory by default, in the application's
 * {@code DataSource} with {@code llm.memory.store=jdbc}. A store bean of the application wins.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = LlmAutoConfiguration.class,
		afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(LlmMemoryProperties.class)
@Import({ LlmMemoryAutoConfiguration.JdbcStoreConfiguration.class,
		LlmMemoryAutoConfiguration.InMemoryStoreConfiguration.class })
public final class LlmMemoryAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ChatMemory chatMemory(LlmMemoryProperties properties, ObjectProvider<ConversationStore> stores) {
		ConversationStore store = stores.getIfAvailable();
		if (store == null) {
			throw new InvalidLlmPropertiesException(List.of(new Problem("llm.memory.store",
					"is 'jdbc' but the application has no JdbcClient class or no DataSource bean",
					"Add spring-boot-starter-jdbc and a database driver (a spring.datasource.url), "
							+ "or set llm.memory.store=in-memory")));
		}
		return ChatMemory.builder()
			.store(store)
			.window(window(properties))
			.summarize(properties.isSummarize())
			.build();
	}

	private static MemoryWindow window(LlmMemoryProperties properties) {
		try {
			return new MemoryWindow(properties.getWindowMessages(), properties.getWindowTokens());
		}
		catch (IllegalArgumentException ex) {
			String property = (ex.getMessage().contains("maxMessages")) ? "llm.memory.window-messages"
					: "llm.memory.window-tokens";
			throw new InvalidLlmPropertiesException(
					List.of(new Problem(property, "must be positive", "Set a positive number, or leave it unset")));
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ JdbcClient.class, DatabaseInitializationProperties.class })
	@ConditionalOnProperty(name = "llm.memory.store", havingValue = "jdbc")
	@ConditionalOnBean(DataSource.class)
	@EnableConfigurationProperties(LlmMemoryJdbcProperties.class)
	@Import(DatabaseInitializationDependencyConfigurer.class)
	static class JdbcStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean(ConversationStore.class)
		JdbcConversationStore jdbcConversationStore(DataSource dataSource, LlmMemoryProperties properties) {
			return new JdbcConversationStore(JdbcClient.create(dataSource), properties.getTimeToLive());
		}

		@Bean
		@ConditionalOnMissingBean
		LlmMemorySchemaInitializer llmMemorySchemaInitializer(DataSource dataSource,
				LlmMemoryJdbcProperties properties) {
			return new LlmMemorySchemaInitializer(dataSource, properties);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "llm.memory.store", havingValue = "in-memory", matchIfMissing = true)
	static class InMemoryStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean(ConversationStore.class)
		InMemoryConversationStore inMemoryConversationStore(LlmMemoryProperties properties) {
			try {
				return new InMemoryConversationStore(properties.getMaxConversations(), properties.getTimeToLive(),
						properties.getMaxMessages());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidLlmPropertiesException(List.of(new Problem(property(ex.getMessage()),
						"must be positive", "Set a positive value, or leave it unset for the default")));
			}
		}

		private static String property(String message) {
			if (message.contains("maxConversations")) {
				return "llm.memory.max-conversations";
			}
			return (message.contains("timeToLive")) ? "llm.memory.time-to-live" : "llm.memory.max-messages";
		}

	}

}
