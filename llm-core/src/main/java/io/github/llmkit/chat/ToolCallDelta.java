package io.github.llmkit.chat;

/**
 * One streamed fragment of a tool call. Fragments with the same {@code index} belong to one call: the first
 * usually carries id and name, later ones pieces of the JSON arguments.
 *
 * @param index the position of the call within the assistant turn
 * @param id the call id, or null when this fragment does not carry it
 * @param name the tool name, or null when this fragment does not carry it
 * @param arguments a piece of the JSON arguments text, or null
 * @since 0.1.0
 */
public record ToolCallDelta(int index, String id, String name, String arguments) {
}
