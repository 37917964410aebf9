package io.github.llmkit.benchmarks.contender;

import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/**
 * Spring AI 2.0's {@link OpenAiChatModel} used directly (no {@code ChatClient}, no Boot): {@code call} for a
 * chat, {@code stream} blocked on to its end for a stream.
 *
 * @since 0.1.0
 */
public final class SpringAiContender implements ChatContender {

	private final OpenAiChatModel model;

	/**
	 * Create a chat model pointed at the benchmark server.
	 * @param baseUrl the OpenAI base URL on the benchmark server
	 */
	public SpringAiContender(String baseUrl) {
		this.model = OpenAiChatModel.builder()
			.options(OpenAiChatOptions.builder()
				.baseUrl(baseUrl)
				.apiKey(Contenders.API_KEY)
				.model(Contenders.OPENAI_MODEL)
				.temperature(Contenders.TEMPERATURE)
				.maxCompletionTokens(Contenders.MAX_TOKENS)
				.streamUsage(true)
				.build())
			.httpClientBuilderCustomizer((http) -> http.maxIdleConnections(Contenders.MAX_CONNECTIONS).keepAliveDuration(Contenders.KEEP_ALIVE))
			.build();
	}

	@Override
	public String chat() {
		return this.model.call(new Prompt(Contenders.PROMPT)).getResult().getOutput().getText();
	}

	@Override
	public String stream(FirstDelta probe) {
		StringBuilder text = new StringBuilder();
		this.model.stream(new Prompt(Contenders.PROMPT)).doOnNext((response) -> append(response, text, probe)).blockLast();
		return text.toString();
	}

	private static void append(ChatResponse response, StringBuilder text, FirstDelta probe) {
		Generation generation = response.getResult();
		String delta = (generation != null) ? generation.getOutput().getText() : null;
		if (delta != null && !delta.isEmpty()) {
			probe.delta();
			text.append(delta);
		}
	}

	@Override
	public void close() {
		// OpenAiChatModel cannot be closed; its OkHttp threads outlive it until they idle out.
	}

}
