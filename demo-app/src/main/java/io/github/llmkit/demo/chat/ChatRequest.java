package io.github.llmkit.demo.chat;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.demo.web.InvalidFieldException;

/**
 * A chat request: one user message, optionally with a system prompt, a provider and a model.
 *
 * @param provider the client name, or null for the default client
 * @param message the user message
 * @param system the system prompt, or null
 * @param model the model, or null for the client's default
 * @since 0.1.0
 */
public record ChatRequest(String provider, String message, String system, String model) {

	/** The longest user message accepted. */
	public static final int MAX_MESSAGE_LENGTH = 16_000;

	/** The longest system prompt accepted. */
	public static final int MAX_SYSTEM_LENGTH = 8_000;

	private static final int MAX_MODEL_LENGTH = 200;

	/**
	 * Return the conversation to send: the system prompt, if any, then the user message.
	 * @return the messages
	 * @throws InvalidFieldException if the message is missing or a field is too long
	 */
	public List<Message> messages() {
		String text = InvalidFieldException.requireText("message", this.message, MAX_MESSAGE_LENGTH);
		String systemText = InvalidFieldException.optionalText("system", this.system, MAX_SYSTEM_LENGTH);
		List<Message> messages = new ArrayList<>(2);
		if (systemText != null) {
			messages.add(Message.system(systemText));
		}
		messages.add(Message.user(text));
		return messages;
	}

	/**
	 * Return the per-call options: the model when one was given.
	 * @return the options
	 * @throws InvalidFieldException if the model name is too long
	 */
	public ChatOptions options() {
		String modelName = InvalidFieldException.optionalText("model", this.model, MAX_MODEL_LENGTH);
		return (modelName != null) ? ChatOptions.builder().model(modelName).build() : ChatOptions.none();
	}

}
