package io.github.llmkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every read has a cap: an answer body, one stream line or event, an error body. Over the cap the call fails
 * with a typed exception naming the client, the limit and the property, the connection is closed, and the
 * pool keeps working.
 */
class ResponseLimitTests {

	private static final Duration HANG_GUARD = Duration.ofSeconds(20);

	private static final List<Message> HELLO = List.of(Message.user("Hello"));

	private static final byte[] KILOBYTE = new byte[1024];

	static {
		Arrays.fill(KILOBYTE, (byte) 'a');
	}

	@Test
	void answerLargerThanMaxResponseSizeFailsAndTheNextCallStillWorks() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> {
			if (request == 1) {
				endlessJsonString(out);
			}
			else {
				HostileServer.chatAnswer(out, "fine");
			}
		}); LlmClient client = client(server, ClientConfig.builder().maxResponseSize(64 * 1024).maxConnections(1))) {
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmResponseTooLargeException.class)
				.isThrownBy(() -> client.chat(HELLO))
				.withMessageContaining("big")
				.withMessageContaining("65536 bytes")
				.withMessageContaining("llm.providers.big.max-response-size")
				.satisfies((ex) -> assertThat(ex.limit()).isEqualTo(65536)));
			assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> client.chat(HELLO)).text()).isEqualTo("fine");
			assertThat(server.closedByClient()).as("the oversized answer's connection was closed").isEqualTo(1);
			assertThat(server.requests()).isEqualTo(2);
		}
	}

	@Test
	void endlessStreamLineFailsAtTheEventLimit() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> {
			HostileServer.head(out, 200, "Content-Type: text/event-stream", "Transfer-Encoding: chunked");
			HostileServer.chunk(out, "data: ");
			while (true) {
				HostileServer.chunk(out, new String(KILOBYTE, StandardCharsets.US_ASCII));
			}
		}); LlmClient client = client(server, ClientConfig.builder().maxResponseSize(256 * 1024))) {
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmResponseTooLargeException.class)
				.isThrownBy(() -> client.streamChat(HELLO, StreamListeners.none()))
				.withMessageContaining("one stream line")
				.withMessageContaining("262144 bytes")
				.withMessageContaining("max-response-size"));
			assertThat(server.requests()).as("not retried").isEqualTo(1);
		}
	}

	@Test
	void endlessErrorBodyIsCutAndItsConnectionClosed() throws Exception {
		try (HostileServer server = new HostileServer((out, request) -> {
			HostileServer.head(out, 500, "Content-Type: text/plain", "Transfer-Encoding: chunked");
			HostileServer.chunk(out, "{\"error\":{\"message\":\"boom\"}} ");
			while (true) {
				HostileServer.chunk(out, new String(KILOBYTE, StandardCharsets.US_ASCII));
			}
		}); LlmClient client = client(server, ClientConfig.builder())) {
			assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmHttpException.class)
				.isThrownBy(() -> client.chat(HELLO, ChatOptions.builder().retries(0).build()))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(500))
				.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(10_000)));
			assertTimeoutPreemptively(HANG_GUARD, () -> {
				while (server.closedByClient() < 1) {
					Thread.sleep(10);
				}
			});
		}
	}

	static void endlessJsonString(OutputStream out) throws IOException {
		HostileServer.head(out, 200, "Content-Type: application/json", "Transfer-Encoding: chunked");
		HostileServer.chunk(out, "{\"choices\":[{\"message\":{\"content\":\"");
		while (true) {
			HostileServer.chunk(out, new String(KILOBYTE, StandardCharsets.US_ASCII));
		}
	}

	static LlmClient client(HostileServer server, ClientConfig.Builder config) {
		return LlmClients.create(ProviderType.OPENAI,
				config.name("big").apiKey("sk-test").baseUrl(server.baseUrl()).retries(1).build());
	}

}
