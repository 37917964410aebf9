package io.github.llmkit.demo.web;

/**
 * A request field that is missing, too long, or names nothing known; answered with HTTP 400 problem details
 * that name the field.
 *
 * @since 0.1.0
 */
public class InvalidFieldException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	/**
	 * Create the exception.
	 * @param field the request field, such as {@code message}
	 * @param message what is wrong with it and what to send instead
	 */
	public InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * Return the name of the offending field.
	 * @return the field name
	 */
	public String field() {
		return this.field;
	}

	/**
	 * Return {@code value} if it holds text of at most {@code maxLength} characters.
	 * @param field the field name, used in the error
	 * @param value the value sent
	 * @param maxLength the longest value accepted
	 * @return the value
	 * @throws InvalidFieldException if the value is missing, blank or too long
	 */
	public static String requireText(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "'" + field + "' is required and must not be blank");
		}
		return checkLength(field, value, maxLength);
	}

	/**
	 * Return {@code value}, or null when it is missing or blank, checking its length.
	 * @param field the field name, used in the error
	 * @param value the value sent, may be null
	 * @param maxLength the longest value accepted
	 * @return the value, or null
	 * @throws InvalidFieldException if the value is too long
	 */
	public static String optionalText(String field, String value, int maxLength) {
		return (value == null || value.isBlank()) ? null : checkLength(field, value, maxLength);
	}

	private static String checkLength(String field, String value, int maxLength) {
		if (value.length() > maxLength) {
			throw new InvalidFieldException(field,
					"'" + field + "' must be at most " + maxLength + " characters, was " + value.length());
		}
		return value;
	}

}
