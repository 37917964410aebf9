package io.github.llmkit.chat;

import java.util.List;
import java.util.Objects;

import io.github.llmkit.internal.Lists;
import io.github.llmkit.tool.ToolCall;
import tools.jackson.databind.JsonNode;

/**
 * A model's answer, normalised over every provider.
 *
 * @param id the provider's response id, or null
 * @param model the model that answered, as reported by the provider, or null
 * @param text the answer text; empty, never null, when the model only calls tools
 * @param reasoning the reasoning text the provider returned (DeepSeek, OpenRouter, Claude thinking, Gemini
 * thoughts), or null; never part of {@link #text()}
 * @param reasoningBlocks reasoning blocks that must be sent back unchanged on the next turn
 * @param toolCalls the requested tool calls, in the model's order
 * @param finishReason why the model stopped, normalised
 * @param rawFinishReason the provider's own finish value, or null
 * @param usage token counts; never null, {@link Usage#unknown()} when not reported
 * @param raw the provider's JSON (the final chunk for a stream), or null
 * @param answeredBy the name of the client that produced the answer (for a failover route, the member that
 * answered), or null when not yet known
 * @since 0.1.0
 */
public record ChatResponse(String id, String model, String text, String reasoning,
		List<ReasoningBlock> reasoningBlocks, List<ToolCall> toolCalls, FinishReason finishReason,
		String rawFinishReason, Usage usage, JsonNode raw, String answeredBy) {

	/**
	 * Create a response, copying the lists and replacing nulls by empty values.
	 * @throws IllegalArgumentException if a list has a null element
	 */
	public ChatResponse {
		text = (text != null) ? text : "";
		reasoningBlocks = Lists.copyOf("reasoningBlocks", reasoningBlocks);
		toolCalls = Lists.copyOf("toolCalls", toolCalls);
		finishReason = Objects.requireNonNullElse(finishReason, FinishReason.OTHER);
		usage = (usage != null) ? usage : Usage.unknown();
	}

	/**
	 * Create a response whose client is not yet known; the client that returns it fills {@link #answeredBy()}.
	 * @param id the provider's response id, or null
	 * @param model the model that answered, or null
	 * @param text the answer text, or null for none
	 * @param reasoning the reasoning text, or null
	 * @param reasoningBlocks reasoning blocks to send back unchanged
	 * @param toolCalls the requested tool calls
	 * @param finishReason why the model stopped
	 * @param rawFinishReason the provider's own finish value, or null
	 * @param usage token counts, or null when not reported
	 * @param raw the provider's JSON, or null
	 * @throws IllegalArgumentException if a list has a null element
	 */
	public ChatResponse(String id, String model, String text, String reasoning, List<ReasoningBlock> reasoningBlocks,
			List<ToolCall> toolCalls, FinishReason finishReason, String rawFinishReason, Usage usage, JsonNode raw) {
		this(id, model, text, reasoning, reasoningBlocks, toolCalls, finishReason, rawFinishReason, usage, raw, null);
	}

	/**
	 * Return a copy naming the client that produced it.
	 * @param client the client's name
	 * @return this response when it already names that client, else a copy
	 */
	public ChatResponse withAnsweredBy(String client) {
		if (Objects.equals(client, this.answeredBy)) {
			return this;
		}
		return new ChatResponse(this.id, this.model, this.text, this.reasoning, this.reasoningBlocks, this.toolCalls,
				this.finishReason, this.rawFinishReason, this.usage, this.raw, client);
	}

	/**
	 * Return whether the model asks for tool calls.
	 * @return true when {@link #toolCalls()} is not empty
	 */
	public boolean hasToolCalls() {
		return !this.toolCalls.isEmpty();
	}

}
