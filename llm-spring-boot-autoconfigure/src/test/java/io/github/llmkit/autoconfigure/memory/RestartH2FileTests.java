package io.github.llmkit.autoconfigure.memory;

import java.nio.file.Path;

import io.github.llmkit.LlmClient;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.chat.Message;
import io.github.llmkit.memory.ChatMemory;
import io.github.llmkit.test.MockLlmServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conversation kept by the JDBC store in an H2 file database, as the demo keeps its conversations, survives a
 * restart of the application.
 */
class RestartH2FileTests {

	@TempDir
	Path directory;

	@Test
	void conversationSurvivesARestart() {
		try (MockLlmServer server = MockLlmServer.start()) {
			ApplicationContextRunner application = new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, LlmAutoConfiguration.class,
						LlmMemoryAutoConfiguration.class))
				.withPropertyValues("spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("conversations"),
						"spring.datasource.type=org.springframework.jdbc.datasource.SimpleDriverDataSource",
						"llm.memory.store=jdbc", "llm.memory.jdbc.initialize-schema=always",
						"llm.providers.gemini.api-key=" + MockLlmServer.API_KEY,
						"llm.providers.gemini.base-url=" + server.baseUrl("gemini"));
			application.run((context) -> context.getBean(ChatMemory.class)
				.conversation("kept", context.getBean(LlmClient.class))
				.send("Remember this."));
			application.run((context) -> {
				ChatMemory memory = context.getBean(ChatMemory.class);
				assertThat(memory.history("kept")).extracting(Message::text)
					.containsExactly("Remember this.", "You said: Remember this.");
				memory.conversation("kept", context.getBean(LlmClient.class)).send("Still there?");
				assertThat(memory.history("kept")).hasSize(4);
			});
		}
	}

}
