package io.github.llmkit.provider.gemini;

import io.github.llmkit.http.ErrorParser;
import io.github.llmkit.provider.Provider;
import io.github.llmkit.provider.ProviderContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entry point of the Gemini API wire family.
 *
 * @since 0.1.0
 */
public final class GeminiFamily {

	private GeminiFamily() {
	}

	/**
	 * Create the provider serving one client.
	 * @param context the client's context
	 * @return the provider
	 */
	public static Provider provider(ProviderContext context) {
		return new GeminiProvider(context);
	}

	/**
	 * Return the parser of this family's error bodies.
	 * @param json the JSON mapper
	 * @return the parser
	 */
	public static ErrorParser errorParser(JsonMapper json) {
		return ErrorParser.ofJson(json, GeminiErrorParser::fromJson);
	}

}
