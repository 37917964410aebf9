package io.github.llmkit.async;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.LlmHttpException;
import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.Message;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.SlowStreamServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code Flow.Publisher} form of a stream: every delta then completion, the typed error, cancellation that
 * closes the connection, and a bounded buffer between the reader and a slow subscriber.
 */
class DeltaPublisherTests {

	private static final List<Message> HELLO = List.of(Message.user("Hello"));

	private static MockLlmServer server;

	@BeforeAll
	static void startServer() {
		server = MockLlmServer.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	private static LlmClient client(String baseUrl) {
		return LlmClients.create(ProviderType.OPENAI,
				ClientConfig.builder().apiKey(MockLlmServer.API_KEY).baseUrl(baseUrl).retries(0).build());
	}

	@Test
	void subscriberReceivesEveryDeltaInOrderThenCompletion() throws Exception {
		server.enqueue(MockReply.text("alpha beta gamma delta"));
		try (LlmClient client = client(server.baseUrl("openai"))) {
			TestSubscriber subscriber = new TestSubscriber(Long.MAX_VALUE);
			AsyncLlmClient.of(client).publish(HELLO, null).subscribe(subscriber);
			assertThat(subscriber.awaitTermination()).isTrue();
			assertThat(subscriber.completed).isTrue();
			assertThat(subscriber.error).isNull();
			assertThat(subscriber.text()).isEqualTo("alpha beta gamma delta");
		}
	}

	@Test
	void streamStartsOnlyAtTheFirstRequest() throws Exception {
		try (SlowStreamServer slow = SlowStreamServer.start(3, Duration.ZERO); LlmClient client = client(slow.baseUrl())) {
			TestSubscriber subscriber = new TestSubscriber(0);
			AsyncLlmClient.of(client).publish(HELLO, null).subscribe(subscriber);
			Thread.sleep(200);
			assertThat(slow.sentChunks()).isZero();
			subscriber.subscription.request(Long.MAX_VALUE);
			assertThat(subscriber.awaitTermination()).isTrue();
			assertThat(subscriber.text()).isEqualTo(slow.text());
		}
	}

	@Test
	void failureReachesOnErrorAsTheTypedException() throws Exception {
		server.enqueue(MockReply.error(429, "insufficient_quota", "You exceeded your current quota"));
		try (LlmClient client = client(server.baseUrl("openai"))) {
			TestSubscriber subscriber = new TestSubscriber(1);
			AsyncLlmClient.of(client).publish(HELLO, null).subscribe(subscriber);
			assertThat(subscriber.awaitTermination()).isTrue();
			assertThat(subscriber.completed).isFalse();
			assertThat(subscriber.error).isInstanceOf(LlmHttpException.class)
				.hasMessageContaining("You exceeded your current quota");
		}
	}

	@Test
	void cancellingTheSubscriptionClosesTheConnection() throws Exception {
		try (SlowStreamServer slow = SlowStreamServer.start(500, Duration.ofMillis(20));
				LlmClient client = client(slow.baseUrl())) {
			TestSubscriber subscriber = new TestSubscriber(Long.MAX_VALUE);
			AsyncLlmClient.of(client).publish(HELLO, null).subscribe(subscriber);
			assertThat(subscriber.first.await(10, TimeUnit.SECONDS)).isTrue();
			subscriber.subscription.cancel();
			Eventually.within(Duration.ofSeconds(5), () -> slow.abortedStreams() == 1);
			assertThat(slow.completedStreams()).isZero();
			assertThat(subscriber.completed).isFalse();
			assertThat(subscriber.error).isNull();
		}
	}

	@Test
	void slowSubscriberHoldsTheReaderAtTheBufferBound() throws Exception {
		try (SlowStreamServer slow = SlowStreamServer.start(300, Duration.ZERO); LlmClient client = client(slow.baseUrl())) {
			AtomicInteger read = new AtomicInteger();
			TestSubscriber subscriber = new TestSubscriber(1);
			AsyncLlmClient.of(client).publish((listener) -> client.streamChat(HELLO, (delta) -> {
				read.incrementAndGet();
				listener.onDelta(delta);
			}), 8).subscribe(subscriber);
			assertThat(subscriber.first.await(10, TimeUnit.SECONDS)).isTrue();
			Eventually.within(Duration.ofSeconds(5), () -> read.get() >= 9);
			Thread.sleep(300);
			assertThat(subscriber.items).hasSize(1);
			// One delivered, eight buffered, one waiting in the reader for space.
			assertThat(read.get()).isBetween(9, 10);
			subscriber.subscription.request(Long.MAX_VALUE);
			assertThat(subscriber.awaitTermination()).isTrue();
			assertThat(subscriber.completed).isTrue();
			assertThat(subscriber.text()).isEqualTo(slow.text());
		}
	}

	@Test
	void nonPositiveRequestIsAnErrorNamingTheRule() throws Exception {
		try (SlowStreamServer slow = SlowStreamServer.start(500, Duration.ofMillis(20));
				LlmClient client = client(slow.baseUrl())) {
			TestSubscriber subscriber = new TestSubscriber(0);
			AsyncLlmClient.of(client).publish(HELLO, null).subscribe(subscriber);
			subscriber.subscription.request(0);
			assertThat(subscriber.awaitTermination()).isTrue();
			assertThat(subscriber.error).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule 3.9");
		}
	}

}
