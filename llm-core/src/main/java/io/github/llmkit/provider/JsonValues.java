package io.github.llmkit.provider;

import tools.jackson.databind.JsonNode;

/**
 * Lenient reads of optional scalar fields in a provider's answer: a missing, null or differently typed field
 * reads as null.
 *
 * @since 0.1.0
 */
public final class JsonValues {

	private JsonValues() {
	}

	/**
	 * Return a node's text.
	 * @param node the node, or null
	 * @return the text, or null when the node is not a JSON string
	 */
	public static String string(JsonNode node) {
		return (node != null && node.isString()) ? node.asString() : null;
	}

	/**
	 * Return a node's integer value.
	 * @param node the node, or null
	 * @return the value, or null when the node is not a JSON number
	 */
	public static Integer integer(JsonNode node) {
		return (node != null && node.isNumber()) ? node.asInt() : null;
	}

}
