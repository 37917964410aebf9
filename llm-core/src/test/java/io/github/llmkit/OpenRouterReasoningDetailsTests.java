package io.github.llmkit;

import java.util.List;

import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.RecordingListener;
import io.github.llmkit.chat.Role;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.MockToolCall;
import io.github.llmkit.tool.Tool;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenRouter's {@code reasoning_details}: kept from blocking and streamed answers, sent back unchanged on the
 * next turn, and never sent to another provider.
 */
class OpenRouterReasoningDetailsTests extends SimulatorTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String REASONING = "The user wants the weather, so call the tool.";

	/** The items the simulator's OpenRouter personality sends for {@link #REASONING}. */
	private static final String DETAILS = "[{\"type\":\"reasoning.text\",\"text\":\"" + REASONING + "\","
			+ "\"format\":\"unknown\",\"index\":0,\"signature\":\"sig-mock-reasoning\"},"
			+ "{\"type\":\"reasoning.encrypted\",\"data\":\"gAAAAmock-encrypted\",\"id\":\"rs_mock\","
			+ "\"format\":\"openai-responses-v1\",\"index\":1}]";

	@Test
	void blockingAnswerKeepsEachDetailItem() {
		server.enqueue(MockReply.text("Sunny.").withReasoning(REASONING));
		try (LlmClient client = client(ProviderType.OPENROUTER)) {
			ChatResponse response = client.chat(List.of(Message.user("Weather?")));
			assertThat(response.reasoning()).isEqualTo(REASONING);
			assertDetails(response.reasoningBlocks());
		}
	}

	@Test
	void streamedAnswerJoinsDetailPiecesByIndex() {
		server.enqueue(MockReply.text("Sunny.").withReasoning(REASONING));
		try (LlmClient client = client(ProviderType.OPENROUTER)) {
			ChatResponse response = client.streamChat(List.of(Message.user("Weather?")), new RecordingListener());
			assertThat(response.reasoning()).isEqualTo(REASONING);
			assertDetails(response.reasoningBlocks());
		}
	}

	@Test
	void toolLoopSendsDetailsBackUnchangedOnTheToolCallTurn() {
		server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"))
			.withReasoning(REASONING));
		server.enqueue(MockReply.text("Sunny."));
		try (LlmClient client = client(ProviderType.OPENROUTER)) {
			assertThat(registry().run(client, List.of(Message.user("Weather?"))).text()).isEqualTo("Sunny.");
		}
		server.takeRequest();
		JsonNode assistant = server.takeRequest().json().get("messages").get(1);
		assertThat(assistant.has("tool_calls")).isTrue();
		assertThat(assistant.get("reasoning_details")).isEqualTo(JSON.readTree(DETAILS));
	}

	@Test
	void streamedToolLoopSendsJoinedDetailsBack() {
		server.enqueue(MockReply.toolCalls(MockToolCall.of("get_weather", "{\"city\":\"Paris\"}"))
			.withReasoning(REASONING));
		server.enqueue(MockReply.text("Sunny."));
		try (LlmClient client = client(ProviderType.OPENROUTER)) {
			assertThat(registry().runStreaming(client, List.of(Message.user("Weather?")), new RecordingListener())
				.text()).isEqualTo("Sunny.");
		}
		server.takeRequest();
		JsonNode assistant = server.takeRequest().json().get("messages").get(1);
		assertThat(assistant.get("reasoning_details")).isEqualTo(JSON.readTree(DETAILS));
	}

	@Test
	void manualHistoryCarriesDetailsToOpenRouter() {
		try (LlmClient client = client(ProviderType.OPENROUTER)) {
			client.chatWithTools(history(), TOOLS);
		}
		JsonNode assistant = server.takeRequest().json().get("messages").get(1);
		assertThat(assistant.get("reasoning_details"))
			.isEqualTo(JSON.readTree("[{\"type\":\"reasoning.encrypted\",\"data\":\"opaque\",\"index\":0}]"));
	}

	@ParameterizedTest
	@EnumSource(names = { "OPENAI", "GROK", "GROQ", "OLLAMA", "DEEPSEEK", "MISTRAL" })
	void otherProvidersNeverSendReasoningDetails(ProviderType type) {
		try (LlmClient client = client(type)) {
			client.chatWithTools(history(), TOOLS);
		}
		assertThat(server.takeRequest().json().get("messages").get(1).has("reasoning_details")).isFalse();
	}

	private static List<Message> history() {
		ToolCall call = ToolCall.of("abcdefghi", "get_weather", "{\"city\":\"Paris\"}");
		Message assistant = new Message(Role.ASSISTANT, (String) null, List.of(call), null, null, false,
				List.of(new ReasoningBlock(null, null, null,
						"{\"type\":\"reasoning.encrypted\",\"data\":\"opaque\",\"index\":0}")));
		return List.of(Message.user("Weather?"), assistant,
				Message.toolResult("abcdefghi", "get_weather", "sunny"));
	}

	private static ToolRegistry registry() {
		return new ToolRegistry().register(Tool.of("get_weather", "Current weather of a city",
				"{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}",
				(arguments) -> "{\"sky\":\"clear\"}"));
	}

	private static void assertDetails(List<ReasoningBlock> blocks) {
		JsonNode expected = JSON.readTree(DETAILS);
		assertThat(blocks).hasSize(2);
		assertThat(blocks.get(0).text()).isEqualTo(REASONING);
		assertThat(blocks.get(0).signature()).isNull();
		assertThat(JSON.readTree(blocks.get(0).details())).isEqualTo(expected.get(0));
		assertThat(blocks.get(1).text()).isNull();
		assertThat(JSON.readTree(blocks.get(1).details())).isEqualTo(expected.get(1));
	}

}
