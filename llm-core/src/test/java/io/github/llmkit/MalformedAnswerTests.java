package io.github.llmkit;

import java.util.List;

import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.RecordingListener;
import io.github.llmkit.test.MockReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A 200 answer that is not an answer (no choice, a missing message, fields of the wrong type, stream events
 * that are not objects, unnamed tool calls) fails with a typed exception naming the client and the problem,
 * over a real socket; a truly empty answer with a finish reason stays valid.
 */
class MalformedAnswerTests extends SimulatorTestSupport {

	private static final List<Message> HI = List.of(Message.user("Hi"));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"id":"c","choices":[]}                                                  | has no choices
			{"id":"c","choices":null}                                                | has no choices
			{"id":"c","object":"chat.completion"}                                    | has no choices
			{"choices":[{"index":0,"finish_reason":"stop"}]}                         | choices[0] without a message
			{"choices":["text"]}                                                     | choices[0] as a string
			{"choices":{"0":{}}}                                                     | choices as an object
			{"choices":[{"message":{"content":42},"finish_reason":"stop"}]}          | choices[0].message.content as a number
			{"choices":[{"message":"hello","finish_reason":"stop"}]}                 | choices[0].message as a string
			{"choices":[{"message":{"content":"x"},"finish_reason":1}]}              | choices[0].finish_reason as a number
			{"choices":[{"message":{"tool_calls":{"id":"a"}}}]}                      | choices[0].message.tool_calls as an object
			{"choices":[{"message":{"tool_calls":[{"id":"a","function":{"name":7}}]}}]} | choices[0].message.tool_calls[0].function.name as a number
			{"choices":[{"message":{"tool_calls":[{"id":"a","function":{}}]}}]}      | tool_calls[0] without a name
			[{"choices":[]}]                                                         | is an array, not a JSON object
			"hello"                                                                  | is a string, not a JSON object
			""")
	void openAiChatWithMalformedSuccessFailsNamingTheClientAndTheField(String body, String problem) {
		server.enqueue(MockReply.json(body));
		try (LlmClient client = client(ProviderType.GROQ)) {
			assertThatExceptionOfType(LlmTransportException.class).isThrownBy(() -> client.chat(HI))
				.withMessageStartingWith("groq answered chat with a body that")
				.withMessageContaining(problem)
				.satisfies((ex) -> assertThat(ex.retryable()).isFalse());
		}
	}

	@Test
	void openAiChatThatIsTrulyEmptyWithAFinishReasonIsValid() {
		server.enqueue(MockReply.json("{\"id\":\"c\",\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null},"
				+ "\"finish_reason\":\"stop\"}]}"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			ChatResponse response = client.chat(HI);
			assertThat(response.text()).isEmpty();
			assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
			assertThat(response.raw().get("id").asString()).isEqualTo("c");
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			data: [1,2]                                                              | chunk that is an array, not a JSON object
			data: "hello"                                                            | chunk that is a string, not a JSON object
			data: 42                                                                 | chunk that is a number, not a JSON object
			data: {"choices":[{"delta":{"content":5}}]}                              | choices[0].delta.content as a number
			data: {"choices":"none"}                                                 | choices as a string
			data: {"choices":[{"delta":[]}]}                                         | choices[0].delta as an array
			data: {"choices":[{"index":0}]}                                          | choices[0] without delta or finish_reason
			data: {"choices":[{"delta":{"tool_calls":[{"index":0,"id":"a","function":{"name":7}}]}}]} | tool_calls[0].function.name as a number
			data: {"choices":[{"delta":{"tool_calls":[{"index":0,"id":"a","function":{"arguments":"{}"}}]},"finish_reason":"tool_calls"}]} | tool call 'a' (position 0) without a name
			data: {"id":"c","choices":[]}                                            | [DONE] without any choice
			""")
	void openAiStreamWithMalformedChunkFailsNamingTheClientAndTheField(String chunk, String problem) {
		server.enqueue(MockReply.rawError(200, chunk + "\n\ndata: [DONE]\n\n"));
		try (LlmClient client = client(ProviderType.OPENROUTER)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(HI, new RecordingListener()))
				.withMessageStartingWith("openrouter stream")
				.withMessageContaining(problem);
		}
	}

	@Test
	void openAiStreamThatIsTrulyEmptyWithAFinishReasonIsValid() {
		server.enqueue(MockReply.rawError(200,
				"data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			ChatResponse response = client.streamChat(HI, new RecordingListener());
			assertThat(response.text()).isEmpty();
			assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
			assertThat(response.raw().get("id").asString()).isEqualTo("c");
		}
	}

}
