package io.github.llmkit.benchmarks.scale;

import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

import io.github.llmkit.benchmarks.contender.Contenders;

/**
 * Spring AI's {@link OpenAiChatModel} with its default HTTP client, each stream a subscribed {@code Flux}.
 *
 * @since 0.1.0
 */
final class SpringAiStreams implements StreamsContender {

	private final OpenAiChatModel model;

	SpringAiStreams(String baseUrl) {
		this.model = OpenAiChatModel.builder()
			.options(OpenAiChatOptions.builder()
				.baseUrl(baseUrl)
				.apiKey(Contenders.API_KEY)
				.model(Contenders.OPENAI_MODEL)
				.temperature(Contenders.TEMPERATURE)
				.maxCompletionTokens(Contenders.MAX_TOKENS)
				.streamUsage(true)
				.build())
			.build();
	}

	@Override
	public void open(StreamRecord record) {
		this.model.stream(new Prompt(Contenders.PROMPT)).subscribe((response) -> {
			Generation generation = response.getResult();
			String text = (generation != null) ? generation.getOutput().getText() : null;
			if (text != null && !text.isEmpty()) {
				record.text(text);
			}
		}, record::fail, record::complete);
	}

	@Override
	public String describe() {
		return "Flux, default HTTP client";
	}

}
