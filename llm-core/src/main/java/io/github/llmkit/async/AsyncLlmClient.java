package io.github.llmkit.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmInvalidRequestException;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.tool.ToolLoopResult;
import io.github.llmkit.tool.ToolRegistry;

/**
 * The asynchronous form of an {@link LlmClient}: every call runs the client's blocking method on an executor
 * (by default a virtual thread per call when the runtime has them, else a cached pool of daemon threads) and
 * returns a {@link CompletableFuture} that completes with the result or with the client's
 * {@link io.github.llmkit.LlmException}. {@code cancel(true)} on a returned future aborts the call: the
 * worker thread is interrupted and a stream's next event closes its connection. Streams are also available
 * as a {@link Flow.Publisher} with bounded buffering. Thread-safe; closing is the underlying client's job.
 *
 * @since 0.1.0
 */
public final class AsyncLlmClient {

	/** The number of deltas a publisher buffers ahead of its subscriber before the reader waits. */
	public static final int DEFAULT_BUFFER = 16;

	private final LlmClient client;

	private final Executor executor;

	private AsyncLlmClient(LlmClient client, Executor executor) {
		this.client = client;
		this.executor = executor;
	}

	/**
	 * Wrap a client, running its calls on the {@linkplain #defaultExecutor() default executor}.
	 * @param client the blocking client
	 * @return the asynchronous client
	 */
	public static AsyncLlmClient of(LlmClient client) {
		return of(client, defaultExecutor());
	}

	/**
	 * Wrap a client, running its calls on the given executor, which must start every task it accepts without
	 * waiting for another to finish (a stream holds its thread for its whole duration).
	 * @param client the blocking client
	 * @param executor runs each call
	 * @return the asynchronous client
	 */
	public static AsyncLlmClient of(LlmClient client, Executor executor) {
		if (client == null) {
			throw new IllegalArgumentException("'client' must not be null");
		}
		if (executor == null) {
			throw new IllegalArgumentException("'executor' must not be null");
		}
		return new AsyncLlmClient(client, executor);
	}

	/**
	 * Return the shared executor used when none is given: a virtual thread per task on JDK 21 and later,
	 * otherwise a cached pool of daemon platform threads named {@code llmkit-async-N}.
	 * @return the shared default executor
	 */
	public static Executor defaultExecutor() {
		return AsyncExecutors.shared();
	}

	/**
	 * Return whether the {@linkplain #defaultExecutor() default executor} runs virtual threads.
	 * @return true on a runtime with virtual threads
	 */
	public static boolean virtualThreads() {
		return AsyncExecutors.virtual();
	}

	/**
	 * Send a conversation; see {@link LlmClient#chat(List, ChatOptions)}.
	 * @param messages the conversation, not empty
	 * @param options per-call settings, or null
	 * @return the answer, or the failure
	 */
	public CompletableFuture<ChatResponse> chat(List<Message> messages, ChatOptions options) {
		return CallTask.start(name(), this.executor, (task) -> this.client.chat(messages, options));
	}

	/**
	 * Send a conversation with the client's defaults.
	 * @param messages the conversation, not empty
	 * @return the answer, or the failure
	 */
	public CompletableFuture<ChatResponse> chat(List<Message> messages) {
		return chat(messages, ChatOptions.none());
	}

	/**
	 * Stream the answer to a conversation; the listener runs on the worker thread, and the future completes
	 * with the aggregate when the stream ends. See {@link LlmClient#streamChat(List, StreamListener, ChatOptions)}.
	 * @param messages the conversation, not empty
	 * @param listener receives each delta on the worker thread
	 * @param options per-call settings, or null
	 * @return the aggregated answer, or the failure
	 */
	public CompletableFuture<ChatResponse> stream(List<Message> messages, StreamListener listener,
			ChatOptions options) {
		StreamListener target = required(listener, "listener");
		return CallTask.start(name(), this.executor, (task) -> this.client.streamChat(messages,
				new GuardedListener(target, task::cancelRequested), options));
	}

