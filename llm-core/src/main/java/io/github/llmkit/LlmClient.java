package io.github.llmkit;

import java.util.List;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.embedding.EmbeddingOptions;
import io.github.llmkit.embedding.EmbeddingResponse;
import io.github.llmkit.tool.ToolDefinition;

/**
 * One configured LLM provider behind one API. Every operation blocks the calling thread and throws an
 * {@link LlmException} on failure: an {@link LlmInvalidRequestException} naming the argument, before anything
 * is sent, for a null or empty conversation, a null element, a null prompt, tool list or listener, a tool
 * offered twice, or a required or named {@link io.github.llmkit.chat.ToolChoice} that no offered tool meets. A null {@code options} means the client's defaults. Thread-safe: build a client once and
 * share it; {@link #close()} releases its connection pool.
 * <p>
 * Stream methods call the listener on the calling thread for every delta as soon as its event is complete,
 * and return the aggregated response when the stream ends. If the listener throws, the stream is cancelled,
 * its connection closed, and the exception propagates. A stream that breaks off or ends without its terminal
 * event raises an {@link LlmStreamException}; it is retried only if nothing was delivered yet.
 *
 * @since 0.1.0
 */
public interface LlmClient extends AutoCloseable {

	/**
	 * Send a conversation and return the answer.
	 * @param messages the conversation, not empty
	 * @param options per-call settings whose null fields inherit, or null
	 * @return the answer
	 */
	ChatResponse chat(List<Message> messages, ChatOptions options);

	/**
	 * Send a conversation with the client's defaults.
	 * @param messages the conversation, not empty
	 * @return the answer
	 */
	default ChatResponse chat(List<Message> messages) {
		return chat(messages, ChatOptions.none());
	}

	/**
	 * Send one prompt as a user message and return the answer.
	 * @param prompt the prompt
	 * @param options per-call settings, or null
	 * @return the answer
	 */
	ChatResponse complete(String prompt, ChatOptions options);

	/**
	 * Send one prompt with the client's defaults.
	 * @param prompt the prompt
	 * @return the answer
	 */
	default ChatResponse complete(String prompt) {
		return complete(prompt, ChatOptions.none());
	}

	/**
	 * Send a conversation with tools the model may call; the answer may hold tool calls to execute. For the
	 * whole loop, use {@link io.github.llmkit.tool.ToolRegistry}.
	 * @param messages the conversation, not empty
	 * @param tools the tools offered
	 * @param options per-call settings, or null
	 * @return the answer
	 */
	ChatResponse chatWithTools(List<Message> messages, List<ToolDefinition> tools, ChatOptions options);

	/**
	 * Send a conversation with tools and the client's defaults.
	 * @param messages the conversation, not empty
	 * @param tools the tools offered
	 * @return the answer
	 */
	default ChatResponse chatWithTools(List<Message> messages, List<ToolDefinition> tools) {
		return chatWithTools(messages, tools, ChatOptions.none());
	}

	/**
	 * Stream the answer to a conversation.
	 * @param messages the conversation, not empty
	 * @param listener receives each delta on this thread
	 * @param options per-call settings, or null
	 * @return the aggregated answer
	 */
	ChatResponse streamChat(List<Message> messages, StreamListener listener, ChatOptions options);

	/**
	 * Stream the answer to a conversation with the client's defaults.
	 * @param messages the conversation, not empty
	 * @param listener receives each delta on this thread
	 * @return the aggregated answer
	 */
	default ChatResponse streamChat(List<Message> messages, StreamListener listener) {
		return streamChat(messages, listener, ChatOptions.none());
	}

	/**
	 * Stream the answer to one prompt.
	 * @param prompt the prompt
	 * @param listener receives each delta on this thread
	 * @param options per-call settings, or null
	 * @return the aggregated answer
	 */
	ChatResponse streamComplete(String prompt, StreamListener listener, ChatOptions options);

	/**
	 * Stream the answer to one prompt with the client's defaults.
	 * @param prompt the prompt
	 * @param listener receives each delta on this thread
	 * @return the aggregated answer
	 */
	default ChatResponse streamComplete(String prompt, StreamListener listener) {
		return streamComplete(prompt, listener, ChatOptions.none());
	}

	/**
	 * Stream the answer to a conversation with tools; complete tool calls reach
	 * {@link StreamListener#onToolCall}.
	 * @param messages the conversation, not empty
	 * @param tools the tools offered
	 * @param listener receives each delta on this thread
	 * @param options per-call settings, or null
	 * @return the aggregated answer
	 */
	ChatResponse streamChatWithTools(List<Message> messages, List<ToolDefinition> tools, StreamListener listener,
			ChatOptions options);

	/**
	 * Stream the answer to a conversation with tools and the client's defaults.
	 * @param messages the conversation, not empty
	 * @param tools the tools offered
	 * @param listener receives each delta on this thread
	 * @return the aggregated answer
	 */
	default ChatResponse streamChatWithTools(List<Message> messages, List<ToolDefinition> tools,
			StreamListener listener) {
		return streamChatWithTools(messages, tools, listener, ChatOptions.none());
	}

	/**
	 * List the provider's models, following every page.
	 * @return the models
	 * @throws LlmUnsupportedOperationException if the provider cannot list models
	 */
	List<ModelInfo> listModels();

	/**
	 * Embed texts; the vectors come back in input order.
	 * @param inputs the texts, not empty, no null or empty element
	 * @param options the model and dimensions whose null fields inherit, or null
	 * @return the vectors
	 * @throws LlmUnsupportedOperationException if the provider has no embeddings
	 * @throws LlmInvalidRequestException if neither the options, the config nor the provider name a model
	 */
	EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options);

	/**
	 * Embed texts with the client's default embedding model.
	 * @param inputs the texts, not empty, no null or empty element
	 * @return the vectors
	 * @throws LlmUnsupportedOperationException if the provider has no embeddings
	 */
	default EmbeddingResponse embed(List<String> inputs) {
		return embed(inputs, EmbeddingOptions.none());
	}

	/**
	 * Return the client's name (its bean name under Spring).
	 * @return the name
	 */
	String name();

	/**
	 * Return the provider type.
	 * @return the type
	 */
	ProviderType type();

	/**
	 * Return the model used when a call names none.
	 * @return the default model id
	 */
	String defaultModel();

	/**
	 * Return the base URL requests go to, for telemetry ({@code server.address} and {@code server.port}).
	 * @return the base URL, or null if unknown (the default)
	 */
	default String baseUrl() {
		return null;
	}

	/**
	 * Return the options a call falls back to for what it does not set: model, temperature, output limit.
	 * @return the defaults, {@link ChatOptions#none()} unless the client says otherwise
	 */
	default ChatOptions defaultOptions() {
		return ChatOptions.none();
	}

	/**
	 * Release the connection pool; idempotent. Calls after closing fail with an {@link LlmException}.
	 */
	@Override
	void close();

}
