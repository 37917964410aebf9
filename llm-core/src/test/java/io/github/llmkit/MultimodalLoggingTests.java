package io.github.llmkit;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.llmkit.chat.Message;
import io.github.llmkit.content.ContentPart;
import io.github.llmkit.http.HttpTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request-body logging shows an image as its length, never its base64 text.
 */
class MultimodalLoggingTests extends SimulatorTestSupport {

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
	void loggedRequestBodyShowsTheImageLengthInsteadOfItsBase64() {
		byte[] image = new byte[3000];
		Arrays.fill(image, (byte) 7);
		String base64 = Base64.getEncoder().encodeToString(image);
		try (LlmClient client = LlmClients.create(ProviderType.CLAUDE,
				config(ProviderType.CLAUDE).logRequests(true).build())) {
			client.chat(List.of(Message.user("Look", ContentPart.image(image, "image/png"))));
		}
		String log = this.appender.list.stream()
			.map(ILoggingEvent::getFormattedMessage)
			.collect(Collectors.joining("\n"));
		assertThat(log).contains("\"data\":\"[base64, 4000 chars]\"").contains("\"media_type\":\"image/png\"");
		assertThat(log).doesNotContain(base64.substring(0, 100));
	}

}
