package io.github.llmkit.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Stream faults seen through a plain JDK HTTP client: a stream that stalls and then goes on, and a connection
 * dropped mid-body, in each wire family.
 */
class StreamFaultTests {

	private static final Duration HANG_GUARD = Duration.ofSeconds(10);

	private static final String ANSWER = "one two three four five six seven eight";

	private final MockLlmServer server = MockLlmServer.start();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@AfterEach
	void close() {
		this.server.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "openai", "claude", "gemini" })
	void resetStreamSendsItsEventsThenFailsTheReadInsteadOfEndingCleanly(String provider) {
		this.server.enqueue(MockReply.text(ANSWER).resetAfterChunks(2));
		LineRecorder lines = new LineRecorder();
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> this.client.send(request(provider), HttpResponse.BodyHandlers.fromLineSubscriber(lines)));
		assertThat(lines.events()).hasSize(2);
		assertThat(lines.error).isInstanceOf(IOException.class);
		assertThat(lines.completed).isFalse();
		assertThat(Http.post(this.server.baseUrl("openai") + "/chat/completions", chat(false), "Authorization",
				"Bearer " + MockLlmServer.API_KEY).statusCode())
			.as("the server keeps serving after a dropped connection")
			.isEqualTo(200);
	}

	@Test
	void resetBeforeAnyEventSendsOnlyTheHeaders() {
		this.server.enqueue(MockReply.text(ANSWER).resetAfterChunks(0));
		LineRecorder lines = new LineRecorder();
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> this.client.send(request("openai"), HttpResponse.BodyHandlers.fromLineSubscriber(lines)));
		assertThat(lines.events()).isEmpty();
	}

	@Test
	void cutStreamInContrastEndsCleanly() throws IOException, InterruptedException {
		this.server.enqueue(MockReply.text(ANSWER).cutAfterChunks(2));
		LineRecorder lines = new LineRecorder();
		this.client.send(request("openai"), HttpResponse.BodyHandlers.fromLineSubscriber(lines));
		assertThat(lines.events()).hasSize(2);
		assertThat(lines.completed).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "openai", "claude", "gemini" })
	void stalledStreamSendsItsFirstEventsAtOnceThenHoldsTheRest(String provider) {
		this.server.enqueue(MockReply.text(ANSWER).stallAfterChunks(2, Duration.ofSeconds(30)));
		List<String> events = new ArrayList<>();
		assertTimeoutPreemptively(HANG_GUARD, () -> {
			try (InputStream body = open(provider)) {
				BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
				while (events.size() < 2) {
					String line = reader.readLine();
					assertThat(line).as("the stream is still open").isNotNull();
					if (line.startsWith("data:")) {
						events.add(line);
					}
				}
			}
		});
		assertThat(events).hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "openai", "claude", "gemini" })
	void stalledStreamSendsTheRestAfterTheSilence(String provider) throws IOException {
		Duration silence = Duration.ofMillis(300);
		this.server.enqueue(MockReply.text(ANSWER).stallAfterChunks(2, silence));
		List<String> events = new ArrayList<>();
		long start = System.nanoTime();
		try (InputStream body = open(provider)) {
			readEvents(body, events);
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		this.server.enqueue(MockReply.text(ANSWER));
		List<String> healthy = new ArrayList<>();
		try (InputStream body = open(provider)) {
			readEvents(body, healthy);
		}
		assertThat(events).as("nothing is lost or repeated around the silence").hasSameSizeAs(healthy);
		assertThat(String.join("", events)).contains("eight");
		assertThat(elapsed).as("the server really was silent").isGreaterThanOrEqualTo(silence);
	}

	@ParameterizedTest
	@ValueSource(strings = { "openai", "claude", "gemini" })
	void midStreamErrorBeforeContentSendsOnlyTheOpeningEventsThenTheError(String provider) throws IOException {
		this.server.enqueue(MockReply.text(ANSWER).midStreamErrorBeforeContent("overloaded_error", "Overloaded"));
		List<String> events = new ArrayList<>();
		try (InputStream body = open(provider)) {
			readEvents(body, events);
		}
		int opening = ("gemini".equals(provider)) ? 0 : 1;
		assertThat(events).hasSize(opening + 1);
		assertThat(String.join("", events)).doesNotContain("one").doesNotContain("[DONE]");
		assertThat(events.get(opening)).contains("\"error\"").contains("Overloaded");
	}

	@Test
	void midStreamErrorInContrastFollowsTheFirstContent() throws IOException {
		this.server.enqueue(MockReply.text(ANSWER).midStreamError("server_error", "Boom"));
		List<String> events = new ArrayList<>();
		try (InputStream body = open("openai")) {
			readEvents(body, events);
		}
		assertThat(events).hasSize(3);
		assertThat(events.get(1)).contains("\"content\":\"one ");
	}

	@Test
	void faultArgumentsAreChecked() {
		assertThatIllegalArgumentException().isThrownBy(() -> MockReply.text("x").resetAfterChunks(-1))
			.withMessageContaining("'chunks'");
		assertThatIllegalArgumentException().isThrownBy(() -> MockReply.text("x").stallAfterChunks(1, null))
			.withMessageContaining("'silence'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MockReply.text("x").stallAfterChunks(1, Duration.ofSeconds(-1)))
			.withMessageContaining("'silence'");
	}

	private InputStream open(String provider) throws IOException {
		try {
			HttpResponse<InputStream> response = this.client.send(request(provider),
					HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest request(String provider) {
		HttpRequest.Builder request = switch (provider) {
			case "claude" -> HttpRequest.newBuilder(URI.create(this.server.baseUrl("claude") + "/messages"))
				.header("x-api-key", MockLlmServer.API_KEY)
				.header("anthropic-version", "2023-06-01")
				.POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"claude-sonnet-4-6\",\"max_tokens\":100,"
						+ "\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"));
			case "gemini" -> HttpRequest
				.newBuilder(URI.create(
						this.server.baseUrl("gemini") + "/models/gemini-2.5-flash:streamGenerateContent?alt=sse"))
				.header("x-goog-api-key", MockLlmServer.API_KEY)
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"x\"}]}]}"));
			default -> HttpRequest.newBuilder(URI.create(this.server.baseUrl("openai") + "/chat/completions"))
				.header("Authorization", "Bearer " + MockLlmServer.API_KEY)
				.POST(HttpRequest.BodyPublishers.ofString(chat(true)));
		};
		return request.header("Content-Type", "application/json").timeout(Duration.ofSeconds(10)).build();
	}

	private static void readEvents(InputStream body, List<String> events) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.startsWith("data:")) {
				events.add(line);
			}
		}
	}

	private static String chat(boolean stream) {
		return "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]"
				+ ((stream) ? ",\"stream\":true" : "") + "}";
	}

	/**
	 * Records the lines of a body in arrival order, and how it ended; unlike an input stream it keeps the lines
	 * that arrived before a failure.
	 */
	static final class LineRecorder implements Flow.Subscriber<String> {

		final List<String> lines = new CopyOnWriteArrayList<>();

		volatile Throwable error;

		volatile boolean completed;

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			this.lines.add(line);
		}

		@Override
		public void onError(Throwable throwable) {
			this.error = throwable;
		}

		@Override
		public void onComplete() {
			this.completed = true;
		}

		List<String> events() {
			return this.lines.stream().filter((line) -> line.startsWith("data:")).toList();
		}

	}

}
