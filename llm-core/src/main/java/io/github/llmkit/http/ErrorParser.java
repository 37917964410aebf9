package io.github.llmkit.http;

import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

	/**
	 * Create a parser for a family whose errors are JSON: an empty body gives an empty error, a body that is
	 * not JSON becomes the message (cut to 500 characters), and JSON goes to {@code reader}.
	 * @param json the JSON mapper
	 * @param reader reads the parsed body; must accept any JSON value
	 * @return the parser
	 */
	static ErrorParser ofJson(JsonMapper json, Function<JsonNode, ProviderError> reader) {
		return (status, body) -> {
			if (body == null || body.isBlank()) {
				return new ProviderError(null, null, null);
			}
			JsonNode root;
			try {
				root = json.readTree(body);
			}
			catch (JacksonException ex) {
				String text = body.strip();
				return new ProviderError(null, (text.length() > 500) ? text.substring(0, 500) + "..." : text, null);
			}
			return reader.apply(root);
		};
	}

}
