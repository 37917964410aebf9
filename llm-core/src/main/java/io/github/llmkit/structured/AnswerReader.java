package io.github.llmkit.structured;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads an answer text into a typed value: the JSON found in the text (a code fence or prose around it is
 * tolerated), validated against the schema, then bound with Jackson.
 */
final class AnswerReader {

	private AnswerReader() {
	}

	static AnswerDefinition.Outcome read(AnswerDefinition definition, String text) {
		if (text == null || text.isBlank()) {
			return invalid("the answer is empty; expected a JSON object");
		}
		JsonNode tree;
		try {
			tree = AnswerDefinition.MAPPER.readTree(json(text));
		}
		catch (JacksonException ex) {
			return invalid("the answer is not valid JSON: " + ex.getOriginalMessage());
		}
		if (tree == null || tree.isMissingNode()) {
			return invalid("the answer is empty; expected a JSON object");
		}
		JsonNode shaped = definition.shape(tree);
		List<String> violations = definition.validator().violations(shaped);
		if (!violations.isEmpty()) {
			return new AnswerDefinition.Outcome(null, violations);
		}
		try {
			return new AnswerDefinition.Outcome(
					AnswerDefinition.MAPPER.treeToValue(definition.unwrap(shaped), definition.javaType()), List.of());
		}
		catch (JacksonException ex) {
			return invalid("the answer does not bind to " + definition.type().getTypeName() + ": "
					+ ex.getOriginalMessage());
		}
	}

	/**
	 * Return the JSON part of a text: the text itself when it starts like JSON, else what lies between the first
	 * opening and the last closing brace or bracket (a code fence or a sentence around the JSON).
	 */
	static String json(String text) {
		String trimmed = text.strip();
		char first = (trimmed.isEmpty()) ? ' ' : trimmed.charAt(0);
		if (first == '{' || first == '[') {
			return trimmed;
		}
		int object = trimmed.indexOf('{');
		int array = trimmed.indexOf('[');
		int start = (object < 0) ? array : (array < 0) ? object : Math.min(object, array);
		int end = Math.max(trimmed.lastIndexOf('}'), trimmed.lastIndexOf(']'));
		return (start >= 0 && end > start) ? trimmed.substring(start, end + 1) : trimmed;
	}

	private static AnswerDefinition.Outcome invalid(String error) {
		return new AnswerDefinition.Outcome(null, List.of(error));
	}

}
