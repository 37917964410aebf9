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
import io.github.llmkit.provider.StreamAccumulator;
import io.github.llmkit.provider.TreeChecks;
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

	private final TreeChecks start;

	private final TreeChecks blockStart;

	private final TreeChecks blockDelta;

	private final TreeChecks messageDelta;

	private int toolCalls;

	private Usage usage;

	private boolean done;

	AnthropicStreamHandler(String clientName, JsonMapper json, String apiKey, StreamAccumulator accumulator) {
		super(clientName, json, apiKey, accumulator);
		this.start = new TreeChecks(clientName, "message_start event", true);
		this.blockStart = new TreeChecks(clientName, "content_block_start event", true);
		this.blockDelta = new TreeChecks(clientName, "content_block_delta event", true);
		this.messageDelta = new TreeChecks(clientName, "message_delta event", true);
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
			case "message_start" -> messageStart(readObject(event.data(), name + " event"));
			case "content_block_start" -> blockStart(readObject(event.data(), name + " event"));
			case "content_block_delta" -> blockDelta(readObject(event.data(), name + " event"));
			case "content_block_stop" -> blockStop(readObject(event.data(), name + " event"));
			case "message_delta" -> messageDelta(readObject(event.data(), name + " event"));
			case "message_stop" -> this.done = true;
			case "error" -> throw streamFailure(AnthropicErrorParser.fromJson(read(event.data(), "error event")));
			default -> {
			}
		}
	}

	private void messageStart(JsonNode event) {
		JsonNode message = this.start.object(event, "message", "message");
		if (message == null) {
			throw this.start.malformed("has no message");
		}
		accumulator().meta(this.start.string(message, "id", "message.id"),
				this.start.string(message, "model", "message.model"));
		this.usage = AnthropicResponseMapper.usage(message.get("usage"));
	}

	private void blockStart(JsonNode event) {
		int index = event.path("index").asInt(0);
		JsonNode content = this.blockStart.object(event, "content_block", "content_block");
		if (content == null) {
			throw this.blockStart.malformed("has no content_block");
		}
		String type = this.blockStart.string(content, "type", "content_block.type");
		type = (type != null) ? type : "";
		Block block = new Block(type);
		this.blocks.put(index, block);
		switch (type) {
			case "tool_use" -> {
				block.toolCall = this.toolCalls++;
				String toolName = this.blockStart.string(content, "name", "content_block.name");
				if (toolName == null || toolName.isEmpty()) {
					throw this.blockStart.malformed("has a tool_use content_block without a name");
				}
				emit(null, null, new ToolCallDelta(block.toolCall,
						this.blockStart.string(content, "id", "content_block.id"), toolName, null));
			}
			case "redacted_thinking" ->
				accumulator().reasoningBlock(new ReasoningBlock(null, null,
						orEmpty(this.blockStart.string(content, "data", "content_block.data"))));
			case "text" -> {
				String text = orEmpty(this.blockStart.string(content, "text", "content_block.text"));
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
		JsonNode delta = this.blockDelta.object(event, "delta", "delta");
		if (delta == null) {
			throw this.blockDelta.malformed("has no delta");
		}
		switch (orEmpty(this.blockDelta.string(delta, "type", "delta.type"))) {
			case "text_delta" -> emit(orEmpty(this.blockDelta.string(delta, "text", "delta.text")), null, null);
			case "thinking_delta" -> {
				String thinking = orEmpty(this.blockDelta.string(delta, "thinking", "delta.thinking"));
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
					block.signature = this.blockDelta.string(delta, "signature", "delta.signature");
				}
			}
			case "input_json_delta" -> {
				String fragment = orEmpty(this.blockDelta.string(delta, "partial_json", "delta.partial_json"));
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
		String rawFinish = this.messageDelta.string(this.messageDelta.object(event, "delta", "delta"), "stop_reason",
				"delta.stop_reason");
		Usage reported = AnthropicResponseMapper.usage(event.get("usage"));
		if (reported != null) {
			this.usage = reported.orElse(this.usage);
		}
		accumulator().rawFinishReason(rawFinish);
		accumulator().raw(event);
		accumulator().accept(
				new ChatDelta(null, null, null, AnthropicResponseMapper.finishReason(rawFinish), this.usage));
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
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
