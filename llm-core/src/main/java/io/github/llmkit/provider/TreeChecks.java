package io.github.llmkit.provider;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.LlmException;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of the fields a family takes from an answer it holds as a tree: absent and null read as null, a
 * field of another type fails with a typed {@link LlmException} naming the client and the field's path, as
 * {@link WireParser} does for answers read token by token.
 *
 * @param clientName the client's name
 * @param what what the answer is ({@code chat}, {@code content_block_start event})
 * @param stream whether it is a streamed event ({@link io.github.llmkit.LlmStreamException}) or a body
 * ({@link io.github.llmkit.LlmTransportException})
 * @since 0.1.0
 */
public record TreeChecks(String clientName, String what, boolean stream) {

	/**
	 * Return a string field.
	 * @param parent the object holding it, may be null
	 * @param field the field's name
	 * @param path the field's path, for the error
	 * @return the text, or null when absent or null
	 */
	public String string(JsonNode parent, String field, String path) {
		JsonNode node = value(parent, field);
		if (node != null && !node.isString()) {
			throw mistyped(path, node, "a string");
		}
		return (node != null) ? node.asString() : null;
	}

	/**
	 * Return an object field.
	 * @param parent the object holding it, may be null
	 * @param field the field's name
	 * @param path the field's path, for the error
	 * @return the object, or null when absent or null
	 */
	public JsonNode object(JsonNode parent, String field, String path) {
		JsonNode node = value(parent, field);
		if (node != null && !node.isObject()) {
			throw mistyped(path, node, "an object");
		}
		return node;
	}

	/**
	 * Return an array field.
	 * @param parent the object holding it, may be null
	 * @param field the field's name
	 * @param path the field's path, for the error
	 * @return the array, or null when absent or null
	 */
	public JsonNode array(JsonNode parent, String field, String path) {
		JsonNode node = value(parent, field);
		if (node != null && !node.isArray()) {
			throw mistyped(path, node, "an array");
		}
		return node;
	}

	/**
	 * Return the elements of an array field, each checked to be an object.
	 * @param parent the object holding it
	 * @param field the field's name, also its path
	 * @param required whether an absent or null field fails ("has no {field}") rather than reads as empty
	 * @return the elements
	 */
	public List<JsonNode> objects(JsonNode parent, String field, boolean required) {
		JsonNode items = array(parent, field, field);
		if (items == null && required) {
			throw malformed("has no " + field);
		}
		List<JsonNode> list = new ArrayList<>((items != null) ? items.size() : 0);
		for (int i = 0; items != null && i < items.size(); i++) {
			list.add(element(items.get(i), field + "[" + i + "]"));
		}
		return list;
	}

	/**
	 * Return an element of an array that must be an object.
	 * @param element the element
	 * @param path the element's path, for the error
	 * @return the element
	 */
	public JsonNode element(JsonNode element, String path) {
		if (!element.isObject()) {
			throw mistyped(path, element, "an object");
		}
		return element;
	}

	/**
	 * Return the failure for an answer that is malformed or misses something.
	 * @param problem what is wrong, completing "{client} sent a {what} that ..."
	 * @return the exception to throw
	 */
	public LlmException malformed(String problem) {
		return WireParser.failure(this.clientName, this.what, this.stream, problem);
	}

	/**
	 * Return the failure for a root that is not a JSON object.
	 * @param root the parsed root
	 * @return the exception to throw
	 */
	public LlmException notAnObject(JsonNode root) {
		return malformed("is " + kind(root) + ", not a JSON object");
	}

	private LlmException mistyped(String path, JsonNode node, String expected) {
		return malformed("has " + path + " as " + kind(node) + " where " + expected + " belongs");
	}

	private static JsonNode value(JsonNode parent, String field) {
		JsonNode node = (parent != null) ? parent.get(field) : null;
		return (node == null || node.isNull()) ? null : node;
	}

	private static String kind(JsonNode node) {
		if (node.isObject()) {
			return "an object";
		}
		if (node.isArray()) {
			return "an array";
		}
		if (node.isString()) {
			return "a string";
		}
		if (node.isNumber()) {
			return "a number";
		}
		return (node.isBoolean()) ? "a boolean" : "null";
	}

}
