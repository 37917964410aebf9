package io.github.llmkit;

import java.util.List;

import io.github.llmkit.chat.Message;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An error body that echoes the API key never leaks a fragment of it into the exception message, wherever
 * the key sits relative to the point where a long body is cut for the message.
 */
class KeyRedactionTests extends SimulatorTestSupport {

	private static final String KEY = MockLlmServer.API_KEY;

	private static final int CUT = 500;

	@ParameterizedTest
	@EnumSource(value = ProviderType.class, names = { "OPENAI", "CLAUDE", "GEMINI", "GROQ", "MISTRAL" })
	void keyStraddlingTheCutOfAnErrorBodyLeavesNoFragmentInTheMessage(ProviderType type) {
		try (LlmClient client = LlmClients.create(type, config(type).retries(0).build())) {
			for (int start = CUT - KEY.length(); start <= CUT; start++) {
				String body = "x".repeat(start) + KEY + " y".repeat(200);
				server.enqueue(MockReply.rawError(400, body));
				int at = start;
				assertThatExceptionOfType(LlmHttpException.class)
					.isThrownBy(() -> client.chat(List.of(Message.user("Hi"))))
					.satisfies((ex) -> {
						for (int from = 0; from + 4 <= KEY.length(); from++) {
							assertThat(ex.getMessage()).as("key at %d", at).doesNotContain(KEY.substring(from, from + 4));
						}
					});
			}
		}
	}

}
