package io.github.llmkit.provider.gemini;

import io.github.llmkit.http.ErrorParser;
import io.github.llmkit.provider.Provider;
import io.github.llmkit.provider.ProviderContext;
import io.github.llmkit.tool.ToolDefinition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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

	/**
	 * Return a tool definition as a function declaration of a {@code generateContent} request, with
	 * {@code parametersJsonSchema} reduced to the keywords Gemini accepts.
	 * @param tool the definition
	 * @return a new object, sharing the definition's schema nodes
	 */
	public static ObjectNode tool(ToolDefinition tool) {
		return GeminiRequestMapper.functionDeclaration(JsonMapper.shared().createObjectNode(), tool);
	}

}
