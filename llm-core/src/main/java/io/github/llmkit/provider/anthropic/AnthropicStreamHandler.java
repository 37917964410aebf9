package io.github.llmkit.provider.anthropic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.ToolCallDelta;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.http.SseEvent;
import io.github.llmkit.provider.AbstractStreamHandler;
import io.github.llmkit.provider.JsonValues;
import io.github.llmkit.provider.StreamAccumulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Messages API stream events into deltas, routing on the SSE {@code event:} name. Content blocks are
 * tracked by their index: text and thinking deltas are passed on as they come, a tool call's input fragments
 * are passed on and the call reported complete at its block's end, and thinking blocks are kept with their
 * signatures. An {@code error} event fails the stream (retryably when it is transient and nothing was
 * delivered yet), and so does an end without {@code message_stop}.
 */
final class AnthropicStreamHandler extends AbstractStreamHandler {

	private final Map<Integer, Block> blocks = new HashMap<>(4);

	private int toolCalls;

	private Usage usage;

	private boolean done;

	AnthropicStreamHandler(String clientName, JsonMapper json, String apiKey, StreamAccumulator accumulator) {
		super(clientName, json, apiKey, accumulator);
	}

	@Override
	public void onEvent(SseEvent event) {
		if (this.done || event.data().isEmpty()) {
			return;
		}
		String name = event.event();
		if (name == null || "ping".equals(name)) {
			return;
		}
		switch (name) {
			case "message_start" -> messageStart(read(event.data(), "message_start event").path("message"));
			case "content_block_start" -> blockStart(read(event.data(), "content_block_start event"));
			case "content_block_delta" -> blockDelta(read(event.data(), "content_block_delta event"));
			case "content_block_stop" -> blockStop(read(event.data(), "content_block_stop event"));
			case "message_delta" -> messageDelta(read(event.data(), "message_delta event"));
			case "message_stop" -> this.done = true;
			case "error" -> throw streamFailure(AnthropicErrorParser.fromJson(read(event.data(), "error event")));
			default -> {
			}
		}
	}

	private void messageStart(JsonNode message) {
		accumulator().meta(JsonValues.string(message.get("id")),
				JsonValues.string(message.get("model")));
		this.usage = AnthropicResponseMapper.usage(message.get("usage"));
	}

	private void blockStart(JsonNode event) {
		int index = event.path("index").asInt(0);
		JsonNode content = event.path("content_block");
		String type = content.path("type").asString("");
		Block block = new Block(type);
		this.blocks.put(index, block);
		switch (type) {
			case "tool_use" -> {
				block.toolCall = this.toolCalls++;
				emit(null, null, new ToolCallDelta(block.toolCall, JsonValues.string(content.get("id")),
						JsonValues.string(content.get("name")), null));
			}
			case "redacted_thinking" ->
				accumulator().reasoningBlock(new ReasoningBlock(null, null, content.path("data").asString("")));
			case "text" -> {
				String text = content.path("text").asString("");
				if (!text.isEmpty()) {
					emit(text, null, null);
				}
			}
			default -> {
			}
		}
	}

	private void blockDelta(JsonNode event) {
		Block block = this.blocks.get(event.path("index").asInt(0));
		JsonNode delta = event.path("delta");
		switch (delta.path("type").asString("")) {
			case "text_delta" -> emit(delta.path("text").asString(""), null, null);
			case "thinking_delta" -> {
				String thinking = delta.path("thinking").asString("");
				if (block != null) {
					if (block.thinking == null) {
						block.thinking = new StringBuilder(thinking.length() * 4);
					}
					block.thinking.append(thinking);
				}
				emit(null, thinking, null);
			}
			case "signature_delta" -> {
				if (block != null) {
					block.signature = JsonValues.string(delta.get("signature"));
				}
			}
			case "input_json_delta" -> {
				String fragment = delta.path("partial_json").asString("");
				if (block != null && block.toolCall >= 0 && !fragment.isEmpty()) {
					emit(null, null, new ToolCallDelta(block.toolCall, null, null, fragment));
				}
			}
			default -> {
			}
		}
	}

	private void blockStop(JsonNode event) {
		Block block = this.blocks.remove(event.path("index").asInt(0));
		if (block == null) {
			return;
		}
		if (block.toolCall >= 0) {
			accumulator().completeToolCall(block.toolCall);
		}
		else if ("thinking".equals(block.type)) {
			String thinking = (block.thinking != null) ? block.thinking.toString() : "";
			accumulator().reasoningBlock(new ReasoningBlock(thinking, block.signature, null));
		}
	}

	private void messageDelta(JsonNode event) {
		String rawFinish = JsonValues.string(event.path("delta").get("stop_reason"));
		Usage reported = AnthropicResponseMapper.usage(event.get("usage"));
		if (reported != null) {
			this.usage = reported.orElse(this.usage);
		}
		accumulator().rawFinishReason(rawFinish);
		accumulator().raw(event);
		accumulator().accept(
				new ChatDelta(null, null, null, AnthropicResponseMapper.finishReason(rawFinish), this.usage));
	}

	private void emit(String text, String reasoning, ToolCallDelta toolCall) {
		List<ToolCallDelta> toolCalls = (toolCall != null) ? List.of(toolCall) : null;
		accumulator().accept(new ChatDelta(text, reasoning, toolCalls, null, null));
	}

	ChatResponse finish() {
		return complete(this.done, "no message_stop event");
	}

	private static final class Block {

		private final String type;

		private StringBuilder thinking;

		private String signature;

		private int toolCall = -1;

		Block(String type) {
			this.type = type;
		}

	}

}
