package io.github.llmkit.demo.extract;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.demo.web.InvalidFieldException;

/**
 * An extraction request: the free text, optionally a provider and a model.
 *
 * @param provider the client name, or null for the default client
 * @param text the text to extract the invoice from
 * @param model the model, or null for the client's default
 * @since 0.1.0
 */
public record ExtractRequest(String provider, String text, String model) {

	private static final int MAX_TEXT_LENGTH = 16_000;

	private static final int MAX_MODEL_LENGTH = 200;

	/**
	 * Return the text, checked.
	 * @return the text
	 * @throws InvalidFieldException if it is missing or too long
	 */
	public String checkedText() {
		return InvalidFieldException.requireText("text", this.text, MAX_TEXT_LENGTH);
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
