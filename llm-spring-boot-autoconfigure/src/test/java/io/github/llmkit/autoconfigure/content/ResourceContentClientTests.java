package io.github.llmkit.autoconfigure.content;

import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmInvalidRequestException;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.test.MockLlmServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Images from Spring resources through the starter's client beans, blocking and streamed, and the refusal of a
 * model that reads none.
 */
class ResourceContentClientTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LlmAutoConfiguration.class));

	@Test
	void clientBeanSendsAResourceImageBlockingAndStreamed() {
		ByteArrayResource png = new ByteArrayResource(new byte[] { (byte) 0x89, 'P', 'N', 'G' }) {
			@Override
			public String getFilename() {
				return "chart.png";
			}
		};
		try (MockLlmServer server = MockLlmServer.start()) {
			this.contextRunner
				.withPropertyValues("llm.providers.claude.api-key=" + MockLlmServer.API_KEY,
						"llm.providers.claude.base-url=" + server.baseUrl("claude"), "llm.providers.groq.api-key=k",
						"llm.providers.groq.base-url=" + server.baseUrl("groq"))
				.run((context) -> {
					LlmClient claude = context.getBean("claude", LlmClient.class);
					Message message = Message.user("What does it show?", ResourceContent.image(png));
					assertThat(claude.chat(List.of(message)).text())
						.isEqualTo("You said: What does it show? Received 1 attachment: image (image/png, 4 bytes).");
					StringBuilder streamed = new StringBuilder();
					claude.streamChat(List.of(message), StreamListeners.text(streamed::append));
					assertThat(streamed).contains("image (image/png, 4 bytes)");
					assertThat(server.takeRequest().json().at("/messages/0/content/1/source/data").asString())
						.isEqualTo("iVBORw==");
					LlmClient groq = context.getBean("groq", LlmClient.class);
					assertThatExceptionOfType(LlmInvalidRequestException.class)
						.isThrownBy(() -> groq.chat(List.of(message)))
						.withMessageContaining("model 'llama-3.3-70b-versatile' of groq reads no images");
				});
		}
	}

}
