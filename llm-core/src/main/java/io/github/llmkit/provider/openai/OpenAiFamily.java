package io.github.llmkit.provider.openai;

import io.github.llmkit.http.ErrorParser;
import io.github.llmkit.provider.Provider;
import io.github.llmkit.provider.ProviderContext;
import io.github.llmkit.tool.ToolDefinition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Entry point of the OpenAI-compatible wire family.
 *
 * @since 0.1.0
 */
public final class OpenAiFamily {

	private OpenAiFamily() {
	}

	/**
	 * Create the provider serving one client.
	 * @param context the client's context
	 * @return the provider
	 */
	public static Provider provider(ProviderContext context) {
		return new OpenAiProvider(context);
	}

	/**
	 * Return the parser of this family's error bodies.
	 * @param json the JSON mapper
	 * @return the parser
	 */
	public static ErrorParser errorParser(JsonMapper json) {
		return new OpenAiErrorParser(json);
	}

	/**
	 * Return a tool definition as a {@code tools} entry of a Chat Completions request:
	 * {@code {"type":"function","function":{...}}}.
	 * @param tool the definition
	 * @return a new object, sharing the definition's schema nodes
	 */
	public static ObjectNode tool(ToolDefinition tool) {
		return OpenAiRequestMapper.tool(JsonMapper.shared().createObjectNode(), tool);
	}

}
