package io.github.llmkit.autoconfigure.metrics;

import java.util.List;
import java.util.function.Supplier;

import io.github.llmkit.LlmClient;
import io.github.llmkit.ModelInfo;
import io.github.llmkit.ProviderType;
import io.github.llmkit.autoconfigure.metrics.LlmClientMetrics.Call;
import io.github.llmkit.autoconfigure.observation.ChatObservationContext;
import io.github.llmkit.autoconfigure.observation.EmbeddingObservationContext;
import io.github.llmkit.autoconfigure.observation.LlmObservationContext;
import io.github.llmkit.autoconfigure.observation.LlmObservationDocumentation;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.tool.ToolDefinition;
import io.micrometer.observation.Observation;

/**
 * An {@link LlmClient} that observes each call of the client it wraps: one {@link Observation} per call
 * (a span with tracing), and the GenAI meters, time to the first chunk and between chunks, and the outcome for
 * health. {@code complete} is a {@code chat} as well: it sends a chat request.
 */
final class ObservedLlmClient implements LlmClient {

	private static final String CHAT = "chat";

	private static final String EMBEDDINGS = "embeddings";

	private final LlmClient delegate;

	private final String name;

	private final LlmClientMetrics metrics;

	private final LlmObservations observations;

	ObservedLlmClient(String name, LlmClient delegate, LlmClientMetrics metrics, LlmObservations observations) {
		this.name = name;
		this.delegate = delegate;
		this.metrics = metrics;
		this.observations = observations;
	}

	@Override
	public ChatResponse chat(List<Message> messages, ChatOptions options) {
		return observeChat(messages, options, null, (listener) -> this.delegate.chat(messages, options));
	}

	@Override
	public ChatResponse complete(String prompt, ChatOptions options) {
		return observeChat(List.of(Message.user(prompt)), options, null,
				(listener) -> this.delegate.complete(prompt, options));
	}

	@Override
	public ChatResponse chatWithTools(List<Message> messages, List<ToolDefinition> tools, ChatOptions options) {
		return observeChat(messages, options, null, (listener) -> this.delegate.chatWithTools(messages, tools, options));
	}

	@Override
	public ChatResponse streamChat(List<Message> messages, StreamListener listener, ChatOptions options) {
		return observeChat(messages, options, listener,
				(timing) -> this.delegate.streamChat(messages, timing, options));
	}

	@Override
	public ChatResponse streamComplete(String prompt, StreamListener listener, ChatOptions options) {
		return observeChat(List.of(Message.user(prompt)), options, listener,
				(timing) -> this.delegate.streamComplete(prompt, timing, options));
	}

	@Override
	public ChatResponse streamChatWithTools(List<Message> messages, List<ToolDefinition> tools,
			StreamListener listener, ChatOptions options) {
		return observeChat(messages, options, listener,
				(timing) -> this.delegate.streamChatWithTools(messages, tools, timing, options));
	}

	@Override
	public List<ModelInfo> listModels() {
		try {
			List<ModelInfo> models = this.delegate.listModels();
			recordOutcome(null);
			return models;
		}
		catch (RuntimeException | Error ex) {
			recordOutcome(ex);
			throw ex;
		}
	}

	@Override
	public EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options) {
		EmbeddingObservationContext context = new EmbeddingObservationContext(this, inputs,
				(options != null) ? options : EmbeddingOptions.none());
		return observe(this.observations.embeddings(context), () -> {
			EmbeddingResponse response = this.delegate.embed(inputs, options);
			context.setResponse(response);
			return response;
		}, (error, nanos) -> {
			EmbeddingResponse response = context.getResponse();
			record(Call.of(context, EMBEDDINGS, context.getModel()), (response != null) ? response.model() : null, (response != null) ? response.usage() : null,
					error, nanos);
		});
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
	public String baseUrl() {
		return this.delegate.baseUrl();
	}

	@Override
	public ChatOptions defaultOptions() {
		return this.delegate.defaultOptions();
	}

	@Override
	public void close() {
		this.delegate.close();
	}

	@Override
	public String toString() {
		return this.delegate.toString();
	}

	/**
	 * Observe one chat call: the observation is current while the call runs, so that the tool loop's span is its
	 * parent and spans the provider call makes are its children.
	 */
	private ChatResponse observeChat(List<Message> messages, ChatOptions options, StreamListener listener,
			StreamCall action) {
		ChatOptions requested = ((options != null) ? options : ChatOptions.none()).orElse(this.delegate.defaultOptions());
		ChatObservationContext context = new ChatObservationContext(this, messages, requested, listener != null);
		Call call = Call.of(context, CHAT, requested.model());
		long start = System.nanoTime();
		return observe(this.observations.chat(context), () -> {
			ChatResponse response = action.call((listener != null)
					? new ChunkTimingListener(listener, start, context, this.metrics, call) : null);
			context.setResponse(response);
			return response;
		}, (error, nanos) -> {
			ChatResponse response = context.getResponse();
			record(call, (response != null) ? response.model() : null, (response != null) ? response.usage() : null,
					error, nanos);
		});
	}

	/**
	 * Run a call inside its observation (started, current while the call runs, stopped after it, with the
	 * failure if any), then record its meters.
	 */
	private <T> T observe(Observation observation, Supplier<T> call, Recorder recorder) {
		long start = System.nanoTime();
		Throwable error = null;
		try {
			return observation.observe(call);
		}
		catch (RuntimeException | Error ex) {
			error = ex;
			throw ex;
		}
		finally {
			recorder.record(error, System.nanoTime() - start);
		}
	}

	private void record(Call call, String responseModel, Usage usage, Throwable error,
			long nanos) {
		if (this.metrics == null) {
			return;
		}
		this.metrics.recordOperation(call, responseModel,
				(error != null) ? LlmObservationContext.errorType(error) : null, nanos);
		if (usage != null) {
			this.metrics.recordUsage(call, responseModel, usage);
		}
		this.metrics.recordOutcome(this.name, error);
	}

	private void recordOutcome(Throwable error) {
		if (this.metrics != null) {
			this.metrics.recordOutcome(this.name, error);
		}
	}

	/**
	 * Records the meters of a finished call.
	 */
	@FunctionalInterface
	private interface Recorder {

		void record(Throwable error, long nanos);

	}

	/**
	 * One call of the wrapped client, given the listener that times the chunks (null for a blocking call).
	 */
	@FunctionalInterface
	private interface StreamCall {

		ChatResponse call(StreamListener listener);

	}

}
