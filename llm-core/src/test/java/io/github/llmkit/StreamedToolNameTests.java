package io.github.llmkit;

import java.util.List;

import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.RecordingListener;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.tool.ToolCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenAI-compatible servers stream a tool call's name in different ways: once, in pieces, or whole on every
 * fragment. Each yields one correctly named call.
 */
class StreamedToolNameTests extends SimulatorTestSupport {

	private static final List<Message> HI = List.of(Message.user("Weather in Paris?"));

	private static String fragment(String name, String arguments) {
		return "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,"
				+ ((name != null) ? "\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"" + name + "\","
						: "\"function\":{")
				+ "\"arguments\":\"" + arguments + "\"}}]}}]}\n\n";
	}

	private static final String END = "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{},"
			+ "\"finish_reason\":\"tool_calls\"}]}\n\ndata: [DONE]\n\n";

	@Test
	void toolNameSplitAcrossFragmentsIsJoined() {
		server.enqueue(MockReply.rawError(200, fragment("get_", "{\\\"city\\\":") + fragment("weather", "\\\"Paris\\\"}")
				+ END));
		RecordingListener listener = new RecordingListener();
		try (LlmClient client = client(ProviderType.OPENAI)) {
			ChatResponse response = client.streamChat(HI, listener);
			assertThat(response.toolCalls()).containsExactly(ToolCall.of("call_1", "get_weather", "{\"city\":\"Paris\"}"));
			assertThat(listener.toolCalls).containsExactlyElementsOf(response.toolCalls());
		}
	}

	@Test
	void toolNameRepeatedOnEveryFragmentStaysOneName() {
		server.enqueue(MockReply.rawError(200, fragment("get_weather", "{\\\"city\\\":")
				+ fragment("get_weather", "\\\"Paris\\\"}") + END));
		try (LlmClient client = client(ProviderType.GROQ)) {
			assertThat(client.streamChat(HI, new RecordingListener()).toolCalls())
				.containsExactly(ToolCall.of("call_1", "get_weather", "{\"city\":\"Paris\"}"));
		}
	}

	@Test
	void toolNameSentOnceThenOnlyArgumentsStaysOneName() {
		server.enqueue(MockReply.rawError(200, fragment("get_weather", "") + fragment(null, "{\\\"city\\\":")
				+ fragment(null, "\\\"Paris\\\"}") + END));
		try (LlmClient client = client(ProviderType.MISTRAL)) {
			assertThat(client.streamChat(HI, new RecordingListener()).toolCalls())
				.containsExactly(ToolCall.of("call_1", "get_weather", "{\"city\":\"Paris\"}"));
		}
	}

}
