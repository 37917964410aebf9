package io.github.llmkit.memory;

import io.github.llmkit.chat.Message;

/**
 * One message of a stored conversation with what it costs to send again.
 *
 * @param message the message; never null
 * @param tokens the tokens the message counts for, derived from the usage the provider reported when it was
 * sent or answered, or null when no provider ever counted it (windowing then estimates it)
 * @since 0.1.0
 */
public record StoredMessage(Message message, Integer tokens) {

	/**
	 * Create a stored message, requiring the message and a count that is not negative.
	 * @throws IllegalArgumentException naming the bad field
	 */
	public StoredMessage {
		if (message == null) {
			throw new IllegalArgumentException("'message' must not be null");
		}
		if (tokens != null && tokens < 0) {
			throw new IllegalArgumentException("'tokens' must not be negative, was " + tokens);
		}
	}

	/**
	 * Create a stored message that no provider has counted yet.
	 * @param message the message
	 * @return the stored message
	 */
	public static StoredMessage of(Message message) {
		return new StoredMessage(message, null);
	}

	/**
	 * Return the message as one JSON object, as stores that keep text write it: role, text or content parts
	 * (images and documents inline as base64, or by URL), tool calls with their signatures, tool result
	 * fields, reasoning blocks with their signatures, and the token count.
	 * @return the JSON text
	 */
	public String toJson() {
		return MessageJsonCodec.write(this);
	}

	/**
	 * Read a message written by {@link #toJson()}.
	 * @param json the JSON text
	 * @return the stored message
	 * @throws IllegalArgumentException if the text is not such a message, naming the problem
	 */
	public static StoredMessage fromJson(String json) {
		return MessageJsonCodec.read(json);
	}

	/**
	 * Return the token count, or an estimate of about four characters per token when no provider counted it.
	 * @return the count, at least 1
	 */
	int tokensOrEstimate() {
		return (this.tokens != null) ? this.tokens : TokenEstimate.of(this.message);
	}

}
