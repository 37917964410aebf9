package io.github.llmkit.provider.openai;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.ToolCallDelta;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.http.SseEvent;
import io.github.llmkit.provider.AbstractStreamHandler;
import io.github.llmkit.provider.JsonValues;
import io.github.llmkit.provider.StreamAccumulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Chat Completions chunks into deltas. Fails the stream on an error event ({@code event: error}, a
 * chunk with a top-level {@code error}, or {@code finish_reason: "error"}), retryably when it is a server-side
 * failure before anything was delivered, and on an end without {@code [DONE]} and without any finish reason.
 */
final class OpenAiStreamHandler extends AbstractStreamHandler {

	private boolean done;

	private boolean refused;

	OpenAiStreamHandler(String clientName, JsonMapper json, String apiKey, StreamAccumulator accumulator) {
		super(clientName, json, apiKey, accumulator);
	}

	@Override
	public void onEvent(SseEvent event) {
		String data = event.data();
		if (this.done || data.isEmpty()) {
			return;
		}
		if (data.startsWith("[DONE]")) {
			this.done = true;
			return;
		}
		JsonNode chunk = read(data, "chunk");
		JsonNode error = chunk.get("error");
		if ("error".equals(event.event()) || (error != null && !error.isNull())) {
			throw streamFailure(OpenAiErrorParser.fromJson(chunk));
		}
		accumulator().meta(JsonValues.string(chunk.get("id")),
				JsonValues.string(chunk.get("model")));
		Usage usage = OpenAiResponseMapper.usage(chunk);
		JsonNode choice = OpenAiResponseMapper.firstChoice(chunk);
		if (choice == null) {
			if (usage != null) {
				accumulator().raw(chunk);
				accumulator().accept(new ChatDelta(null, null, null, null, usage));
			}
			return;
		}
		String rawFinish = JsonValues.string(choice.get("finish_reason"));
		if ("error".equals(rawFinish)) {
			throw streamFailure(OpenAiErrorParser.fromJson(chunk));
		}
		JsonNode delta = choice.path("delta");
		JsonNode content = delta.get("content");
		JsonNode reasoningContent = delta.get("reasoning_content");
		JsonNode reasoningField = delta.get("reasoning");
		String text;
		String reasoning;
		if (isAbsent(reasoningContent) && isAbsent(reasoningField) && (isAbsent(content) || content.isString())) {
			text = JsonValues.string(content);
			reasoning = null;
		}
		else {
			StringBuilder textParts = new StringBuilder();
			StringBuilder reasoningParts = new StringBuilder();
			OpenAiResponseMapper.content(content, textParts, reasoningParts);
			OpenAiResponseMapper.appendText(reasoningParts, reasoningContent);
			OpenAiResponseMapper.appendText(reasoningParts, reasoningField);
			text = textParts.toString();
			reasoning = reasoningParts.toString();
		}
		JsonNode refusal = delta.get("refusal");
		if (refusal != null && refusal.isString() && !refusal.asString().isEmpty()) {
			text = (text != null) ? text + refusal.asString() : refusal.asString();
			this.refused = true;
		}
		List<ToolCallDelta> calls = toolCalls(delta.get("tool_calls"));
		FinishReason finish = OpenAiResponseMapper.finishReason(rawFinish);
		if (this.refused && finish == FinishReason.STOP) {
			finish = FinishReason.REFUSAL;
		}
		accumulator().rawFinishReason(rawFinish);
		accumulator().raw(chunk);
		accumulator().accept(new ChatDelta(text, reasoning, calls, finish, usage));
	}

	private static boolean isAbsent(JsonNode node) {
		return node == null || node.isNull();
	}

	private static List<ToolCallDelta> toolCalls(JsonNode toolCalls) {
		if (toolCalls == null || !toolCalls.isArray() || toolCalls.isEmpty()) {
			return List.of();
		}
		List<ToolCallDelta> fragments = new ArrayList<>(toolCalls.size());
		int position = 0;
		for (JsonNode call : toolCalls) {
			JsonNode index = call.get("index");
			JsonNode function = call.path("function");
			JsonNode arguments = function.get("arguments");
			fragments.add(new ToolCallDelta((index != null && index.isNumber()) ? index.asInt() : position,
					JsonValues.string(call.get("id")), JsonValues.string(function.get("name")),
					(arguments == null || arguments.isNull()) ? null
							: ((arguments.isString()) ? arguments.asString() : arguments.toString())));
			position++;
		}
		return fragments;
	}

	@Override
	public void restart() {
		super.restart();
		this.done = false;
		this.refused = false;
	}

	ChatResponse finish() {
		return complete(this.done || accumulator().finished(), "no finish reason and no [DONE]");
	}

}
