package io.github.llmkit.provider.openai;

import java.util.List;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.Role;
import io.github.llmkit.provider.ChatRequest;
import io.github.llmkit.provider.ProviderQuirks;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies built from quirk flags alone, whatever provider declares them.
 */
class OpenAiRequestMapperTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ToolCall CALL = ToolCall.of("abc123XYZ", "get_weather", "{\"city\":\"Paris\"}");

	private static final List<Message> TOOL_THEN_USER = List.of(Message.user("Weather?"),
			new Message(Role.ASSISTANT, (String) null, List.of(CALL), null, null, false, null),
			Message.toolResult(CALL.id(), CALL.name(), "sunny"), Message.user("Tomorrow?"));

	@Test
	void bridgeFlagInsertsANonEmptyAssistantTurnBetweenToolResultAndUser() {
		JsonNode messages = body(ProviderQuirks.compatible().withBridgeToolToUser(true), TOOL_THEN_USER, "m")
			.get("messages");
		assertThat(roles(messages)).containsExactly("user", "assistant", "tool", "assistant", "user");
		assertThat(messages.get(3).get("content").asString()).isEqualTo(OpenAiRequestMapper.TOOL_TO_USER_BRIDGE)
			.isNotBlank();
	}

	@Test
	void withoutBridgeFlagMessagesAreSentAsGiven() {
		JsonNode messages = body(ProviderQuirks.compatible(), TOOL_THEN_USER, "m").get("messages");
		assertThat(roles(messages)).containsExactly("user", "assistant", "tool", "user");
	}

	@Test
	void bridgeFlagLeavesAToolResultFollowedByAnAssistantAlone() {
		List<Message> answered = List.of(TOOL_THEN_USER.get(0), TOOL_THEN_USER.get(1), TOOL_THEN_USER.get(2),
				Message.assistant("Sunny."), Message.user("Tomorrow?"));
		JsonNode messages = body(ProviderQuirks.compatible().withBridgeToolToUser(true), answered, "m")
			.get("messages");
		assertThat(roles(messages)).containsExactly("user", "assistant", "tool", "assistant", "user");
		assertThat(messages.get(3).get("content").asString()).isEqualTo("Sunny.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "gpt-5-chat-latest", "gpt-5.1-chat-latest", "gpt-4o", "gpt-4.1-mini" })
	void nonReasoningModelsKeepSamplingAndGetNoReasoningEffort(String model) {
		ObjectNode body = body(ProviderQuirks.openAi(), List.of(Message.user("Hi")), model, 0.4);
		assertThat(body.get("temperature").asDouble()).isEqualTo(0.4);
		assertThat(body.has("reasoning_effort")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "o1", "o3-mini", "o4-mini", "gpt-5", "gpt-5-mini", "gpt-5.1" })
	void reasoningModelsGetReasoningEffortAndNoTemperature(String model) {
		ObjectNode body = body(ProviderQuirks.openAi(), List.of(Message.user("Hi")), model, 0.4);
		assertThat(body.has("temperature")).isFalse();
		assertThat(body.get("reasoning_effort").asString()).isEqualTo("low");
	}

	private static ObjectNode body(ProviderQuirks quirks, List<Message> messages, String model) {
		return body(quirks, messages, model, null);
	}

	private static ObjectNode body(ProviderQuirks quirks, List<Message> messages, String model, Double temperature) {
		ChatOptions options = ChatOptions.builder().model(model).temperature(temperature).reasoningEffort("low")
			.build();
		return new OpenAiRequestMapper(JSON, quirks).chat(new ChatRequest(messages, List.of(), options), false);
	}

	private static List<String> roles(JsonNode messages) {
		return messages.valueStream().map((message) -> message.get("role").asString()).toList();
	}

}
