package io.github.llmkit.autoconfigure.memory;

import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.chat.Message;
import io.github.llmkit.memory.ChatMemory;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application contexts, as two instances of one application, share one real PostgreSQL server and
 * continue one conversation turn by turn.
 */
class TwoInstancesPostgresTests {

	@Test
	void twoInstancesContinueOneConversation() {
		try (MockLlmServer server = MockLlmServer.start()) {
			ApplicationContextRunner instance = new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, LlmAutoConfiguration.class,
						LlmMemoryAutoConfiguration.class))
				.withPropertyValues("spring.datasource.url=" + EmbeddedPostgres.jdbcUrl(),
						"spring.datasource.type=org.springframework.jdbc.datasource.SimpleDriverDataSource",
						"llm.memory.store=jdbc", "llm.memory.jdbc.initialize-schema=always",
						"llm.providers.claude.api-key=" + MockLlmServer.API_KEY,
						"llm.providers.claude.base-url=" + server.baseUrl("claude"));
			String id = "shared-" + System.nanoTime();
			instance.run((first) -> instance.run((second) -> {
				assertThat(send(first, id, "My name is Ada.")).isEqualTo("You said: My name is Ada.");
				server.takeRequest();
				assertThat(send(second, id, "What is my name?")).isEqualTo("You said: What is my name?");
				assertThat(texts(server.takeRequest())).containsExactly("My name is Ada.", "You said: My name is Ada.",
						"What is my name?");
				send(first, id, "Thanks");
				assertThat(texts(server.takeRequest())).hasSize(5).endsWith("Thanks");
				assertThat(first.getBean(ChatMemory.class).history(id))
					.isEqualTo(second.getBean(ChatMemory.class).history(id))
					.hasSize(6)
					.last()
					.extracting(Message::text)
					.isEqualTo("You said: Thanks");
			}));
		}
	}

	private static String send(ApplicationContext context, String id, String text) {
		return context.getBean(ChatMemory.class).conversation(id, context.getBean(LlmClient.class)).send(text).text();
	}

	private static List<String> texts(RecordedRequest request) {
		return request.json()
			.path("messages")
			.valueStream()
			.map((message) -> message.path("content").get(0).path("text").asString())
			.toList();
	}

}
