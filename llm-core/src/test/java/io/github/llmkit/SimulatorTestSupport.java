package io.github.llmkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.llmkit.http.Sleeper;
import io.github.llmkit.tool.ToolDefinition;
import io.github.llmkit.test.MockLlmServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs a test class against one {@link MockLlmServer} on loopback, reset before each test, and builds clients
 * that point at it and record their retry delays instead of sleeping.
 */
abstract class SimulatorTestSupport {

	/** The two tools the simulator knows how to call: {@code get_weather} and {@code calculator}. */
	static final List<ToolDefinition> TOOLS = List.of(
			ToolDefinition.of("get_weather", "Current weather of a city",
					"{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}"),
			ToolDefinition.of("calculator", "Evaluate an arithmetic expression",
					"{\"type\":\"object\",\"properties\":{\"expression\":{\"type\":\"string\"}},\"required\":[\"expression\"]}"));

	static MockLlmServer server;

	final RecordingSleeper sleeper = new RecordingSleeper();

	@BeforeAll
	static void startServer() {
		server = MockLlmServer.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@BeforeEach
	void resetServer() {
		server.reset();
	}

	/**
	 * Return a config for the provider's simulator endpoint with the accepted key (none for Ollama) and the
	 * recording sleeper.
	 */
	ClientConfig.Builder config(ProviderType type) {
		return ClientConfig.builder()
			.apiKey(type.requiresApiKey() ? MockLlmServer.API_KEY : null)
			.baseUrl(server.baseUrl(type.id()))
			.sleeper(this.sleeper);
	}

	LlmClient client(ProviderType type) {
		return LlmClients.create(type, config(type).build());
	}

	static String basePath(ProviderType type) {
		return server.baseUrl(type.id()).replaceFirst("^http://[^/]+", "");
	}

	/**
	 * A sleeper that records every requested delay and returns at once.
	 */
	static final class RecordingSleeper implements Sleeper {

		final List<Duration> delays = new CopyOnWriteArrayList<>();

		@Override
		public void sleep(Duration duration) {
			this.delays.add(duration);
		}

	}

}
