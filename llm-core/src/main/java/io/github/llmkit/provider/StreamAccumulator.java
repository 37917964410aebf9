package io.github.llmkit.provider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.llmkit.chat.ChatDelta;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.FinishReason;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.chat.StreamListener;
import io.github.llmkit.chat.ToolCallDelta;
import io.github.llmkit.chat.Usage;
import io.github.llmkit.tool.ToolCall;
import tools.jackson.databind.JsonNode;

/**
 * Turns the deltas of one stream into the final {@link ChatResponse}, passing each delta on to the user's
 * listener. Shared by every wire family. Tool-call fragments are keyed by index; a fragment whose id differs
 * from the id already held at its index starts a new call (servers that send index 0 for every call). A tool
 * name sent in pieces is joined, and a name repeated whole on every fragment stays one name. Not thread-safe:
 * one instance per stream.
 *
 * @since 0.1.0
 */
public final class StreamAccumulator {

	private final StreamListener listener;

	private final StringBuilder text = new StringBuilder();

	private StringBuilder reasoning;

	private final List<ReasoningBlock> reasoningBlocks = new ArrayList<>(0);

	private final List<Slot> slots = new ArrayList<>(0);

	private final Map<Integer, Slot> slotByIndex = new HashMap<>(4);

	private String id;

	private String model;

	private FinishReason finishReason;

	private String rawFinishReason;

	private Usage usage;

	private JsonNode raw;

	private boolean delivered;

	/**
	 * Create an accumulator that forwards to a listener.
	 * @param listener the user's listener
	 */
	public StreamAccumulator(StreamListener listener) {
		this.listener = listener;
	}

	/**
	 * Return a fresh accumulator for the same listener, for a new attempt of a stream that delivered nothing.
	 * @return the new accumulator
	 */
	public StreamAccumulator restarted() {
		return new StreamAccumulator(this.listener);
	}

	/**
	 * Record the response id and model the first time they are seen.
	 * @param id the response id, may be null
	 * @param model the model, may be null
	 */
	public void meta(String id, String model) {
		if (this.id == null && id != null) {
			this.id = id;
		}
		if (this.model == null && model != null) {
			this.model = model;
		}
	}

	/**
	 * Apply a delta and pass it to the listener.
	 * @param delta the increment
	 */
	public void accept(ChatDelta delta) {
		if (delta.hasText()) {
			this.text.append(delta.text());
			this.delivered = true;
		}
		if (!delta.reasoning().isEmpty()) {
			if (this.reasoning == null) {
				this.reasoning = new StringBuilder();
			}
			this.reasoning.append(delta.reasoning());
			this.delivered = true;
		}
		for (ToolCallDelta fragment : delta.toolCalls()) {
			slotFor(fragment).append(fragment);
			this.delivered = true;
		}
		if (delta.finishReason() != null) {
			this.finishReason = delta.finishReason();
		}
		if (delta.usage() != null) {
			this.usage = (this.usage != null) ? delta.usage().orElse(this.usage) : delta.usage();
		}
		this.listener.onDelta(delta);
	}

	private Slot slotFor(ToolCallDelta fragment) {
		Slot slot = this.slotByIndex.get(fragment.index());
		boolean newId = slot != null && fragment.id() != null && !fragment.id().isEmpty() && slot.id != null
				&& !slot.id.equals(fragment.id());
		if (slot == null || newId) {
			slot = new Slot(this.slots.size());
			this.slots.add(slot);
			this.slotByIndex.put(fragment.index(), slot);
		}
		return slot;
	}

	/**
	 * Record the provider's own finish value.
	 * @param value the raw finish reason
	 */
	public void rawFinishReason(String value) {
		if (value != null) {
			this.rawFinishReason = value;
		}
	}

	/**
	 * Keep a reasoning block that must round-trip (Claude thinking with its signature).
	 * @param block the block
	 */
	public void reasoningBlock(ReasoningBlock block) {
		this.reasoningBlocks.add(block);
	}

	/**
	 * Attach a provider signature to the tool call at an index (Gemini {@code thoughtSignature}).
	 * @param index the tool-call index
	 * @param signature the signature
	 */
	public void toolCallSignature(int index, String signature) {
		Slot slot = this.slotByIndex.get(index);
		if (slot != null) {
			slot.signature = signature;
		}
	}

	/**
	 * Report the tool call at an index as complete: the listener's {@code onToolCall} runs now rather than
	 * at the end of the stream.
	 * @param index the tool-call index
	 */
	public void completeToolCall(int index) {
		Slot slot = this.slotByIndex.get(index);
		if (slot != null && !slot.notified) {
			slot.notified = true;
			this.listener.onToolCall(slot.toToolCall());
		}
	}

	/**
	 * Keep the last raw chunk, returned as {@link ChatResponse#raw()}.
	 * @param chunk the chunk
	 */
	public void raw(JsonNode chunk) {
		this.raw = chunk;
	}

	/**
	 * Return whether a finish reason arrived.
	 * @return true once the model said why it stopped
	 */
	public boolean finished() {
		return this.finishReason != null;
	}

	/**
	 * Return whether anything reached the listener yet.
	 * @return true once text, reasoning or a tool call was delivered
	 */
	public boolean delivered() {
		return this.delivered;
	}

	/**
	 * Return the text received so far.
	 * @return the text
	 */
	public String text() {
		return this.text.toString();
	}

	/**
	 * Return the first tool call that never received a name, described by its id and position.
	 * @return the description, or null when every tool call has a name
	 */
	public String unnamedToolCall() {
		for (Slot slot : this.slots) {
			if (slot.name == null) {
				return "'" + slot.toToolCall().id() + "' (position " + slot.position + ")";
			}
		}
		return null;
	}

	/**
	 * Build the final response, report any tool call not yet reported, and call the listener's
	 * {@code onComplete}.
	 * @return the response
	 */
	public ChatResponse complete() {
		List<ToolCall> calls = new ArrayList<>(this.slots.size());
		for (Slot slot : this.slots) {
			ToolCall call = slot.toToolCall();
			calls.add(call);
			if (!slot.notified) {
				slot.notified = true;
				this.listener.onToolCall(call);
			}
		}
		FinishReason finish = this.finishReason;
		if (!calls.isEmpty() && (finish == null || finish == FinishReason.STOP)) {
			finish = FinishReason.TOOL_CALLS;
		}
		ChatResponse response = new ChatResponse(this.id, this.model, this.text.toString(),
				(this.reasoning != null) ? this.reasoning.toString() : null, this.reasoningBlocks, calls, finish,
				this.rawFinishReason, this.usage, this.raw);
		this.listener.onComplete(response);
		return response;
	}

	private static final class Slot {

		private final int position;

		private String id;

		private String name;

		private final StringBuilder arguments = new StringBuilder();

		private String signature;

		private boolean notified;

		Slot(int position) {
			this.position = position;
		}

		void append(ToolCallDelta fragment) {
			if (this.id == null && fragment.id() != null && !fragment.id().isEmpty()) {
				this.id = fragment.id();
			}
			String piece = fragment.name();
			if (piece != null && !piece.isEmpty()) {
				if (this.name == null) {
					this.name = piece;
				}
				else if (!this.name.equals(piece)) {
					this.name = this.name + piece;
				}
			}
			if (fragment.arguments() != null) {
				this.arguments.append(fragment.arguments());
			}
		}

		ToolCall toToolCall() {
			return new ToolCall((this.id != null) ? this.id : "call_" + this.position,
					(this.name != null) ? this.name : "", this.arguments.toString(), this.signature);
		}

	}

}
