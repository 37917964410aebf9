package io.github.llmkit;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.content.ContentPart;
import io.github.llmkit.http.HttpTransport;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * DEBUG wire logging shows requests, responses and stream events with every secret masked.
 */
class WireLoggingTests extends SimulatorTestSupport {

	private static final String SECRET = MockLlmServer.API_KEY;

	private final Logger logger = (Logger) LoggerFactory.getLogger(HttpTransport.class);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private Level previousLevel;

	@BeforeEach
	void captureLogs() {
		this.previousLevel = this.logger.getLevel();
		this.logger.setLevel(Level.DEBUG);
		this.appender.start();
		this.logger.addAppender(this.appender);
	}

	@AfterEach
	void restoreLogs() {
		this.logger.detachAppender(this.appender);
		this.logger.setLevel(this.previousLevel);
	}

	@Test
	void requestsAreLoggedWithAuthorizationMasked() {
		try (LlmClient client = client(false)) {
			client.chat(List.of(Message.user("Hello")));
		}
		String log = logText();
		assertThat(log).contains("POST").contains("/chat/completions").contains("Authorization=******");
		assertThat(log).doesNotContain(SECRET);
		assertThat(log).doesNotContain("You said");
	}

	@Test
	void bodiesAndStreamEventsAreLoggedOnlyWhenAskedAndWithoutTheKey() {
		try (LlmClient client = client(true)) {
			client.chat(List.of(Message.user("my key is " + SECRET)));
			client.streamChat(List.of(Message.user("Stream it")), StreamListeners.none());
		}
		String log = logText();
		assertThat(log).contains("my key is ******").contains("You said").contains("event");
		assertThat(log).doesNotContain(SECRET);
	}

	@Test
	void errorBodiesAreLoggedWithTheKeyMasked() {
		server.enqueue(MockReply.rawError(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + SECRET
				+ "\",\"type\":\"invalid_request_error\"}}"));
		try (LlmClient client = client(false)) {
			assertThatExceptionOfType(LlmAuthenticationException.class)
				.isThrownBy(() -> client.chat(List.of(Message.user("Hi"))));
		}
		String log = logText();
		assertThat(log).contains("HTTP 401").contains("Incorrect API key provided: ******");
		assertThat(log).doesNotContain(SECRET);
	}

	@Test
	void retriesAreLogged() {
		server.enqueue(MockReply.error(503, "overloaded", "busy"));
		try (LlmClient client = client(false)) {
			client.chat(List.of(Message.user("Hi")));
		}
		assertThat(logText()).contains("retrying after");
	}

	private LlmClient client(boolean logBodies) {
		return LlmClients.create(ProviderType.OPENAI, config(ProviderType.OPENAI).logRequests(logBodies).build());
	}

	private String logText() {
		StringBuilder text = new StringBuilder();
		for (ILoggingEvent event : this.appender.list) {
			text.append(event.getFormattedMessage()).append('\n');
		}
		return text.toString();
	}

	@Test
	void loggedRequestBodyShowsAnImageAsItsLengthNeverItsBase64() {
		byte[] image = new byte[3000];
		Arrays.fill(image, (byte) 7);
		String base64 = Base64.getEncoder().encodeToString(image);
		try (LlmClient client = LlmClients.create(ProviderType.CLAUDE,
				config(ProviderType.CLAUDE).logRequests(true).build())) {
			client.chat(List.of(Message.user("Look", ContentPart.image(image, "image/png"))));
		}
		assertThat(logText()).contains("\"data\":\"[base64, 4000 chars]\"")
			.contains("\"media_type\":\"image/png\"")
			.doesNotContain(base64.substring(0, 100));
	}

}