	/**
	 * Stream the answer to a conversation with the client's defaults.
	 * @param messages the conversation, not empty
	 * @param listener receives each delta on the worker thread
	 * @return the aggregated answer, or the failure
	 */
	public CompletableFuture<ChatResponse> stream(List<Message> messages, StreamListener listener) {
		return stream(messages, listener, ChatOptions.none());
	}

	/**
	 * Run the tool loop with all of the registry's tools; see {@link ToolRegistry#run(LlmClient, List)}.
	 * @param tools the registry whose tools are offered and executed
	 * @param messages the conversation, not empty
	 * @return the loop's result, or the failure
	 */
	public CompletableFuture<ToolLoopResult> runTools(ToolRegistry tools, List<Message> messages) {
		ToolRegistry registry = required(tools, "tools");
		return CallTask.start(name(), this.executor, (task) -> registry.run(this.client, messages));
	}

	/**
	 * Run the tool loop streamed; see {@link ToolRegistry#runStreaming(LlmClient, List, StreamListener)}.
	 * Cancelling stops the loop at its next event.
	 * @param tools the registry whose tools are offered and executed
	 * @param messages the conversation, not empty
	 * @param listener receives every round on the worker thread
	 * @return the loop's result, or the failure
	 */
	public CompletableFuture<ToolLoopResult> runToolsStreaming(ToolRegistry tools, List<Message> messages,
			StreamListener listener) {
		ToolRegistry registry = required(tools, "tools");
		StreamListener target = required(listener, "listener");
		return CallTask.start(name(), this.executor, (task) -> registry.runStreaming(this.client, messages,
				new GuardedListener(target, task::cancelRequested)));
	}

	/**
	 * Publish the answer to a conversation: each subscriber starts its own stream at its first request and
	 * receives every delta, then {@code onComplete}, or {@code onError} with the client's exception. At most
	 * {@value #DEFAULT_BUFFER} deltas wait for a slow subscriber; then the reader stops reading the socket.
	 * Cancelling the subscription closes the stream's connection.
	 * @param messages the conversation, not empty
	 * @param options per-call settings, or null
	 * @return a cold publisher of the deltas
	 */
	public Flow.Publisher<ChatDelta> publish(List<Message> messages, ChatOptions options) {
		return publish((listener) -> this.client.streamChat(messages, listener, options));
	}

	/**
	 * Publish the deltas of any blocking stream call, such as a streamed tool loop, with the same buffering
	 * and cancellation as {@link #publish(List, ChatOptions)}.
	 * @param streamCall runs the blocking stream with the listener it is given
	 * @return a cold publisher of the deltas
	 */
	public Flow.Publisher<ChatDelta> publish(Consumer<StreamListener> streamCall) {
		return publish(streamCall, DEFAULT_BUFFER);
	}

	/**
	 * Publish the deltas of a blocking stream call, buffering at most {@code bufferSize} ahead of the
	 * subscriber.
	 * @param streamCall runs the blocking stream with the listener it is given
	 * @param bufferSize the most deltas held for a slow subscriber, at least 1
	 * @return a cold publisher of the deltas
	 */
	public Flow.Publisher<ChatDelta> publish(Consumer<StreamListener> streamCall, int bufferSize) {
		if (streamCall == null) {
			throw new LlmInvalidRequestException(name(), "'streamCall' must not be null");
		}
		if (bufferSize < 1) {
			throw new LlmInvalidRequestException(name(), "'bufferSize' must be at least 1, was " + bufferSize);
		}
		return new DeltaPublisher(name(), this.executor, streamCall, bufferSize);
	}

	/**
	 * Return the blocking client this one runs.
	 * @return the client
	 */
	public LlmClient client() {
		return this.client;
	}

	/**
	 * Return the executor calls run on.
	 * @return the executor
	 */
	public Executor executor() {
		return this.executor;
	}

	private String name() {
		return this.client.name();
	}

	private <T> T required(T value, String parameter) {
		if (value == null) {
			throw new LlmInvalidRequestException(name(), "'" + parameter + "' must not be null");
		}
		return value;
	}

}
