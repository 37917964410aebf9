package io.github.llmkit.benchmarks.scale;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import io.github.llmkit.benchmarks.contender.Contenders;

/**
 * LangChain4j's {@link OpenAiStreamingChatModel} with its default (JDK) HTTP client, each stream a callback.
 *
 * @since 0.1.0
 */
final class LangChain4jStreams implements StreamsContender {

	private final OpenAiStreamingChatModel model;

	LangChain4jStreams(String baseUrl) {
		this.model = OpenAiStreamingChatModel.builder()
			.baseUrl(baseUrl)
			.apiKey(Contenders.API_KEY)
			.modelName(Contenders.OPENAI_MODEL)
			.temperature(Contenders.TEMPERATURE)
			.maxCompletionTokens(Contenders.MAX_TOKENS)
			.build();
	}

	@Override
	public void open(StreamRecord record) {
		this.model.chat(Contenders.PROMPT, new StreamingChatResponseHandler() {

			@Override
			public void onPartialResponse(String partial) {
				record.text(partial);
			}

			@Override
			public void onCompleteResponse(ChatResponse response) {
				record.complete();
			}

			@Override
			public void onError(Throwable error) {
				record.fail(error);
			}

		});
	}

	@Override
	public String describe() {
		return "callbacks, default JDK HTTP client";
	}

}
