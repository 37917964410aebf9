package io.github.llmkit.autoconfigure;

import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.autoconfigure.tool.LlmToolsAutoConfiguration;
import io.github.llmkit.chat.Message;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.tool.ToolRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed answers through the clients and the tool registry the auto-configurations create: no extra
 * configuration, blocking and streamed.
 */
class TypedAnswerAutoConfigurationTests {

	private final MockLlmServer server = MockLlmServer.start();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LlmAutoConfiguration.class, LlmToolsAutoConfiguration.class));

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void injectedClientsAnswerWithTypesBlockingStreamedAndAfterTools() {
		this.contextRunner
			.withPropertyValues("llm.providers.claude.api-key=" + MockLlmServer.API_KEY,
					"llm.providers.claude.base-url=" + this.server.baseUrl("claude"))
			.run((context) -> {
				LlmClient client = context.getBean(LlmClient.class);
				List<Message> messages = List.of(Message.user("city: Oslo, days: 3"));
				assertThat(client.chat(messages, Trip.class)).isEqualTo(new Trip("Oslo", 3));
				assertThat(client.streamChat(messages, Trip.class, (delta) -> {
				})).isEqualTo(new Trip("Oslo", 3));
				ToolRegistry tools = context.getBean(ToolRegistry.class).registerStandardTools();
				Trip trip = tools.run(client, List.of(Message.user("Weather in Oslo? days: 3")), Trip.class);
				assertThat(trip.days()).isEqualTo(3);
			});
	}

	record Trip(String city, int days) {
	}

}
