package io.github.llmkit.provider.gemini;

import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.ToolCallDelta;
import io.github.llmkit.http.SseEvent;
import io.github.llmkit.provider.AbstractStreamHandler;
import io.github.llmkit.provider.StreamAccumulator;
import io.github.llmkit.provider.TreeChecks;
import io.github.llmkit.tool.ToolCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns {@code streamGenerateContent?alt=sse} chunks into deltas. Each chunk is a whole response holding only
 * new parts; function calls arrive whole, so each is reported complete at once, with its thought signature.
 * An {@code error} chunk fails the stream (retryably when it is transient and nothing was delivered yet), and
 * so do a blocked prompt and an end without any finish reason.
 */
final class GeminiStreamHandler extends AbstractStreamHandler {

	private final TreeChecks check;

	private int toolCalls;

	GeminiStreamHandler(String clientName, JsonMapper json, String apiKey, StreamAccumulator accumulator) {
		super(clientName, json, apiKey, accumulator);
		this.check = new TreeChecks(clientName, "chunk", true);
	}

	@Override
	public void onEvent(SseEvent event) {
		if (event.data().isEmpty()) {
			return;
		}
		JsonNode chunk = read(event.data(), "chunk");
		if (chunk.isArray()) {
			if (chunk.isEmpty()) {
				return;
			}
			chunk = chunk.get(0);
		}
		if (!chunk.isObject()) {
			throw this.check.notAnObject(chunk);
		}
		JsonNode error = chunk.get("error");
		if (error != null && !error.isNull()) {
			throw streamFailure(GeminiErrorParser.fromJson(chunk));
		}
		GeminiResponseMapper.checkBlocked(chunk, clientName());
		accumulator().meta(this.check.string(chunk, "responseId", "responseId"),
				this.check.string(chunk, "modelVersion", "modelVersion"));
		JsonNode candidate = GeminiResponseMapper.firstCandidate(this.check, chunk);
		StringBuilder text = new StringBuilder();
		StringBuilder reasoning = new StringBuilder();
		List<ToolCall> calls = new ArrayList<>(0);
		String rawFinish = GeminiResponseMapper.read(this.check, candidate, text, reasoning, calls, this.toolCalls);
		FinishReason finish = GeminiResponseMapper.finishReason(rawFinish);
		if (finish == FinishReason.STOP && (this.toolCalls > 0 || !calls.isEmpty())) {
			finish = FinishReason.TOOL_CALLS;
		}
		List<ToolCallDelta> fragments = new ArrayList<>(calls.size());
		for (int i = 0; i < calls.size(); i++) {
			ToolCall call = calls.get(i);
			fragments.add(new ToolCallDelta(this.toolCalls + i, call.id(), call.name(), call.arguments()));
		}
		accumulator().rawFinishReason(rawFinish);
		accumulator().raw(chunk);
		accumulator().accept(new ChatDelta(text.toString(), reasoning.toString(), fragments, finish,
				GeminiResponseMapper.usage(chunk.get("usageMetadata"))));
		for (ToolCall call : calls) {
			int index = this.toolCalls++;
			if (call.signature() != null) {
				accumulator().toolCallSignature(index, call.signature());
			}
			accumulator().completeToolCall(index);
		}
	}

	ChatResponse finish() {
		return complete(accumulator().finished(), "no finish reason");
	}

}
