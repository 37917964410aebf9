package io.github.llmkit.provider.openai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.LlmTransportException;
import io.github.llmkit.ModelInfo;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.ToolCallDelta;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.provider.JsonValues;
import io.github.llmkit.provider.RawJson;
import io.github.llmkit.provider.TreeChecks;
import io.github.llmkit.provider.WireParser;
import io.github.llmkit.tool.ToolCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Chat Completions responses, model lists and usage, leniently: absent and null fields are the same,
 * unknown fields are ignored.
 */
final class OpenAiResponseMapper {

	private OpenAiResponseMapper() {
	}

	/**
	 * Read a chat answer with the streaming parser; its tree is built only if {@code raw()} is read.
	 * @throws LlmTransportException naming the client when the body is not an answer: no choice, a choice
	 * without message, a field of the wrong type, an unnamed tool call or an error object
	 */
	static ChatResponse chat(JsonMapper json, byte[] body, String clientName, String apiKey) {
		OpenAiAnswerReader answer = new OpenAiAnswerReader("message");
		List<ToolCall> calls = new ArrayList<>(0);
		try (WireParser wire = WireParser.body(json, body, clientName, "chat")) {
			answer.read(wire);
			if (answer.error) {
				throw wire.malformed("holds an error instead of an answer: "
						+ OpenAiErrorParser.fromJson(json.readTree(body)).redacted(apiKey).message());
			}
			if (!answer.hasChoice) {
				throw wire.malformed("has no choices");
			}
			if (!answer.hasMessage) {
				throw wire.malformed("has choices[0] without a message");
			}
			if (answer.toolCalls != null) {
				for (ToolCallDelta call : answer.toolCalls) {
					if (call.name() == null || call.name().isEmpty()) {
						throw wire.malformed("has choices[0].message.tool_calls[" + calls.size() + "] without a name");
					}
					calls.add(new ToolCall((call.id() != null && !call.id().isEmpty()) ? call.id() : "call_" + calls.size(),
							call.name(), (call.arguments() != null) ? call.arguments() : "{}", null));
				}
			}
		}
		String text = answer.content;
		StringBuilder reasoning = new StringBuilder();
		if (answer.contentParts != null) {
			StringBuilder parts = new StringBuilder();
			content(answer.contentParts, parts, reasoning);
			text = parts.toString();
		}
		if (answer.reasoningContent != null) {
			reasoning.append(answer.reasoningContent);
		}
		if (answer.reasoning != null) {
			reasoning.append(answer.reasoning);
		}
		FinishReason finish = finishReason(answer.finishReason);
		if (!calls.isEmpty() && (finish == null || finish == FinishReason.STOP)) {
			finish = FinishReason.TOOL_CALLS;
		}
		if (isRefusal(answer.refusal) && (finish == null || finish == FinishReason.STOP)) {
			text = ((text != null) ? text : "") + answer.refusal;
			finish = FinishReason.REFUSAL;
		}
		ReasoningDetails details = new ReasoningDetails();
		details.merge(answer.reasoningDetails);
		return new ChatResponse(answer.id, answer.model, text,
				(reasoning.length() > 0) ? reasoning.toString() : null, details.blocks(), calls, finish, answer.finishReason,
				usage(answer.usage, answer.groq), RawJson.object(json, body));
	}

	/**
	 * Append message content: a string, or an array of parts where {@code thinking} parts (Mistral) are
	 * reasoning and {@code text} parts are answer text.
	 */
	static void content(JsonNode content, StringBuilder text, StringBuilder reasoning) {
		if (content == null || content.isNull()) {
			return;
		}
		if (content.isString()) {
			text.append(content.asString());
			return;
		}
		if (content.isArray()) {
			for (JsonNode part : content) {
				String type = part.path("type").asString("");
				if ("thinking".equals(type)) {
					JsonNode thinking = part.get("thinking");
					if (thinking != null && thinking.isArray()) {
						thinking.forEach((piece) -> appendText(reasoning, piece.get("text")));
					}
					else {
						appendText(reasoning, thinking);
					}
				}
				else if ("text".equals(type)) {
					appendText(text, part.get("text"));
				}
			}
		}
	}

	static void appendText(StringBuilder target, JsonNode node) {
		if (node != null && node.isString()) {
			target.append(node.asString());
		}
	}

	/**
	 * Return whether a {@code refusal} field ({@code message.refusal}, {@code delta.refusal}) says the model
	 * declined: a non-empty string. Its text becomes the answer text, the finish reason {@code REFUSAL}.
	 */
	static boolean isRefusal(String refusal) {
		return refusal != null && !refusal.isEmpty();
	}

	static FinishReason finishReason(String raw) {
		if (raw == null) {
			return null;
		}
		return switch (raw) {
			case "stop", "end_turn" -> FinishReason.STOP;
			case "length", "model_length", "max_tokens" -> FinishReason.LENGTH;
			case "tool_calls", "function_call" -> FinishReason.TOOL_CALLS;
			case "content_filter" -> FinishReason.CONTENT_FILTER;
			default -> FinishReason.OTHER;
		};
	}

	/**
	 * Read usage from {@code usage} or Groq's {@code x_groq.usage}; null when absent. xAI counts reasoning
	 * outside {@code completion_tokens}: detected by the total, and added back so output always includes it.
	 */
	static Usage usage(JsonNode root) {
		return usage(root.get("usage"), root.get("x_groq"));
	}

	static Usage usage(JsonNode usage, JsonNode groq) {
		if ((usage == null || usage.isNull()) && groq != null) {
			usage = groq.get("usage");
		}
		if (usage == null || !usage.isObject()) {
			return null;
		}
		Integer input = JsonValues.integer(usage.get("prompt_tokens"));
		Integer output = JsonValues.integer(usage.get("completion_tokens"));
		Integer reasoning = JsonValues.integer(usage.path("completion_tokens_details").get("reasoning_tokens"));
		Integer cached = JsonValues.integer(usage.path("prompt_tokens_details").get("cached_tokens"));
		if (cached == null) {
			cached = JsonValues.integer(usage.get("prompt_cache_hit_tokens"));
		}
		Integer total = JsonValues.integer(usage.get("total_tokens"));
		if (input != null && output != null && reasoning != null && reasoning > 0 && total != null
				&& total == input + output + reasoning) {
			output = output + reasoning;
		}
		return new Usage(input, output, reasoning, cached);
	}

	static List<ModelInfo> models(TreeChecks check, JsonNode root, List<ModelInfo> into) {
		List<JsonNode> data = check.objects(root, "data", true);
		for (int i = 0; i < data.size(); i++) {
			JsonNode model = data.get(i);
			String id = check.string(model, "id", "data[" + i + "].id");
			if (id == null) {
				throw check.malformed("has data[" + i + "] without an id");
			}
			JsonNode created = model.get("created");
			into.add(new ModelInfo(id, check.string(model, "name", "data[" + i + "].name"),
					check.string(model, "owned_by", "data[" + i + "].owned_by"),
					(created != null && created.isNumber()) ? Instant.ofEpochSecond(created.asLong()) : null));
		}
		return into;
	}

}
