package io.github.llmkit.autoconfigure.metrics;

import java.util.List;
import java.util.function.Supplier;

import io.github.llmkit.LlmClient;
import io.github.llmkit.ModelInfo;
import io.github.llmkit.ProviderType;
import io.github.llmkit.autoconfigure.metrics.LlmClientMetrics.Call;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.tool.ToolCall;
import io.github.llmkit.tool.ToolDefinition;

/**
 * An {@link LlmClient} that measures each call of the client it wraps: duration, token usage, time to the first
 * streamed chunk, and the outcome for health.
 */
final class MeteredLlmClient implements LlmClient {

	private static final String CHAT = "chat";

	private static final String TEXT_COMPLETION = "text_completion";

	private final String name;

	private final LlmClient delegate;

	private final LlmClientMetrics metrics;

	private final String provider;

	MeteredLlmClient(String name, LlmClient delegate, LlmClientMetrics metrics) {
		this.name = name;
		this.delegate = delegate;
		this.metrics = metrics;
		this.provider = delegate.type().id();
	}

	@Override
	public ChatResponse chat(List<Message> messages, ChatOptions options) {
		return chatCall(call(CHAT, options), () -> this.delegate.chat(messages, options));
	}

	@Override
	public ChatResponse complete(String prompt, ChatOptions options) {
		return chatCall(call(TEXT_COMPLETION, options), () -> this.delegate.complete(prompt, options));
	}

	@Override
	public ChatResponse chatWithTools(List<Message> messages, List<ToolDefinition> tools, ChatOptions options) {
		return chatCall(call(CHAT, options), () -> this.delegate.chatWithTools(messages, tools, options));
	}

	@Override
	public ChatResponse streamChat(List<Message> messages, StreamListener listener, ChatOptions options) {
		Call call = call(CHAT, options);
		return chatCall(call, () -> this.delegate.streamChat(messages, firstChunk(call, listener), options));
	}

	@Override
	public ChatResponse streamComplete(String prompt, StreamListener listener, ChatOptions options) {
		Call call = call(TEXT_COMPLETION, options);
		return chatCall(call, () -> this.delegate.streamComplete(prompt, firstChunk(call, listener), options));
	}

	@Override
	public ChatResponse streamChatWithTools(List<Message> messages, List<ToolDefinition> tools,
			StreamListener listener, ChatOptions options) {
		Call call = call(CHAT, options);
		return chatCall(call,
				() -> this.delegate.streamChatWithTools(messages, tools, firstChunk(call, listener), options));
	}

	@Override
	public List<ModelInfo> listModels() {
		RecentOutcomes outcomes = this.metrics.outcomes(this.name);
		try {
			List<ModelInfo> models = this.delegate.listModels();
			outcomes.success();
			return models;
		}
		catch (RuntimeException | Error ex) {
			outcomes.failure(ex);
			throw ex;
		}
	}

	@Override
	public EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options) {
		String model = (options != null) ? options.model() : null;
		long start = System.nanoTime();
		EmbeddingResponse response;
		try {
			response = this.delegate.embed(inputs, options);
		}
		catch (RuntimeException | Error ex) {
			this.metrics.recordCall(new Call(this.name, this.provider, "embeddings", model), null, ex,
					System.nanoTime() - start);
			throw ex;
		}
		Call call = new Call(this.name, this.provider, "embeddings", (model != null) ? model : response.model());
		this.metrics.recordCall(call, response.model(), null, System.nanoTime() - start);
		this.metrics.recordUsage(call, response.model(), response.usage());
		return response;
	}

	@Override
	public String name() {
		return this.delegate.name();
	}

	@Override
	public ProviderType type() {
		return this.delegate.type();
	}

	@Override
	public String defaultModel() {
		return this.delegate.defaultModel();
	}

	@Override
	public void close() {
		this.delegate.close();
	}

	@Override
	public String toString() {
		return this.delegate.toString();
	}

	private Call call(String operation, ChatOptions options) {
		String model = (options != null && options.model() != null) ? options.model() : this.delegate.defaultModel();
		return new Call(this.name, this.provider, operation, model);
	}

	private ChatResponse chatCall(Call call, Supplier<ChatResponse> action) {
		long start = System.nanoTime();
		ChatResponse response;
		try {
			response = action.get();
		}
		catch (RuntimeException | Error ex) {
			this.metrics.recordCall(call, null, ex, System.nanoTime() - start);
			throw ex;
		}
		this.metrics.recordCall(call, response.model(), null, System.nanoTime() - start);
		this.metrics.recordUsage(call, response.model(), response.usage());
		return response;
	}

	private StreamListener firstChunk(Call call, StreamListener listener) {
		if (listener == null) {
			return null;
		}
		long start = System.nanoTime();
		return new StreamListener() {

			private boolean first = true;

			@Override
			public void onDelta(ChatDelta delta) {
				if (this.first) {
					this.first = false;
					MeteredLlmClient.this.metrics.recordFirstChunk(call, System.nanoTime() - start);
				}
				listener.onDelta(delta);
			}

			@Override
			public void onToolCall(ToolCall toolCall) {
				listener.onToolCall(toolCall);
			}

			@Override
			public void onComplete(ChatResponse response) {
				listener.onComplete(response);
			}

		};
	}

}
