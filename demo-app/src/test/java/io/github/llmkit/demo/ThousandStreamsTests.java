package io.github.llmkit.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.llmkit.autoconfigure.LlmClientCustomizer;
import io.github.llmkit.test.SlowStreamServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One thousand browsers on {@code GET /api/chat/stream} at once, over real loopback HTTP: they arrive within
 * about three seconds, and the model holds every stream after its first delta until all thousand browsers
 * have received theirs, so the demo must hold a thousand open SSE responses (and a thousand model streams) at
 * the same time; after the release every one must end with its {@code done} event and the whole text. The
 * streams run on virtual threads where the runtime has them and on a pool sized for them otherwise. Bounded:
 * two and a half minutes at most.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "demo.simulated-delta-pause=0ms", "spring.threads.virtual.enabled=true",
				"spring.task.execution.pool.core-size=" + ThousandStreamsTests.CLIENTS,
				"server.tomcat.accept-count=" + ThousandStreamsTests.CLIENTS,
				"server.tomcat.max-connections=" + 2 * ThousandStreamsTests.CLIENTS })
class ThousandStreamsTests {

	static final int CLIENTS = 1000;

	/** The model: 20 deltas, one every 100 ms, on a connection per stream. */
	static final SlowStreamServer model = SlowStreamServer.start(20, Duration.ofMillis(100));

	@AfterAll
	static void stopModel() {
		model.close();
	}

	@LocalServerPort
	int port;

	@Test
	void demoHoldsAThousandConcurrentStreams() throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat/stream?provider=openai&message=Hello"))
			.header("Accept", "text/event-stream")
			.timeout(Duration.ofSeconds(110))
			.GET()
			.build();
		CountDownLatch started = new CountDownLatch(CLIENTS);
		CountDownLatch finished = new CountDownLatch(CLIENTS);
		Queue<String> failures = new ConcurrentLinkedQueue<>();
		ExecutorService browsers = Executors.newFixedThreadPool(CLIENTS);
		model.holdAfter(1);
		try {
			for (int i = 0; i < CLIENTS; i++) {
				// Arrivals spread over about three seconds, as browsers would come, rather than one SYN burst.
				Thread.sleep(3);
				browsers.execute(() -> {
					try {
						String text = read(http, request, started::countDown);
						if (!text.contains("\"text\":\"" + model.text() + "\"")) {
							failures.add("unexpected text: " + text);
						}
					}
					catch (IOException | RuntimeException ex) {
						failures.add(ex.toString());
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					finally {
						finished.countDown();
					}
				});
			}
			assertThat(started.await(90, TimeUnit.SECONDS)).as("every browser got its first delta within 90 s, "
					+ "still missing: %s, failures: %s", started.getCount(), failures).isTrue();
			assertThat(finished.getCount()).as("streams open at the same time").isEqualTo(CLIENTS);
			assertThat(model.openStreams()).as("model streams open at the same time").isEqualTo(CLIENTS);
			model.release();
			assertThat(finished.await(60, TimeUnit.SECONDS)).as("all streams ended within 60 s of the release")
				.isTrue();
		}
		finally {
			model.release();
			browsers.shutdownNow();
		}
		assertThat(failures).as("failed streams").isEmpty();
		assertThat(model.completedStreams()).isEqualTo(CLIENTS);
	}

	/**
	 * Read one SSE response; call {@code onFirstDelta} at its first {@code delta} event and return the text of
	 * its {@code done} event's data line.
	 */
	private static String read(HttpClient http, HttpRequest request, Runnable onFirstDelta)
			throws IOException, InterruptedException {
		HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode());
		}
		boolean first = true;
		String event = "";
		try (Stream<String> lines = response.body()) {
			Iterator<String> iterator = lines.iterator();
			while (iterator.hasNext()) {
				String line = iterator.next();
				if (line.startsWith("event:")) {
					event = line.substring("event:".length()).trim();
				}
				else if (line.startsWith("data:") && event.equals("delta") && first) {
					first = false;
					onFirstDelta.run();
				}
				else if (line.startsWith("data:") && event.equals("done")) {
					return line;
				}
				else if (line.startsWith("data:") && event.equals("problem")) {
					throw new IllegalStateException("problem event: " + line);
				}
			}
		}
		throw new IllegalStateException("The stream ended without a done event");
	}

	/**
	 * Points the {@code openai} client at the slow model server, which holds a thousand connections (the
	 * in-process simulator serves 16 at a time), and lets it open a connection per stream: its pool would
	 * otherwise queue streams.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class PoolConfiguration {

		@Bean
		LlmClientCustomizer thousandConnections() {
			return (name, builder) -> {
				if (name.equals("openai")) {
					builder.baseUrl(model.baseUrl()).maxConnections(2 * CLIENTS);
				}
			};
		}

	}

}
