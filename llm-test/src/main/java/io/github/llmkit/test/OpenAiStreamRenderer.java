package io.github.llmkit.test;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a streamed chat completion as the provider sends it: role chunk, reasoning and content chunks, tool
 * calls (fragments with id and name first, or whole in one delta), finish and usage placement, comments and
 * {@code [DONE]}.
 */
final class OpenAiStreamRenderer {

	private static final int ARGUMENT_SLICE = 8;

	private final OpenAiChatRenderer chat;

	private final OpenAiPersonality personality;

	private final boolean includeUsage;

	private final boolean obfuscate;

	OpenAiStreamRenderer(OpenAiChatRenderer chat, boolean includeUsage, boolean obfuscate) {
		this.chat = chat;
		this.personality = chat.personality();
		this.includeUsage = includeUsage;
		this.obfuscate = obfuscate && this.personality.has(OpenAiPersonality.Quirk.OBFUSCATION);
	}

	SseStream render(Answer answer, MockReply script) {
		List<SseFrame> frames = new ArrayList<>();
		String comment = this.personality.comment();
		if (comment != null) {
			frames.add(SseFrame.comment(comment));
		}
		ObjectNode role = chunk(roleDelta(answer), null);
		if (this.personality.has(OpenAiPersonality.Quirk.X_GROQ)) {
			role.putObject("x_groq").put("id", this.chat.groqRequestId());
		}
		frames.add(SseFrame.data(role));
		if (comment != null && this.personality.streamUsage() == OpenAiPersonality.UsagePlacement.ALWAYS_CHUNK) {
			frames.add(SseFrame.comment(comment));
		}
		List<ObjectNode> deltas = deltas(answer);
		boolean finishOnLast = this.personality.streamUsage() == OpenAiPersonality.UsagePlacement.LAST_CONTENT_CHUNK;
		if (finishOnLast && deltas.isEmpty()) {
			deltas.add(Json.object().put("content", ""));
		}
		int errorAfter = frames.size() + 1;
		for (int i = 0; i < deltas.size(); i++) {
			boolean last = finishOnLast && i == deltas.size() - 1;
			ObjectNode chunk = chunk(deltas.get(i), (last) ? this.chat.finishReason(answer) : null);
			if (last) {
				chunk.set("usage", this.chat.usage(answer));
			}
			frames.add(SseFrame.data(chunk));
		}
		if (!finishOnLast) {
			frames.add(SseFrame.data(finishChunk(answer)));
		}
		if (wantsUsageChunk()) {
			ObjectNode usage = this.chat.header("chat.completion.chunk");
			usage.putArray("choices");
			usage.set("usage", this.chat.usage(answer));
			frames.add(SseFrame.data(usage));
		}
		frames.add(SseFrame.data("[DONE]"));
		List<SseFrame> error = (script != null && script.hasMidStreamError()) ? OpenAiErrors.midStream(
				this.personality, this.chat.header("chat.completion.chunk"), script.errorType(), script.errorMessage())
				: List.of();
		return new SseStream(frames, errorAfter, errorAfter - 1, error);
	}

	private ObjectNode roleDelta(Answer answer) {
		ObjectNode delta = Json.object();
		delta.put("role", "assistant");
		boolean refusalField = this.personality.has(OpenAiPersonality.Quirk.REFUSAL_FIELD);
		boolean refusal = refusalField && answer.refusal() != null;
		delta.put("content", (!refusal && (answer.text() != null || !answer.hasToolCalls())) ? "" : null);
		if (refusal) {
			delta.put("refusal", "");
		}
		else if (refusalField) {
			delta.putNull("refusal");
		}
		return delta;
	}

