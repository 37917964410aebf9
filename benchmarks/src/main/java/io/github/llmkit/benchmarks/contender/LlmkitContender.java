package io.github.llmkit.benchmarks.contender;

import java.util.List;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.Message;

/**
 * llmkit as a user would call it: one {@link LlmClient} from {@link LlmClients#create}, {@code chat} and
 * {@code streamChat} with a listener.
 *
 * @since 0.1.0
 */
public final class LlmkitContender implements ChatContender {

	private final LlmClient client;

	/**
	 * Create a client of the given provider type pointed at the benchmark server.
	 * @param type the provider type
	 * @param baseUrl the provider's base URL on the benchmark server
	 * @param model the model to ask for
	 */
	public LlmkitContender(ProviderType type, String baseUrl, String model) {
		this.client = LlmClients.create(type, ClientConfig.builder()
			.apiKey(Contenders.API_KEY)
			.baseUrl(baseUrl)
			.model(model)
			.temperature(Contenders.TEMPERATURE)
			.maxTokens(Contenders.MAX_TOKENS)
			.maxConnections(Contenders.MAX_CONNECTIONS)
			.build());
	}

	@Override
	public String chat() {
		return this.client.chat(List.of(Message.user(Contenders.PROMPT))).text();
	}

	@Override
	public String stream(FirstDelta probe) {
		return this.client.streamChat(List.of(Message.user(Contenders.PROMPT)), (delta) -> {
			if (delta.hasText()) {
				probe.delta();
			}
		}).text();
	}

	/**
	 * Return the client, for benchmarks of llmkit-only features.
	 * @return the client
	 */
	public LlmClient client() {
		return this.client;
	}

	@Override
	public void close() {
		this.client.close();
	}

}
