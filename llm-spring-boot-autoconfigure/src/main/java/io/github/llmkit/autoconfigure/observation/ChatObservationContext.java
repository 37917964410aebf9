package io.github.llmkit.autoconfigure.observation;

import java.time.Duration;
import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;

/**
 * The observation context of one chat call, blocking or streamed, with its retries.
 *
 * @since 0.1.0
 */
public final class ChatObservationContext extends LlmObservationContext {

	private final List<Message> messages;

	private final ChatOptions options;

	private final boolean stream;

	private ChatResponse response;

	private Duration timeToFirstChunk;

	/**
	 * Create the context of a call.
	 * @param client the called client
	 * @param messages the conversation sent
	 * @param options the call's options over the client's defaults
	 * @param stream whether the call streams
	 */
	public ChatObservationContext(LlmClient client, List<Message> messages, ChatOptions options, boolean stream) {
		super(client);
		this.messages = messages;
		this.options = options;
		this.stream = stream;
	}

	/**
	 * Return the conversation sent.
	 * @return the messages
	 */
	public List<Message> getMessages() {
		return this.messages;
	}

	/**
	 * Return the options the call asked for: its own over the client's defaults.
	 * @return the options
	 */
	public ChatOptions getOptions() {
		return this.options;
	}

	/**
	 * Return whether the call streams.
	 * @return true for a streamed call
	 */
	public boolean isStream() {
		return this.stream;
	}

	/**
	 * Return the answer.
	 * @return the response, or null before it arrived or after a failure
	 */
	public ChatResponse getResponse() {
		return this.response;
	}

	/**
	 * Set the answer.
	 * @param response the response
	 */
	public void setResponse(ChatResponse response) {
		this.response = response;
	}

	/**
	 * Return the time from the start of a streamed call to its first chunk.
	 * @return the time, or null for a blocking call or before the first chunk
	 */
	public Duration getTimeToFirstChunk() {
		return this.timeToFirstChunk;
	}

	/**
	 * Set the time to the first chunk.
	 * @param timeToFirstChunk the time
	 */
	public void setTimeToFirstChunk(Duration timeToFirstChunk) {
		this.timeToFirstChunk = timeToFirstChunk;
	}

}
