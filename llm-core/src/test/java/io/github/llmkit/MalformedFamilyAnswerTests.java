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
 * Malformed successes of the Anthropic and Gemini families, and malformed embeddings and model lists of all
 * three, fail with a typed exception naming the client and the problem; truly empty answers with a finish
 * reason stay valid.
 */
class MalformedFamilyAnswerTests extends SimulatorTestSupport {

	private static final List<Message> HI = List.of(Message.user("Hi"));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			CLAUDE | {"id":"m","type":"message","stop_reason":"end_turn"}                       | has no content
			CLAUDE | {"content":"hello"}                                                        | content as a string
			CLAUDE | {"content":[{"type":"text","text":5}]}                                     | content[0].text as a number
			CLAUDE | {"content":[7]}                                                            | content[0] as a number
			CLAUDE | {"content":[{"type":"tool_use","id":"t","name":7,"input":{}}]}             | content[0].name as a number
			CLAUDE | {"content":[{"type":"tool_use","id":"t","input":{}}]}                      | content[0] (tool_use) without a name
			CLAUDE | [1]                                                                        | not a JSON object
			GEMINI | {"candidates":[]}                                                          | has no candidates
			GEMINI | {"modelVersion":"g"}                                                       | has no candidates
			GEMINI | {"candidates":[{"index":0}]}                                               | candidates[0] without content or finishReason
			GEMINI | {"candidates":[{"content":{"parts":[{"text":5}]},"finishReason":"STOP"}]}  | candidates[0].content.parts[0].text as a number
			GEMINI | {"candidates":[{"content":{"parts":"x"},"finishReason":"STOP"}]}           | candidates[0].content.parts as a string
			GEMINI | {"candidates":[{"content":{"parts":[{"functionCall":{"name":7}}]}}]}       | functionCall.name as a number
			""")
	void chatWithMalformedSuccessFailsNamingTheClientAndTheField(ProviderType type, String body, String problem) {
		server.enqueue(MockReply.json(body));
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmTransportException.class).isThrownBy(() -> client.chat(HI))
				.withMessageStartingWith(type.id() + " answered chat with a body that")
				.withMessageContaining(problem);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			CLAUDE | {"id":"m","content":[],"stop_reason":"end_turn"}
			GEMINI | {"candidates":[{"finishReason":"STOP"}]}
			""")
	void chatThatIsTrulyEmptyWithAFinishReasonIsValid(ProviderType type, String body) {
		server.enqueue(MockReply.json(body));
		try (LlmClient client = client(type)) {
			ChatResponse response = client.chat(HI);
			assertThat(response.text()).isEmpty();
			assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			CLAUDE | event: message_start\\ndata: [1]                                                   | message_start event that is an array, not a JSON object
			CLAUDE | event: message_start\\ndata: {"type":"message_start","message":"x"}               | message as a string
			CLAUDE | event: content_block_start\\ndata: {"index":0,"content_block":{"type":"tool_use","id":"t","name":7}} | content_block.name as a number
			CLAUDE | event: content_block_delta\\ndata: {"index":0,"delta":{"type":"text_delta","text":5}} | delta.text as a number
			CLAUDE | event: content_block_delta\\ndata: "text"                                            | content_block_delta event that is a string
			GEMINI | data: 42                                                                           | chunk that is a number, not a JSON object
			GEMINI | data: {"candidates":"x"}                                                           | candidates as a string
			GEMINI | data: {"candidates":[{"content":{"parts":[{"functionCall":{"name":7}}]}}]}         | functionCall.name as a number
			""")
	void streamWithMalformedEventFailsNamingTheClientAndTheField(ProviderType type, String events, String problem) {
		server.enqueue(MockReply.rawError(200, events.replace("\\n", "\n") + "\n\n"));
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmStreamException.class)
				.isThrownBy(() -> client.streamChat(HI, new RecordingListener()))
				.withMessageStartingWith(type.id() + " stream")
				.withMessageContaining(problem);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			OPENAI  | {"object":"list"}                                          | has no data
			OPENAI  | {"data":[{"index":0,"embedding":"abc"}]}                   | embedding 0.embedding as a string
			OPENAI  | {"data":[{"index":0,"embedding":[0.5,"x"]}]}               | embedding 0.embedding[1] that is not a number
			OPENAI  | {"data":[3]}                                               | data[0] as a number
			MISTRAL | {"data":[{"index":0}]}                                     | embedding 0 without embedding
			GEMINI  | {"embeddings":[{"values":null}]}                           | embedding 0 without values
			GEMINI  | {"embeddings":{"values":[1]}}                              | embeddings as an object
			""")
	void embeddingsWithMalformedSuccessFailNamingTheClient(ProviderType type, String body, String problem) {
		server.enqueue(MockReply.json(body));
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmTransportException.class).isThrownBy(() -> client.embed(List.of("a")))
				.withMessageStartingWith(type.id() + " answered embeddings with a body that")
				.withMessageContaining(problem);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			OPENAI | {"object":"list","data":{"id":"x"}}        | data as an object
			GROQ   | {"data":[{"object":"model"}]}              | data[0] without an id
			CLAUDE | {"data":[5]}                               | data[0] as a number
			CLAUDE | {"has_more":false}                         | has no data
			GEMINI | {"models":[{"displayName":"x"}]}           | a model without a name
			""")
	void modelListsWithMalformedSuccessFailNamingTheClient(ProviderType type, String body, String problem) {
		server.enqueue(MockReply.json(body));
		try (LlmClient client = client(type)) {
			assertThatExceptionOfType(LlmTransportException.class).isThrownBy(client::listModels)
				.withMessageStartingWith(type.id() + " answered models with a body that")
				.withMessageContaining(problem);
		}
	}

	@Test
	void embeddingsOfTheRightShapeStillWork() {
		server.enqueue(MockReply.json("{\"data\":[{\"index\":0,\"embedding\":[0.5,1]}],\"model\":\"e\"}"));
		try (LlmClient client = client(ProviderType.OPENAI)) {
			assertThat(client.embed(List.of("a")).vectors().get(0)).containsExactly(0.5f, 1f);
		}
	}

}
