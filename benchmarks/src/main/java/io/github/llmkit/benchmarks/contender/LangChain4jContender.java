package io.github.llmkit.benchmarks.contender;

import java.util.concurrent.CompletableFuture;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * LangChain4j's {@link OpenAiChatModel} and {@link OpenAiStreamingChatModel} on their default (JDK) HTTP
 * client; the streaming model calls back on its own threads, so the stream is awaited with a future.
 *
 * @since 0.1.0
 */
public final class LangChain4jContender implements ChatContender {

	private final OpenAiChatModel chatModel;

	private final OpenAiStreamingChatModel streamingModel;

	/**
	 * Create both models pointed at the benchmark server.
	 * @param baseUrl the OpenAI base URL on the benchmark server
	 */
	public LangChain4jContender(String baseUrl) {
		this.chatModel = OpenAiChatModel.builder()
			.baseUrl(baseUrl)
			.apiKey(Contenders.API_KEY)
			.modelName(Contenders.OPENAI_MODEL)
			.temperature(Contenders.TEMPERATURE)
			.maxCompletionTokens(Contenders.MAX_TOKENS)
			.maxRetries(0)
			.build();
		this.streamingModel = OpenAiStreamingChatModel.builder()
			.baseUrl(baseUrl)
			.apiKey(Contenders.API_KEY)
			.modelName(Contenders.OPENAI_MODEL)
			.temperature(Contenders.TEMPERATURE)
			.maxCompletionTokens(Contenders.MAX_TOKENS)
			.build();
	}

	@Override
	public String chat() {
		return this.chatModel.chat(Contenders.PROMPT);
	}

	@Override
	public String stream(FirstDelta probe) {
		CompletableFuture<String> done = new CompletableFuture<>();
		StringBuilder text = new StringBuilder();
		this.streamingModel.chat(Contenders.PROMPT, new StreamingChatResponseHandler() {

			@Override
			public void onPartialResponse(String partial) {
				probe.delta();
				text.append(partial);
			}

			@Override
			public void onCompleteResponse(ChatResponse response) {
				done.complete(text.toString());
			}

			@Override
			public void onError(Throwable error) {
				done.completeExceptionally(error);
			}

		});
		return done.join();
	}

	@Override
	public void close() {
		// The models hold a JDK HttpClient, which Java 17 cannot close.
	}

}
