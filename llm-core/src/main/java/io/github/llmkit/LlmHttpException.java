package io.github.llmkit;

/**
 * The provider answered with an HTTP error status. Carries the status and the provider's error type and
 * message as fields.
 *
 * @since 0.1.0
 */
public class LlmHttpException extends LlmException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String errorType;

	private final String errorMessage;

	/**
	 * Create an exception.
	 * @param provider the provider name
	 * @param status the HTTP status
	 * @param errorType the provider's error type or code, or null
	 * @param errorMessage the provider's error message, or null
	 */
	public LlmHttpException(String provider, int status, String errorType, String errorMessage) {
		super(provider, describe(provider, status, errorType, errorMessage));
		this.status = status;
		this.errorType = errorType;
		this.errorMessage = errorMessage;
	}

	private static String describe(String provider, int status, String errorType, String errorMessage) {
		StringBuilder text = new StringBuilder().append(provider).append(" answered HTTP ").append(status);
		if (errorType != null) {
			text.append(" (").append(errorType).append(')');
		}
		if (errorMessage != null && !errorMessage.isEmpty()) {
			text.append(": ").append(errorMessage);
		}
		return text.toString();
	}

	/**
	 * Return the HTTP status.
	 * @return the status
	 */
	public int status() {
		return this.status;
	}

	/**
	 * Return the provider's error type or code ({@code invalid_request_error}, {@code overloaded_error}, ...).
	 * @return the type, or null
	 */
	public String errorType() {
		return this.errorType;
	}

	/**
	 * Return the provider's error message.
	 * @return the message, or null
	 */
	public String errorMessage() {
		return this.errorMessage;
	}

	@Override
	public boolean retryable() {
		return switch (this.status) {
			case 408, 409, 429, 500, 502, 503, 504, 529 -> true;
			default -> false;
		};
	}

}
