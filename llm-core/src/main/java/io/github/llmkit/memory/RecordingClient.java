package io.github.llmkit.memory;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.LlmClient;
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
 * Wraps the client of one turn and records every conversation sent and the response it got, so that the turn
 * can count each new message with the usage of the call that first carried it. Used by one thread.
 */
final class RecordingClient implements LlmClient {

	private final LlmClient delegate;

	private final List<Call> calls = new ArrayList<>();

	RecordingClient(LlmClient delegate) {
		this.delegate = delegate;
	}

	List<Call> calls() {
		return this.calls;
	}

	private ChatResponse record(List<Message> messages, ChatResponse response) {
		this.calls.add(new Call(List.copyOf(messages), response));
		return response;
	}

	@Override
	public ChatResponse chat(List<Message> messages, ChatOptions options) {
		return record(messages, this.delegate.chat(messages, options));
	}

	@Override
	public ChatResponse complete(String prompt, ChatOptions options) {
		return chat(List.of(Message.user(prompt)), options);
	}

	@Override
	public ChatResponse chatWithTools(List<Message> messages, List<ToolDefinition> tools, ChatOptions options) {
		return record(messages, this.delegate.chatWithTools(messages, tools, options));
	}

	@Override
	public ChatResponse streamChat(List<Message> messages, StreamListener listener, ChatOptions options) {
		return record(messages, this.delegate.streamChat(messages, listener, options));
	}

	@Override
	public ChatResponse streamComplete(String prompt, StreamListener listener, ChatOptions options) {
		return streamChat(List.of(Message.user(prompt)), listener, options);
	}

	@Override
	public ChatResponse streamChatWithTools(List<Message> messages, List<ToolDefinition> tools,
			StreamListener listener, ChatOptions options) {
		return record(messages, this.delegate.streamChatWithTools(messages, tools, listener, options));
	}

	@Override
	public List<ModelInfo> listModels() {
		return this.delegate.listModels();
	}

	@Override
	public EmbeddingResponse embed(List<String> inputs, EmbeddingOptions options) {
		return this.delegate.embed(inputs, options);
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
		throw new UnsupportedOperationException("The client of a conversation is closed by its owner");
	}

	/**
	 * One call of the turn: the conversation sent and the answer.
	 */
	record Call(List<Message> sent, ChatResponse response) {
	}

}
