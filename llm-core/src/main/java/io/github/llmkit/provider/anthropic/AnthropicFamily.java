package io.github.llmkit.provider.anthropic;

import io.github.llmkit.http.ErrorParser;
import io.github.llmkit.provider.Provider;
import io.github.llmkit.provider.ProviderContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entry point of the Anthropic Messages API wire family.
 *
 * @since 0.1.0
 */
public final class AnthropicFamily {

	private AnthropicFamily() {
	}

	/**
	 * Create the provider serving one client.
	 * @param context the client's context
	 * @return the provider
	 */
	public static Provider provider(ProviderContext context) {
		return new AnthropicProvider(context);
	}

	/**
	 * Return the parser of this family's error bodies.
	 * @param json the JSON mapper
	 * @return the parser
	 */
	public static ErrorParser errorParser(JsonMapper json) {
		return ErrorParser.ofJson(json, AnthropicErrorParser::fromJson);
	}

}
