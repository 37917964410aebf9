package io.github.llmkit.benchmarks.contender;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;

/**
 * The official openai-java SDK (OkHttp transport): {@code chat().completions().create} and
 * {@code createStreaming} consumed to its end.
 *
 * @since 0.1.0
 */
public final class OpenAiJavaContender implements ChatContender {

	private final OpenAIClient client;

	/**
	 * Create a client pointed at the benchmark server.
	 * @param baseUrl the OpenAI base URL on the benchmark server
	 */
	public OpenAiJavaContender(String baseUrl) {
		this.client = OpenAIOkHttpClient.builder()
			.baseUrl(baseUrl)
			.apiKey(Contenders.API_KEY)
			.maxRetries(0)
			.maxIdleConnections(Contenders.MAX_CONNECTIONS)
			.keepAliveDuration(Contenders.KEEP_ALIVE)
			.build();
	}

	@Override
	public String chat() {
		return this.client.chat().completions().create(params(false)).choices().get(0).message().content().orElse("");
	}

	@Override
	public String stream(FirstDelta probe) {
		StringBuilder text = new StringBuilder();
		try (StreamResponse<ChatCompletionChunk> stream = this.client.chat().completions().createStreaming(params(true))) {
			stream.stream().forEach((chunk) -> {
				for (ChatCompletionChunk.Choice choice : chunk.choices()) {
					choice.delta().content().filter((delta) -> !delta.isEmpty()).ifPresent((delta) -> {
						probe.delta();
						text.append(delta);
					});
				}
			});
		}
		return text.toString();
	}

	private static ChatCompletionCreateParams params(boolean stream) {
		ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder()
			.model(Contenders.OPENAI_MODEL)
			.addUserMessage(Contenders.PROMPT)
			.temperature(Contenders.TEMPERATURE)
			.maxCompletionTokens(Contenders.MAX_TOKENS);
		if (stream) {
			params.streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build());
		}
		return params.build();
	}

	@Override
	public void close() {
		this.client.close();
	}

}
