package io.github.llmkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.chat.Message;
import io.github.llmkit.test.MockLlmServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The connect timeout, against a loopback listener whose accept queue is full, so that new connections are
 * neither accepted nor refused.
 */
class ConnectTimeoutTests {

	private static final Duration HANG_GUARD = Duration.ofSeconds(20);

	@Test
	void connectTimeoutRaisesTimeoutExceptionNamingTheConnectAndIsRetried() throws IOException {
		List<Duration> delays = new ArrayList<>();
		List<Socket> fillers = new ArrayList<>();
		try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			fillAcceptQueue(listener, fillers);
			ClientConfig config = ClientConfig.builder()
				.apiKey(MockLlmServer.API_KEY)
				.baseUrl("http://127.0.0.1:" + listener.getLocalPort() + "/v1")
				.connectTimeout(Duration.ofMillis(300))
				.retries(1)
				.sleeper(delays::add)
				.build();
			try (LlmClient client = LlmClients.create(ProviderType.OPENAI, config)) {
				assertTimeoutPreemptively(HANG_GUARD, () -> assertThatExceptionOfType(LlmTimeoutException.class)
					.isThrownBy(() -> client.chat(List.of(Message.user("Hi"))))
					.withMessageContaining("openai: connect to http://127.0.0.1:" + listener.getLocalPort())
					.withMessageContaining("timed out")
					.satisfies((ex) -> assertThat(ex.retryable()).isTrue()));
			}
			assertThat(delays).hasSize(1);
		}
		finally {
			for (Socket filler : fillers) {
				filler.close();
			}
		}
	}

	private static void fillAcceptQueue(ServerSocket listener, List<Socket> fillers) {
		InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort());
		for (int i = 0; i < 8; i++) {
			Socket filler = new Socket();
			fillers.add(filler);
			try {
				filler.connect(address, 200);
			}
			catch (IOException ex) {
				return;
			}
		}
	}

}
