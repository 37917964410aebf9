package io.github.llmkit.chat;

import java.util.List;

/**
 * One streamed increment of a model's answer. Every field may be empty: a delta can carry only a finish
 * reason or only usage.
 *
 * @param text new answer text; empty when none
 * @param reasoning new reasoning text; empty when none
 * @param toolCalls tool-call fragments in this increment
 * @param finishReason the normalised finish reason when the answer ends here, else null
 * @param usage token counts when the provider reports them on this increment, else null
 * @since 0.1.0
 */
public record ChatDelta(String text, String reasoning, List<ToolCallDelta> toolCalls, FinishReason finishReason,
		Usage usage) {

	/**
	 * Create a delta, replacing nulls by empty values and copying the list.
	 */
	public ChatDelta {
		text = (text != null) ? text : "";
		reasoning = (reasoning != null) ? reasoning : "";
		toolCalls = (toolCalls != null) ? List.copyOf(toolCalls) : List.of();
	}

	/**
	 * Return whether this increment carries new text.
	 * @return true when {@link #text()} is not empty
	 */
	public boolean hasText() {
		return !this.text.isEmpty();
	}

}
