package io.github.llmkit.benchmarks.scale;

import java.util.List;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClients;
import io.github.llmkit.ProviderType;
import io.github.llmkit.async.AsyncLlmClient;
import io.github.llmkit.benchmarks.contender.Contenders;
import io.github.llmkit.chat.Message;

/**
 * llmkit: one client, with its default pool or a given pool size, each stream an
 * {@link AsyncLlmClient#stream} call on the default executor (a virtual thread per stream on JDK 21 and later,
 * platform threads before).
 *
 * @since 0.1.0
 */
final class LlmkitStreams implements StreamsContender {

	private static final List<Message> PROMPT = List.of(Message.user(Contenders.PROMPT));

	private final AsyncLlmClient client;

	private final int maxConnections;

	/**
	 * Create the contender.
	 * @param baseUrl the OpenAI base URL
	 * @param maxConnections the pool size to set, or 0 for the default
	 */
	LlmkitStreams(String baseUrl, int maxConnections) {
		ClientConfig.Builder config = ClientConfig.builder()
			.apiKey(Contenders.API_KEY)
			.baseUrl(baseUrl)
			.model(Contenders.OPENAI_MODEL)
			.temperature(Contenders.TEMPERATURE)
			.maxTokens(Contenders.MAX_TOKENS);
		if (maxConnections > 0) {
			config.maxConnections(maxConnections);
		}
		this.client = AsyncLlmClient.of(LlmClients.create(ProviderType.OPENAI, config.build()));
		this.maxConnections = maxConnections;
	}

	@Override
	public void open(StreamRecord record) {
		this.client.stream(PROMPT, (delta) -> {
			if (delta.hasText()) {
				record.text(delta.text());
			}
		}).whenComplete((response, ex) -> {
			if (ex != null) {
				record.fail(ex);
			}
			else {
				record.complete();
			}
		});
	}

	@Override
	public String describe() {
		return "AsyncLlmClient, " + ((AsyncLlmClient.virtualThreads()) ? "virtual threads" : "platform threads")
				+ ((this.maxConnections > 0) ? ", maxConnections(" + this.maxConnections + ")" : ", default pool");
	}

}
