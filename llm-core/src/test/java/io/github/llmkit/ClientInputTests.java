package io.github.llmkit;

import java.util.List;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.chat.ToolChoice;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.tool.ToolDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Input rules of {@link LlmClients} and {@link LlmClient}: bad input fails before any request, naming the
 * argument; custom headers win over computed ones.
 */
class ClientInputTests extends SimulatorTestSupport {

	@Test
	void createWithNullArgumentsFailsNamingThem() {
		ClientConfig config = ClientConfig.builder().build();
		assertThatIllegalArgumentException().isThrownBy(() -> LlmClients.create((ProviderType) null, config))
			.withMessage("'type' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> LlmClients.create(ProviderType.OLLAMA, null))
			.withMessage("'config' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> LlmClients.create((String) null, config))
			.withMessage("'typeId' must not be null; known ids are " + ProviderType.ids());
	}

	@Test
	void completeWithNullPromptFailsWithoutSending() {
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmInvalidRequestException.class).isThrownBy(() -> client.complete(null))
				.withMessage("openai: 'prompt' must not be null");
		}
		assertThat(server.requestCount()).isZero();
	}

	@Test
	void chatWithToolsOfferingOneNameTwiceFailsWithoutSending() {
		List<ToolDefinition> tools = List.of(TOOLS.get(0), TOOLS.get(1), ToolDefinition.of("get_weather", "Again", null));
		try (LlmClient client = client(ProviderType.CLAUDE)) {
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.chatWithTools(List.of(Message.user("hi")), tools))
				.withMessage("claude: 'tools' offers tool 'get_weather' twice, at 0 and 2");
		}
		assertThat(server.requestCount()).isZero();
	}

	@Test
	void forcedToolChoiceWithoutToolsFailsInsteadOfBeingDropped() {
		ChatOptions options = ChatOptions.builder().toolChoice(ToolChoice.required()).build();
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.chat(List.of(Message.user("hi")), options))
				.withMessage("openai: 'toolChoice' REQUIRED needs tools; offer them with chatWithTools");
		}
		assertThat(server.requestCount()).isZero();
	}

	@Test
	void toolChoiceNamingAToolNotOfferedFailsListingTheOfferedOnes() {
		ChatOptions options = ChatOptions.builder().toolChoice(ToolChoice.tool("get_wether")).build();
		try (LlmClient client = client(ProviderType.GEMINI)) {
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.streamChatWithTools(List.of(Message.user("hi")), TOOLS,
						StreamListeners.none(), options))
				.withMessage("gemini: 'toolChoice' names tool 'get_wether', which is not offered; offered tools: "
						+ "get_weather, calculator");
		}
		assertThat(server.requestCount()).isZero();
	}

	@Test
	void autoOrNoneToolChoiceWithoutToolsIsAccepted() {
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThat(client.chat(List.of(Message.user("hi")), ChatOptions.builder().toolChoice(ToolChoice.none())
				.build()).text()).isEqualTo("You said: hi");
		}
	}

	@Test
	void customAuthenticationHeaderReplacesTheComputedOne() {
		ClientConfig openAi = config(ProviderType.OPENAI).apiKey("sk-unused")
			.header("Authorization", "Bearer " + MockLlmServer.API_KEY)
			.build();
		ClientConfig claude = config(ProviderType.CLAUDE).apiKey("sk-unused")
			.header("x-api-key", MockLlmServer.API_KEY)
			.build();
		try (LlmClient first = LlmClients.create(ProviderType.OPENAI, openAi);
				LlmClient second = LlmClients.create(ProviderType.CLAUDE, claude)) {
			assertThat(first.complete("hi").text()).isEqualTo("You said: hi");
			assertThat(second.complete("hi").text()).isEqualTo("You said: hi");
		}
		assertThat(server.takeRequest().header("authorization")).isEqualTo("Bearer " + MockLlmServer.API_KEY);
		assertThat(server.takeRequest().header("x-api-key")).isEqualTo(MockLlmServer.API_KEY);
	}

	@Test
	void customHeaderReplacesTheComputedOneWhateverItsCase() {
		ClientConfig config = config(ProviderType.GEMINI).apiKey("sk-unused")
			.header("X-GOOG-API-KEY", MockLlmServer.API_KEY)
			.build();
		try (LlmClient client = LlmClients.create(ProviderType.GEMINI, config)) {
			for (int i = 0; i < 3; i++) {
				assertThat(client.complete("hi").text()).isEqualTo("You said: hi");
			}
		}
		assertThat(server.takeRequest().header("x-goog-api-key")).isEqualTo(MockLlmServer.API_KEY);
	}

	@Test
	void embedWithEmptyInputFailsNamingItsIndexWithoutSending() {
		try (LlmClient client = client(ProviderType.MISTRAL)) {
			assertThatExceptionOfType(LlmInvalidRequestException.class)
				.isThrownBy(() -> client.embed(List.of("first", "")))
				.withMessage("mistral: 'inputs[1]' must not be empty");
		}
		assertThat(server.requestCount()).isZero();
	}

	@Test
	void callAfterCloseFailsNamingTheClient() {
		LlmClient client = client(ProviderType.GROQ);
		client.close();
		assertThatExceptionOfType(LlmException.class).isThrownBy(() -> client.complete("hi"))
			.withMessageContaining("groq");
	}

}
