package io.github.llmkit.http;

/**
 * Reads a wire family's error body. Must accept any text, including an empty or non-JSON body.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ErrorParser {

	/**
	 * Read the error type and message from a failed response's body.
	 * @param status the HTTP status
	 * @param body the body text, possibly empty or not JSON
	 * @return the parsed error; never null
	 */
	ProviderError parse(int status, String body);

}
