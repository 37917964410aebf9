package io.github.llmkit.route;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmException;
import io.github.llmkit.ModelInfo;
import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.tool.ToolDefinition;

/**
 * An {@link LlmClient} that asks a {@link CallGuard} before each call of the client it wraps and reports the
 * outcome: a refused call throws {@link CircuitOpenException} without sending anything; a failure another
 * provider could fix (see {@link FailoverReason}, credentials excepted) counts against the client; a caller's
 * mistake counts for nothing. Closing it closes the wrapped client.
 *
 * @since 0.1.0
 */
public final class GuardedLlmClient implements LlmClient {

	private final LlmClient delegate;

	private final CallGuard guard;

	/**
	 * Wrap a client.
	 * @param delegate the client to guard
	 * @param guard its guard
	 * @throws IllegalArgumentException if either is null
	 */
	public GuardedLlmClient(LlmClient delegate, CallGuard guard) {
		if (delegate == null) {
			throw new IllegalArgumentException("'delegate' must not be null");
		}
		if (guard == null) {
			throw new IllegalArgumentException("'guard' must not be null");
		}
		this.delegate = delegate;
		this.guard = guard;
	}

	/**
	 * Return the guard consulted before each call.
	 * @return the guard
	 */
	public CallGuard guard() {
		return this.guard;
	}

	/**
	 * Return the wrapped client.
	 * @return the client
	 */
	public LlmClient delegate() {
		return this.delegate;
	}

	@Override
	public ChatResponse chat(List<Message> messages, ChatOptions options) {
		return guarded(() -> this.delegate.chat(messages, options));
	}

	@Override
	public ChatResponse complete(String prompt, ChatOptions options) {
		return guarded(() -> this.delegate.complete(prompt, options));
	}

	@Override
	public ChatResponse chatWithTools(List<Message> messages, List<ToolDefinition> tools, ChatOptions options) {
		return guarded(() -> this.delegate.chatWithTools(messages, tools, options));
	}

	@Override
	public ChatResponse streamChat(List<Message> messages, StreamListener listener, ChatOptions options) {
		return guarded(() -> this.delegate.streamChat(messages, listener, options));
	}

	@Override
	public ChatResponse streamComplete(String prompt, StreamListener listener, ChatOptions options) {
		return guarded(() -> this.delegate.streamComplete(prompt, listener, options));
	}

	@Override
	public ChatResponse streamChatWithTools(List<Message> messages, List<ToolDefinition> tools,
			StreamListener listener, ChatOptions options) {
		return guarded(() -> this.delegate.streamChatWithTools(messages, tools, listener, options));
	}

	@Override
	public List<ModelInfo> listModels() {
		return guarded(this.delegate::listModels);
	}

	@Override
	public EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options) {
		return guarded(() -> this.delegate.embed(inputs, options));
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
		return "GuardedLlmClient[" + this.delegate + ", state=" + this.guard.state() + "]";
	}

	private <T> T guarded(Supplier<T> call) {
		if (!this.guard.tryAcquire()) {
			throw new CircuitOpenException(this.delegate.name());
		}
		long start = System.nanoTime();
		boolean ended = false;
		try {
			T result = call.get();
			ended = true;
			this.guard.onSuccess(Duration.ofNanos(System.nanoTime() - start));
			return result;
		}
		catch (LlmException ex) {
			ended = true;
			if (FailoverReason.of(ex, false) != null) {
				this.guard.onFailure(Duration.ofNanos(System.nanoTime() - start), ex);
			}
			else {
				this.guard.onIgnored();
			}
			throw ex;
		}
		finally {
			if (!ended) {
				this.guard.onIgnored();
			}
		}
	}

}
