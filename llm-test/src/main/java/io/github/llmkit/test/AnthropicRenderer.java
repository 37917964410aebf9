package io.github.llmkit.test;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders an Anthropic Messages response: the message object, or the named SSE event sequence
 * ({@code message_start}, content blocks with their deltas, {@code ping}, {@code message_delta},
 * {@code message_stop}).
 */
final class AnthropicRenderer {

	private static final int JSON_SLICE = 7;

	private final String id;

	private final String model;

	AnthropicRenderer(String id, String model) {
		this.id = id;
		this.model = model;
	}

	ObjectNode message(Answer answer) {
		ObjectNode message = shell();
		ArrayNode content = message.putArray("content");
		if (answer.reasoning() != null) {
			content.addObject()
				.put("type", "thinking")
				.put("thinking", answer.reasoning())
				.put("signature", Texts.signature(answer.reasoning()));
		}
		String text = (answer.refusal() != null) ? answer.refusal() : answer.text();
		if (text != null) {
			content.addObject().put("type", "text").put("text", text);
		}
		for (MockToolCall call : answer.toolCalls()) {
			ObjectNode block = toolUse(call);
			block.set("input", Json.MAPPER.readTree(call.arguments()));
			content.add(block);
		}
		message.put("stop_reason", stopReason(answer));
		message.putNull("stop_sequence");
		message.set("usage", usage(answer.inputTokens(), answer.outputTokens()));
		return message;
	}

	SseStream stream(Answer answer, MockReply script) {
		List<SseFrame> frames = new ArrayList<>();
		ObjectNode start = shell();
		start.putArray("content");
		start.putNull("stop_reason");
		start.putNull("stop_sequence");
		start.set("usage", usage(answer.inputTokens(), 1));
		frames.add(event("message_start", Json.object().set("message", start)));
		int index = 0;
		if (answer.reasoning() != null) {
			ObjectNode block = Json.object().put("type", "thinking").put("thinking", "").put("signature", "");
			List<ObjectNode> deltas = new ArrayList<>();
			Texts.chunks(answer.reasoning())
				.forEach((piece) -> deltas.add(delta("thinking_delta", "thinking", piece)));
			deltas.add(delta("signature_delta", "signature", Texts.signature(answer.reasoning())));
			block(frames, index++, block, deltas);
		}
		String text = (answer.refusal() != null) ? answer.refusal() : answer.text();
		if (text != null) {
			List<ObjectNode> deltas = new ArrayList<>();
			Texts.chunks(text).forEach((piece) -> deltas.add(delta("text_delta", "text", piece)));
			block(frames, index++, Json.object().put("type", "text").put("text", ""), deltas);
		}
		for (MockToolCall call : answer.toolCalls()) {
			List<ObjectNode> deltas = new ArrayList<>();
			deltas.add(delta("input_json_delta", "partial_json", ""));
			Texts.slices(call.arguments(), JSON_SLICE)
				.forEach((slice) -> deltas.add(delta("input_json_delta", "partial_json", slice)));
			ObjectNode block = toolUse(call);
			block.putObject("input");
			block(frames, index++, block, deltas);
		}
		int errorAfter = Math.min(frames.size(), 4);
		ObjectNode messageDelta = Json.object();
		messageDelta.putObject("delta").put("stop_reason", stopReason(answer)).putNull("stop_sequence");
		messageDelta.putObject("usage").put("output_tokens", answer.outputTokens());
		frames.add(event("message_delta", messageDelta));
		frames.add(event("message_stop", Json.object()));
		List<SseFrame> error = (script != null && script.hasMidStreamError())
				? List.of(SseFrame.named("error", AnthropicFamily.errorBody(script.errorType(), script.errorMessage())))
				: List.of();
		return new SseStream(frames, errorAfter, 1, error);
	}

	private void block(List<SseFrame> frames, int index, ObjectNode block, List<ObjectNode> deltas) {
		frames.add(event("content_block_start", Json.object().put("index", index).set("content_block", block)));
		if (index == 0) {
			frames.add(event("ping", Json.object()));
		}
		for (ObjectNode delta : deltas) {
			frames.add(event("content_block_delta", Json.object().put("index", index).set("delta", delta)));
		}
		frames.add(event("content_block_stop", Json.object().put("index", index)));
	}

	private static SseFrame event(String name, ObjectNode data) {
		ObjectNode typed = Json.object().put("type", name);
		typed.setAll(data);
		return SseFrame.named(name, typed);
	}

	private static ObjectNode delta(String type, String field, String value) {
		return Json.object().put("type", type).put(field, value);
	}

	private ObjectNode shell() {
		return Json.object().put("id", this.id).put("type", "message").put("role", "assistant").put("model",
				this.model);
	}

	private static ObjectNode toolUse(MockToolCall call) {
		return Json.object().put("type", "tool_use").put("id", call.id()).put("name", call.name());
	}

	private static String stopReason(Answer answer) {
		if (answer.finishReason() != null) {
			return answer.finishReason();
		}
		if (answer.isBlocked() || answer.refusal() != null) {
			return "refusal";
		}
		return (answer.hasToolCalls()) ? "tool_use" : "end_turn";
	}

	private static ObjectNode usage(int input, int output) {
		ObjectNode usage = Json.object();
		usage.put("input_tokens", input);
		usage.put("cache_creation_input_tokens", 0);
		usage.put("cache_read_input_tokens", 0);
		usage.put("output_tokens", output);
		usage.put("service_tier", "standard");
		return usage;
	}

}
