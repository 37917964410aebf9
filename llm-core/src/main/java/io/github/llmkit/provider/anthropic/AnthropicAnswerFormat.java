package io.github.llmkit.provider.anthropic;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.ResponseFormat;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.chat.ToolCallDelta;
import io.github.llmkit.provider.AnswerRules;
import io.github.llmkit.provider.StrictSchema;
import io.github.llmkit.tool.ToolCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders an answer schema for Claude: {@code output_config.format} (structured output, the schema with every
 * object closed) on the models that have it, else one tool whose input schema is the answer schema, which the
 * model is made to call; its input then comes back as the answer text, blocking and streamed. A schema
 * structured output cannot express (a map) also goes the tool way. Any JSON object (no schema) is asked for in
 * the system prompt, since structured output needs a closed schema.
 */
final class AnthropicAnswerFormat {

	private static final String JSON_OBJECT = "Answer with one JSON object and nothing else (no prose, no code "
			+ "fence).";

	private static final String TOOL_DESCRIPTION = "Give the final answer. Call this tool exactly once, with the "
			+ "complete answer as its input.";

	private AnthropicAnswerFormat() {
	}

	/**
	 * Return the name of the answer tool a request uses, or null when it needs none.
	 */
	static String answerTool(ChatOptions options, AnswerRules rules) {
		ResponseFormat format = options.responseFormat();
		if (format == null || format.type() != ResponseFormat.Type.JSON_SCHEMA) {
			return null;
		}
		boolean nativeFormat = rules.modeFor(options.model(), false) == AnswerRules.Mode.NATIVE
				&& StrictSchema.anthropic(format.schema()) != null;
		return (nativeFormat) ? null : format.name();
	}

	static void apply(ObjectNode body, ResponseFormat format, String answerTool, boolean thinking) {
		if (format == null || format.type() == ResponseFormat.Type.TEXT) {
			return;
		}
		if (answerTool != null) {
			ArrayNode tools = (body.get("tools") instanceof ArrayNode existing) ? existing : body.putArray("tools");
			boolean alone = tools.isEmpty();
			tools.addObject().put("name", answerTool).put("description", TOOL_DESCRIPTION).set("input_schema",
					format.schema());
			JsonNode choice = body.get("tool_choice");
			String type = (choice != null) ? choice.path("type").asString("auto") : "auto";
			if (!thinking && "auto".equals(type)) {
				ObjectNode forced = body.putObject("tool_choice");
				if (alone) {
					forced.put("type", "tool").put("name", answerTool);
				}
				else {
					forced.put("type", "any");
				}
			}
			return;
		}
		if (format.type() == ResponseFormat.Type.JSON_OBJECT) {
			JsonNode system = body.get("system");
			body.put("system", (system != null && system.isString()) ? system.asString() + "\n\n" + JSON_OBJECT
					: JSON_OBJECT);
			return;
		}
		body.putObject("output_config")
			.putObject("format")
			.put("type", "json_schema")
			.set("schema", StrictSchema.anthropic(format.schema()));
	}

	/**
	 * Return the response with a call of the answer tool turned into answer text; unchanged without one.
	 */
	static ChatResponse unwrap(ChatResponse response, String answerTool) {
		ToolCall answer = null;
		List<ToolCall> others = new ArrayList<>(response.toolCalls().size());
		for (ToolCall call : response.toolCalls()) {
			if (answer == null && call.name().equals(answerTool)) {
				answer = call;
			}
			else {
				others.add(call);
			}
		}
		if (answer == null) {
			return response;
		}
		FinishReason finish = (others.isEmpty() && response.finishReason() == FinishReason.TOOL_CALLS)
				? FinishReason.STOP : response.finishReason();
		return new ChatResponse(response.id(), response.model(), answer.arguments(), response.reasoning(),
				response.reasoningBlocks(), others, finish, response.rawFinishReason(), response.usage(),
				response.raw());
	}

	/**
	 * Return a listener that sees the answer tool's input fragments as text deltas and never its call.
	 */
	static StreamListener listener(StreamListener delegate, String answerTool) {
		return new StreamListener() {

			private int answerIndex = -1;

			@Override
			public void onDelta(ChatDelta delta) {
				if (delta.toolCalls().isEmpty()) {
					delegate.onDelta(delta);
					return;
				}
				StringBuilder text = new StringBuilder((delta.text() != null) ? delta.text() : "");
				List<ToolCallDelta> calls = new ArrayList<>(delta.toolCalls().size());
				for (ToolCallDelta fragment : delta.toolCalls()) {
					if (this.answerIndex < 0 && answerTool.equals(fragment.name())) {
						this.answerIndex = fragment.index();
					}
					if (fragment.index() == this.answerIndex) {
						text.append((fragment.arguments() != null) ? fragment.arguments() : "");
					}
					else {
						calls.add(fragment);
					}
				}
				delegate.onDelta(new ChatDelta(text.toString(), delta.reasoning(), calls, delta.finishReason(),
						delta.usage()));
			}

			@Override
			public void onToolCall(ToolCall toolCall) {
				if (!toolCall.name().equals(answerTool)) {
					delegate.onToolCall(toolCall);
				}
			}

			@Override
			public void onComplete(ChatResponse response) {
				delegate.onComplete(unwrap(response, answerTool));
			}

		};
	}

}
