package io.github.llmkit.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a provider enforces a JSON Schema on the answer ({@code ResponseFormat} of type {@code JSON_SCHEMA}), as
 * data: the strongest mechanism it documents, per model where that differs. The wire family renders the chosen
 * {@link Mode}; the typed-answer layer only sets the format.
 *
 * @param mode the mechanism for models no rule names
 * @param models mechanisms for models whose id matches, first match wins
 * @param instructions whether the schema is also written into the instructions (always so in
 * {@link Mode#JSON_MODE})
 * @param requireParameters whether the request asks the router to use only endpoints that honour every
 * parameter (OpenRouter {@code provider.require_parameters})
 * @param schemaWithStreamsAndTools whether a schema may be sent on streams and beside tools; when false such
 * requests fall back to {@link Mode#JSON_MODE} (Groq; Gemini, whose family asks only about tools)
 * @since 0.1.0
 */
public record AnswerRules(Mode mode, List<ModelRule> models, boolean instructions, boolean requireParameters,
		boolean schemaWithStreamsAndTools) {

	/**
	 * Create rules, copying the model list.
	 */
	public AnswerRules {
		models = List.copyOf(models);
	}

	/**
	 * Return rules using one mechanism for every model.
	 * @param mode the mechanism
	 * @return the rules
	 */
	public static AnswerRules of(Mode mode) {
		return new AnswerRules(mode, List.of(), false, false, true);
	}

	/**
	 * Return a copy that uses another mechanism for the models whose id matches, after the rules already given.
	 * @param regex the model id pattern, matched against the whole id
	 * @param modelMode the mechanism for those models
	 * @return the copy
	 */
	public AnswerRules forModels(String regex, Mode modelMode) {
		List<ModelRule> rules = new ArrayList<>(this.models);
		rules.add(new ModelRule(Pattern.compile(regex), modelMode));
		return new AnswerRules(this.mode, rules, this.instructions, this.requireParameters,
				this.schemaWithStreamsAndTools);
	}

	/**
	 * Return a copy with {@code instructions} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public AnswerRules withInstructions(boolean value) {
		return new AnswerRules(this.mode, this.models, value, this.requireParameters, this.schemaWithStreamsAndTools);
	}

	/**
	 * Return a copy with {@code requireParameters} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public AnswerRules withRequireParameters(boolean value) {
		return new AnswerRules(this.mode, this.models, this.instructions, value, this.schemaWithStreamsAndTools);
	}

	/**
	 * Return a copy with {@code schemaWithStreamsAndTools} changed.
	 * @param value the new value
	 * @return the copy
	 */
	public AnswerRules withSchemaWithStreamsAndTools(boolean value) {
		return new AnswerRules(this.mode, this.models, this.instructions, this.requireParameters, value);
	}

	/**
	 * Return the mechanism for one request.
	 * @param model the model id
	 * @param streamOrTools whether the request is a stream or offers tools (Gemini: offers tools)
	 * @return the mechanism
	 */
	public Mode modeFor(String model, boolean streamOrTools) {
		Mode chosen = this.mode;
		for (ModelRule rule : this.models) {
			if (model != null && rule.pattern().matcher(model).matches()) {
				chosen = rule.mode();
				break;
			}
		}
		boolean schema = chosen == Mode.STRICT_SCHEMA || chosen == Mode.SCHEMA || chosen == Mode.NATIVE;
		return (schema && streamOrTools && !this.schemaWithStreamsAndTools) ? Mode.JSON_MODE : chosen;
	}

	/**
	 * One model-specific mechanism.
	 *
	 * @param pattern the model id pattern
	 * @param mode the mechanism
	 * @since 0.1.0
	 */
	public record ModelRule(Pattern pattern, Mode mode) {
	}

	/**
	 * The mechanisms a wire family can render.
	 *
	 * @since 0.1.0
	 */
	public enum Mode {

		/** OpenAI-compatible {@code json_schema} with {@code strict: true}, the schema rewritten to strict rules. */
		STRICT_SCHEMA,

		/** OpenAI-compatible {@code json_schema} without {@code strict}: the schema as given, best effort. */
		SCHEMA,

		/**
		 * The schema written into the instructions: OpenAI-compatible {@code json_object}, Gemini without a
		 * response type.
		 */
		JSON_MODE,

		/** The family's own schema field: Claude {@code output_config.format}, Gemini {@code responseJsonSchema}. */
		NATIVE,

		/** Claude: one tool whose input schema is the answer schema, which the model is made to call. */
		FORCED_TOOL

	}

}
