package io.github.llmkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.llmkit.http.Sleeper;
import io.github.llmkit.test.MockLlmServer;

/**
 * Builds clients that talk to a {@link MockLlmServer} and record their retry delays instead of sleeping.
 */
final class SimulatorClients {

	/** The seven providers of the OpenAI-compatible wire family. */
	static final List<ProviderType> OPENAI_FAMILY = List.of(ProviderType.OPENAI, ProviderType.GROK,
			ProviderType.GROQ, ProviderType.OPENROUTER, ProviderType.OLLAMA, ProviderType.DEEPSEEK,
			ProviderType.MISTRAL);

	private SimulatorClients() {
	}

	/**
	 * Return a config pointing at the simulator's endpoint for the provider, with the accepted key (none for
	 * Ollama) and a sleeper that records instead of waiting.
	 */
	static ClientConfig.Builder config(MockLlmServer server, ProviderType type, RecordingSleeper sleeper) {
		return ClientConfig.builder()
			.apiKey(type.requiresApiKey() ? MockLlmServer.API_KEY : null)
			.baseUrl(server.baseUrl(type.id()))
			.sleeper(sleeper);
	}

	static LlmClient client(MockLlmServer server, ProviderType type, RecordingSleeper sleeper) {
		return LlmClients.create(type, config(server, type, sleeper).build());
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
