package io.github.llmkit;

import java.util.List;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.structured.AnswerType;
import io.github.llmkit.tool.ToolRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TypedToolLoopTests extends SimulatorTestSupport {

	private final ToolRegistry registry = new ToolRegistry().registerStandardTools();

	@ParameterizedTest
	@EnumSource(ProviderType.class)
	void aToolLoopEndsInATypedAnswer(ProviderType type) {
		try (LlmClient client = client(type)) {
			Report report = this.registry.run(client, List.of(Message.user("What is the weather in Paris?")),
					Report.class);
			assertThat(report.city()).isNotBlank();
			assertThat(report.summary()).isNotBlank();
		}
		JsonNode first = server.takeRequest().json();
		JsonNode second = server.takeRequest().json();
		assertThat(first.toString()).contains("get_weather");
		assertThat(second.toString()).contains("get_weather");
		assertThat(server.requestCount()).isEqualTo(2);
	}

	@Test
	void olderClaudeModelsGetTheAnswerToolBesideTheOtherToolsAndMustCallOne() {
		try (LlmClient client = LlmClients.create(ProviderType.CLAUDE,
				config(ProviderType.CLAUDE).model("claude-3-7-sonnet-20250219").build())) {
			Report report = this.registry.run(client, List.of(Message.user("What is the weather in Paris?")),
					this.registry.definitions(), AnswerType.of(Report.class), ChatOptions.none());
			assertThat(report.city()).isNotBlank();
		}
		JsonNode first = server.takeRequest().json();
		assertThat(first.at("/tool_choice/type").asString()).isEqualTo("any");
		assertThat(first.path("tools").get(first.path("tools").size() - 1).path("name").asString())
			.isEqualTo("Report");
	}

	record Report(String city, String summary) {
	}

}