	private List<ObjectNode> deltas(Answer answer) {
		List<ObjectNode> deltas = new ArrayList<>();
		if (answer.reasoning() != null) {
			List<String> pieces = Texts.chunks(answer.reasoning());
			for (int i = 0; i < pieces.size(); i++) {
				String piece = pieces.get(i);
				if (this.personality.has(OpenAiPersonality.Quirk.THINKING_CHUNKS)) {
					deltas.add(Json.object().set("content", Json.array().add(OpenAiChatRenderer.thinkingChunk(piece))));
				}
				else if (this.personality.reasoningField() != null) {
					ObjectNode delta = Json.object().put(this.personality.reasoningField(), piece);
					if (this.personality.has(OpenAiPersonality.Quirk.REASONING_DETAILS)) {
						ArrayNode details = delta.putArray("reasoning_details").add(OpenAiChatRenderer.reasoningDetail(piece));
						if (i == pieces.size() - 1) {
							details.addObject().put("type", "reasoning.text").put("signature", OpenAiChatRenderer.SIGNATURE)
								.put("index", 0);
							details.add(OpenAiChatRenderer.encryptedDetail());
						}
					}
					deltas.add(delta);
				}
			}
		}
		for (String piece : Texts.chunks(answer.text())) {
			deltas.add(Json.object().put("content", piece));
		}
		boolean refusalField = this.personality.has(OpenAiPersonality.Quirk.REFUSAL_FIELD);
		for (String piece : Texts.chunks(answer.refusal())) {
			deltas.add(Json.object().put((refusalField) ? "refusal" : "content", piece));
		}
		if (this.personality.has(OpenAiPersonality.Quirk.WHOLE_TOOL_CALLS) && answer.hasToolCalls()) {
			ArrayNode calls = Json.array();
			for (int i = 0; i < answer.toolCalls().size(); i++) {
				MockToolCall call = answer.toolCalls().get(i);
				calls.add(OpenAiChatRenderer.toolCall(call, i, call.arguments()));
			}
			deltas.add(Json.object().set("tool_calls", calls));
			return deltas;
		}
		for (int i = 0; i < answer.toolCalls().size(); i++) {
			MockToolCall call = answer.toolCalls().get(i);
			deltas.add(toolCallsDelta(OpenAiChatRenderer.toolCall(call, i, "")));
			for (String slice : Texts.slices(call.arguments(), ARGUMENT_SLICE)) {
				ObjectNode fragment = Json.object().put("index", i);
				fragment.putObject("function").put("arguments", slice);
				deltas.add(toolCallsDelta(fragment));
			}
		}
		return deltas;
	}

	private static ObjectNode toolCallsDelta(ObjectNode call) {
		ObjectNode delta = Json.object();
		delta.putArray("tool_calls").add(call);
		return delta;
	}

	private ObjectNode finishChunk(Answer answer) {
		ObjectNode chunk = chunk(Json.object(), this.chat.finishReason(answer));
		if (this.personality.has(OpenAiPersonality.Quirk.NATIVE_FINISH_REASON)) {
			((ObjectNode) chunk.get("choices").get(0)).put("native_finish_reason", this.chat.finishReason(answer));
		}
		if (this.personality.streamUsage() == OpenAiPersonality.UsagePlacement.FINISH_CHUNK) {
			chunk.set("usage", this.chat.usage(answer));
			if (this.personality.has(OpenAiPersonality.Quirk.X_GROQ)) {
				chunk.putObject("x_groq").set("usage", this.chat.usage(answer));
			}
		}
		return chunk;
	}

	private boolean wantsUsageChunk() {
		return switch (this.personality.streamUsage()) {
			case ALWAYS_CHUNK -> true;
			case OPT_IN_CHUNK -> this.includeUsage;
			default -> false;
		};
	}

	private ObjectNode chunk(ObjectNode delta, String finishReason) {
		ObjectNode chunk = this.chat.header("chat.completion.chunk");
		ObjectNode choice = chunk.putArray("choices").addObject();
		choice.put("index", 0);
		choice.set("delta", delta);
		if (!this.personality.has(OpenAiPersonality.Quirk.NO_LOGPROBS_KEY)) {
			choice.putNull("logprobs");
		}
		if (finishReason != null || !this.personality.has(OpenAiPersonality.Quirk.FINISH_KEY_ABSENT)) {
			choice.put("finish_reason", finishReason);
		}
		if (this.obfuscate) {
			chunk.put("obfuscation", "x".repeat(1 + (delta.toString().length() % 7)));
		}
		return chunk;
	}

}
