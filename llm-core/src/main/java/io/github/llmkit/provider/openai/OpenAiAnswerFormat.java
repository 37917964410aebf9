package io.github.llmkit.provider.openai;

import io.github.llmkit.chat.ResponseFormat;
import io.github.llmkit.provider.AnswerInstructions;
import io.github.llmkit.provider.AnswerRules;
import io.github.llmkit.provider.StrictSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a {@link ResponseFormat} as {@code response_format} the way the provider's {@link AnswerRules} say:
 * {@code json_schema} with {@code strict: true} and the schema rewritten to strict rules (plain
 * {@code json_schema} when strict mode cannot express it), {@code json_schema} as given, or {@code json_object}
 * with the schema in the system instructions. OpenRouter also gets {@code provider.require_parameters}.
 */
final class OpenAiAnswerFormat {

	private OpenAiAnswerFormat() {
	}

	static void apply(ObjectNode body, ArrayNode messages, ResponseFormat format, AnswerRules rules, String model,
			boolean streamOrTools) {
		switch (format.type()) {
			case TEXT -> body.putObject("response_format").put("type", "text");
			case JSON_OBJECT -> body.putObject("response_format").put("type", "json_object");
			case JSON_SCHEMA -> schema(body, messages, format, rules, model, streamOrTools);
		}
	}

	private static void schema(ObjectNode body, ArrayNode messages, ResponseFormat format, AnswerRules rules,
			String model, boolean streamOrTools) {
		AnswerRules.Mode mode = rules.modeFor(model, streamOrTools);
		if (mode == AnswerRules.Mode.STRICT_SCHEMA && !format.strict()) {
			mode = AnswerRules.Mode.SCHEMA;
		}
		JsonNode strict = (mode == AnswerRules.Mode.STRICT_SCHEMA) ? StrictSchema.openAi(format.schema()) : null;
		if (mode == AnswerRules.Mode.JSON_MODE) {
			body.putObject("response_format").put("type", "json_object");
		}
		else {
			ObjectNode spec = body.putObject("response_format").put("type", "json_schema").putObject("json_schema");
			spec.put("name", format.name());
			spec.set("schema", (strict != null) ? strict : format.schema());
			spec.put("strict", strict != null);
		}
		if (mode == AnswerRules.Mode.JSON_MODE || rules.instructions()) {
			instruct(messages, AnswerInstructions.of(format.schema()));
		}
		if (rules.requireParameters() && mode != AnswerRules.Mode.JSON_MODE) {
			body.putObject("provider").put("require_parameters", true);
		}
	}

	/**
	 * Add an instruction to the system message that opens the conversation, or open it with one.
	 */
	private static void instruct(ArrayNode messages, String instruction) {
		JsonNode first = (messages.isEmpty()) ? null : messages.get(0);
		if (first instanceof ObjectNode system && "system".equals(system.path("role").asString(""))
				&& system.path("content").isString()) {
			system.put("content", system.get("content").asString() + "\n\n" + instruction);
			return;
		}
		ObjectNode message = messages.objectNode().put("role", "system").put("content", instruction);
		messages.insert(0, message);
	}

}
