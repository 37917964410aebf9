package io.github.llmkit.provider.openai;

import java.util.List;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.ToolCallDelta;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.http.SseEvent;
import io.github.llmkit.provider.AbstractStreamHandler;
import io.github.llmkit.provider.StreamAccumulator;
import io.github.llmkit.provider.WireParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Chat Completions chunks into deltas, reading each chunk with the streaming parser straight into its
 * delta. Fails the stream on an error event ({@code event: error}, a chunk with a top-level {@code error}, or
 * {@code finish_reason: "error"}), retryably when it is a server-side failure before anything was delivered;
 * on a chunk that is not a JSON object or has a field of the wrong type; and on an end without {@code [DONE]}
 * and without any finish reason, or without any choice at all.
 */
final class OpenAiStreamHandler extends AbstractStreamHandler {

	private final JsonMapper json;

	private final OpenAiAnswerReader reader = new OpenAiAnswerReader("delta");

	private final ReasoningDetails details = new ReasoningDetails();

	private boolean done;

	private boolean answered;

	private boolean refused;

	OpenAiStreamHandler(String clientName, JsonMapper json, String apiKey, StreamAccumulator accumulator) {
		super(clientName, json, apiKey, accumulator);
		this.json = json;
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
		if ("error".equals(event.event())) {
			throw streamFailure(OpenAiErrorParser.fromJson(read(data, "chunk")));
		}
		OpenAiAnswerReader chunk = this.reader;
		try (WireParser wire = WireParser.event(this.json, data, clientName(), "chunk")) {
			chunk.read(wire);
			if (chunk.hasChoice && !chunk.hasMessage && chunk.finishReason == null && !chunk.error) {
				throw wire.malformed("has choices[0] without delta or finish_reason");
			}
		}
		if (chunk.error || "error".equals(chunk.finishReason)) {
			throw streamFailure(OpenAiErrorParser.fromJson(read(data, "chunk")));
		}
		accumulator().meta(chunk.id, chunk.model);
		Usage usage = OpenAiResponseMapper.usage(chunk.usage, chunk.groq);
		if (!chunk.hasChoice) {
			if (usage != null) {
				rawData(data);
				accumulator().accept(new ChatDelta(null, null, null, null, usage));
			}
			return;
		}
		this.answered = true;
		this.details.merge(chunk.reasoningDetails);
		String text = chunk.content;
		String reasoning = null;
		if (chunk.contentParts != null || chunk.reasoningContent != null || chunk.reasoning != null) {
			StringBuilder textParts = new StringBuilder();
			StringBuilder reasoningParts = new StringBuilder();
			if (chunk.contentParts != null) {
				OpenAiResponseMapper.content(chunk.contentParts, textParts, reasoningParts);
			}
			else if (text != null) {
				textParts.append(text);
			}
			append(reasoningParts, chunk.reasoningContent);
			append(reasoningParts, chunk.reasoning);
			text = textParts.toString();
			reasoning = reasoningParts.toString();
		}
		if (OpenAiResponseMapper.isRefusal(chunk.refusal)) {
			text = (text != null) ? text + chunk.refusal : chunk.refusal;
			this.refused = true;
		}
		List<ToolCallDelta> calls = chunk.toolCalls;
		FinishReason finish = OpenAiResponseMapper.finishReason(chunk.finishReason);
		accumulator().rawFinishReason(chunk.finishReason);
		rawData(data);
		accumulator().accept(new ChatDelta(text, reasoning, calls,
				(this.refused && finish == FinishReason.STOP) ? FinishReason.REFUSAL : finish, usage));
	}

	private static void append(StringBuilder target, String value) {
		if (value != null) {
			target.append(value);
		}
	}

	@Override
	public void restart() {
		super.restart();
		this.done = false;
		this.answered = false;
		this.refused = false;
		this.details.clear();
	}

	ChatResponse finish() {
		this.details.blocks().forEach(accumulator()::reasoningBlock);
		this.details.clear();
		if (this.done && !this.answered) {
			return complete(false, "[DONE] without any choice");
		}
		return complete(this.done || accumulator().finished(), "no finish reason and no [DONE]");
	}

}
