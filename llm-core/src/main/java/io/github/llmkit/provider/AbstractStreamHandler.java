package io.github.llmkit.provider;

import io.github.llmkit.LlmStreamException;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.http.ProviderError;
import io.github.llmkit.http.SseHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the wire families' stream handlers: holds the stream's {@link StreamAccumulator}, parses event
 * data, turns the family's error events into failures, and fails a stream that ended without its family's
 * terminal event. One instance per stream, used on the thread that reads it.
 *
 * @since 0.1.0
 */
public abstract class AbstractStreamHandler implements SseHandler {

	private final String clientName;

	private final JsonMapper json;

	private final String apiKey;

	private StreamAccumulator accumulator;

	private String rawData;

	/**
	 * Create a handler feeding an accumulator.
	 * @param clientName the client's name, for errors
	 * @param json the JSON mapper
	 * @param apiKey the client's API key, masked in error messages; may be null
	 * @param accumulator the stream's accumulator
	 */
	protected AbstractStreamHandler(String clientName, JsonMapper json, String apiKey,
			StreamAccumulator accumulator) {
		this.clientName = clientName;
		this.json = json;
		this.apiKey = apiKey;
		this.accumulator = accumulator;
	}

	/**
	 * Return the client's name.
	 * @return the name
	 */
	protected final String clientName() {
		return this.clientName;
	}

	/**
	 * Return the stream's accumulator.
	 * @return the accumulator
	 */
	protected final StreamAccumulator accumulator() {
		return this.accumulator;
	}

	/**
	 * Parse the JSON data of one event.
	 * @param data the event data
	 * @param what what the data is, for the error message ({@code chunk}, {@code message_start event})
	 * @return the parsed node
	 * @throws LlmStreamException naming this client when the data is not JSON
	 */
	protected final JsonNode read(String data, String what) {
		try {
			return this.json.readTree(data);
		}
		catch (JacksonException ex) {
			throw new LlmStreamException(this.clientName, null,
					this.clientName + " stream sent a malformed " + what + ": " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Parse the JSON data of one event that must be an object.
	 * @param data the event data
	 * @param what what the data is, for the error message
	 * @return the parsed object
	 * @throws LlmStreamException naming this client when the data is not JSON or not an object
	 */
	protected final JsonNode readObject(String data, String what) {
		JsonNode node = read(data, what);
		if (!node.isObject()) {
			throw new TreeChecks(this.clientName, what, true).notAnObject(node);
		}
		return node;
	}

	/**
	 * Keep the data of the event that becomes {@link ChatResponse#raw()} if no later one replaces it; it is
	 * parsed into a tree only if the response's {@code raw()} is read (see {@link RawJson}).
	 * @param data the event data, a JSON object
	 */
	protected final void rawData(String data) {
		this.rawData = data;
	}

	/**
	 * Return the failure for an error event the family's parser read, with the API key masked in its message.
	 * It is retryable only when the error is {@linkplain ProviderError#transientFailure() transient} and
	 * nothing has been delivered yet, the one rule every family follows.
	 * @param error the parsed error event
	 * @return the exception to throw
	 */
	protected final LlmStreamException streamFailure(ProviderError error) {
		return error.redacted(this.apiKey).streamFailure(this.clientName,
				error.transientFailure() && !this.accumulator.delivered());
	}

	@Override
	public boolean delivered() {
		return this.accumulator.delivered();
	}

	/**
	 * Start over with a fresh accumulator for the same listener, so that a retried stream reports only the
	 * attempt that succeeded; subclasses that keep state of their own reset it too.
	 */
	@Override
	public void restart() {
		this.accumulator = this.accumulator.restarted();
		this.rawData = null;
	}

	/**
	 * Complete the stream's response, or fail when the stream ended too early.
	 * @param ended whether the family's terminal event (or a finish reason) arrived
	 * @param missing what was missing, for the error message
	 * @return the aggregated response
	 * @throws LlmStreamException naming this client when {@code ended} is false
	 */
	protected final ChatResponse complete(boolean ended, String missing) {
		if (!ended) {
			throw new LlmStreamException(this.clientName, null,
					this.clientName + " stream ended before the answer was complete (" + missing + ")", null);
		}
		String unnamed = this.accumulator.unnamedToolCall();
		if (unnamed != null) {
			throw new LlmStreamException(this.clientName, null,
					this.clientName + " stream sent tool call " + unnamed + " without a name", null);
		}
		if (this.rawData != null) {
			this.accumulator.raw(RawJson.object(this.json, this.rawData));
		}
		return this.accumulator.complete();
	}

}
