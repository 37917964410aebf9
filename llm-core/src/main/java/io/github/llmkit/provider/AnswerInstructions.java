package io.github.llmkit.provider;

import tools.jackson.databind.JsonNode;

/**
 * The instruction that carries an answer schema where the wire has no field for it (JSON mode): written once
 * here so that every family words it the same.
 *
 * @since 0.1.0
 */
public final class AnswerInstructions {

	private AnswerInstructions() {
	}

	/**
	 * Return the instruction for a schema.
	 * @param schema the JSON Schema the answer must match
	 * @return the text to add to the system instructions
	 */
	public static String of(JsonNode schema) {
		return "Answer with one JSON object and nothing else (no prose, no code fence). It must match this JSON "
				+ "Schema: " + schema;
	}

}
