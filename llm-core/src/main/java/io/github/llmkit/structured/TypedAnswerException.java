package io.github.llmkit.structured;

import java.util.List;

import io.github.llmkit.LlmException;
import io.github.llmkit.chat.ChatResponse;

/**
 * A typed answer could not be produced: the model refused, was cut short, was filtered, or kept answering
 * something that does not match the type's schema. Carries the raw answer text, the validation errors and the
 * client name ({@link #provider()}).
 *
 * @since 0.1.0
 */
public class TypedAnswerException extends LlmException {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	private final String rawText;

	private final List<String> errors;

	private final transient ChatResponse response;

	/**
	 * Create an exception.
	 * @param provider the client name, or null
	 * @param reason why there is no typed answer
	 * @param message what failed
	 * @param rawText the model's last answer text, never null
	 * @param errors what is wrong with that answer, empty unless {@link Reason#INVALID}
	 * @param response the model's last response, or null
	 */
	public TypedAnswerException(String provider, Reason reason, String message, String rawText, List<String> errors,
			ChatResponse response) {
		super(provider, message);
		this.reason = reason;
		this.rawText = (rawText != null) ? rawText : "";
		this.errors = List.copyOf(errors);
		this.response = response;
	}

	/**
	 * Return why there is no typed answer.
	 * @return the reason
	 */
	public Reason reason() {
		return this.reason;
	}

	/**
	 * Return the text of the model's last answer (for a refusal, its explanation).
	 * @return the text, possibly empty
	 */
	public String rawText() {
		return this.rawText;
	}

	/**
	 * Return what is wrong with the last answer: JSON syntax or schema violations with their locations.
	 * @return the errors, empty unless the reason is {@link Reason#INVALID}
	 */
	public List<String> errors() {
		return this.errors;
	}

	/**
	 * Return the model's last response, with usage and finish reason.
	 * @return the response, or null when the exception was not created from one
	 */
	public ChatResponse response() {
		return this.response;
	}

	/**
	 * Why a typed answer failed.
	 *
	 * @since 0.1.0
	 */
	public enum Reason {

		/** The answer is not JSON or does not match the schema, after every repair round. */
		INVALID,

		/** The model declined to answer (OpenAI {@code refusal}, Claude {@code stop_reason: refusal}). */
		REFUSED,

		/** The answer hit the output token limit and is incomplete. */
		TRUNCATED,

		/** A safety filter blocked or cut the answer. */
		CONTENT_FILTERED

	}

}
