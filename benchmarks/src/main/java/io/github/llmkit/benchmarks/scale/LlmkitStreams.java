package io.github.llmkit.benchmarks.scale;

import java.util.List;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.ProviderType;
import io.github.llmkit.async.AsyncLlmClient;
import io.github.llmkit.benchmarks.contender.Contenders;
import io.github.llmkit.chat.Message;

/**
 * llmkit with its defaults: one client with no pool settings, each stream an {@link AsyncLlmClient#stream}
 * call on the default executor (a virtual thread per stream on JDK 21 and later, platform threads before).
 *
 * @since 0.1.0
 */
final class LlmkitStreams implements StreamsContender {

	private static final List<Message> PROMPT = List.of(Message.user(Contenders.PROMPT));

	private final AsyncLlmClient client;

	LlmkitStreams(String baseUrl) {
		LlmClient blocking = LlmClients.create(ProviderType.OPENAI, ClientConfig.builder()
			.apiKey(Contenders.API_KEY)
			.baseUrl(baseUrl)
			.model(Contenders.OPENAI_MODEL)
			.temperature(Contenders.TEMPERATURE)
			.maxTokens(Contenders.MAX_TOKENS)
			.build());
		this.client = AsyncLlmClient.of(blocking);
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
		return "AsyncLlmClient, " + ((AsyncLlmClient.virtualThreads()) ? "virtual threads" : "platform threads");
	}

}
