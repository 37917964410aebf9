package io.github.llmkit.reactor;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import io.github.llmkit.LlmClient;
import io.github.llmkit.async.AsyncLlmClient;
import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.tool.ToolLoopResult;
import io.github.llmkit.tool.ToolRegistry;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Reactor form of an {@link LlmClient}, over {@link AsyncLlmClient}: every {@code Mono} and {@code Flux}
 * is cold and starts its call on subscription, runs the blocking transport on the async client's executor (a
 * virtual thread per call when the runtime has them), and fails with the client's
 * {@link io.github.llmkit.LlmException}. A {@code Flux} of deltas honours backpressure: at most
 * {@link AsyncLlmClient#DEFAULT_BUFFER} deltas wait for a slow subscriber before the reader stops reading the
 * socket. Cancelling a subscription aborts the call and closes a stream's connection. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ReactorLlmClient {

	private final AsyncLlmClient async;

	private ReactorLlmClient(AsyncLlmClient async) {
		this.async = async;
	}

	/**
	 * Wrap a client, running its calls on {@link AsyncLlmClient#defaultExecutor()}.
	 * @param client the blocking client
	 * @return the Reactor client
	 */
	public static ReactorLlmClient of(LlmClient client) {
		return of(AsyncLlmClient.of(client));
	}

	/**
	 * Wrap a client, running its calls on the given executor.
	 * @param client the blocking client
	 * @param executor runs each call; must not queue a call behind another
	 * @return the Reactor client
	 */
	public static ReactorLlmClient of(LlmClient client, Executor executor) {
		return of(AsyncLlmClient.of(client, executor));
	}

	/**
	 * Wrap an async client.
	 * @param async the async client whose executor runs the calls
	 * @return the Reactor client
	 */
	public static ReactorLlmClient of(AsyncLlmClient async) {
		if (async == null) {
			throw new IllegalArgumentException("'async' must not be null");
		}
		return new ReactorLlmClient(async);
	}

	/**
	 * Send a conversation; see {@link LlmClient#chat(List, ChatOptions)}.
	 * @param messages the conversation, not empty
	 * @param options per-call settings, or null
	 * @return the answer, once subscribed
	 */
	public Mono<ChatResponse> chat(List<Message> messages, ChatOptions options) {
		return Mono.fromFuture(() -> this.async.chat(messages, options));
	}

	/**
	 * Stream the answer to a conversation as its deltas.
	 * @param messages the conversation, not empty
	 * @param options per-call settings, or null
	 * @return the deltas, once subscribed
	 */
	public Flux<ChatDelta> stream(List<Message> messages, ChatOptions options) {
		return JdkFlowAdapter.flowPublisherToFlux(this.async.publish(messages, options));
	}

	/**
	 * Stream the answer to a conversation with the client's defaults.
	 * @param messages the conversation, not empty
	 * @return the deltas, once subscribed
	 */
	public Flux<ChatDelta> stream(List<Message> messages) {
		return stream(messages, ChatOptions.none());
	}

	/**
	 * Stream any blocking stream call, such as {@code registry.runStreaming(client, messages, listener)}, as
	 * its deltas.
	 * @param streamCall runs the blocking stream with the listener it is given
	 * @return the deltas, once subscribed
	 */
	public Flux<ChatDelta> stream(Consumer<StreamListener> streamCall) {
		return JdkFlowAdapter.flowPublisherToFlux(this.async.publish(streamCall));
	}

	/**
	 * Run the tool loop with all of the registry's tools; see {@link ToolRegistry#run(LlmClient, List)}.
	 * @param tools the registry whose tools are offered and executed
	 * @param messages the conversation, not empty
	 * @return the loop's result, once subscribed
	 */
	public Mono<ToolLoopResult> runTools(ToolRegistry tools, List<Message> messages) {
		return Mono.fromFuture(() -> this.async.runTools(tools, messages));
	}

	/**
	 * Run the tool loop streamed, as the deltas of every round.
	 * @param tools the registry whose tools are offered and executed
	 * @param messages the conversation, not empty
	 * @return the deltas of every round, once subscribed
	 */
	public Flux<ChatDelta> streamTools(ToolRegistry tools, List<Message> messages) {
		if (tools == null) {
			throw new IllegalArgumentException("'tools' must not be null");
		}
		return stream((listener) -> tools.runStreaming(this.async.client(), messages, listener));
	}

	/**
	 * Return the async client this one runs on.
	 * @return the async client
	 */
	public AsyncLlmClient async() {
		return this.async;
	}

}
