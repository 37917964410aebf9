package io.github.llmkit.chat;

import java.util.List;

import io.github.llmkit.internal.Lists;
import io.github.llmkit.tool.ToolCall;

/**
 * One message of a conversation, in a provider-neutral form that every wire family can send.
 *
 * @param role the author; never null
 * @param text the text, or null (an assistant turn that only calls tools has none)
 * @param toolCalls the tool calls of an assistant turn; empty otherwise
 * @param toolCallId the id of the call a {@link Role#TOOL} message answers, or null
 * @param toolName the name of the tool a {@link Role#TOOL} message answers, or null
 * @param error whether a {@link Role#TOOL} message reports a failed tool call
 * @param reasoning reasoning blocks of an assistant turn that must round-trip unchanged (Claude thinking)
 * @since 0.1.0
 */
public record Message(Role role, String text, List<ToolCall> toolCalls, String toolCallId, String toolName,
		boolean error, List<ReasoningBlock> reasoning) {

	/**
	 * Create a message, copying the lists and checking that a system or user message has text, a tool result
	 * names its call, and no field is set that the role would ignore.
	 * @throws IllegalArgumentException naming the missing or inconsistent field
	 */
	public Message {
		if (role == null) {
			throw new IllegalArgumentException("'role' must not be null");
		}
		toolCalls = Lists.copyOf("toolCalls", toolCalls);
		reasoning = Lists.copyOf("reasoning", reasoning);
		if ((role == Role.SYSTEM || role == Role.USER) && text == null) {
			throw new IllegalArgumentException("'text' must not be null for a " + role + " message");
		}
		if (role == Role.TOOL && (toolCallId == null || toolCallId.isEmpty())) {
			throw new IllegalArgumentException("A tool message needs the 'toolCallId' of the call it answers");
		}
		if (role != Role.ASSISTANT && !toolCalls.isEmpty()) {
			throw new IllegalArgumentException("Only an assistant message can carry tool calls, not " + role);
		}
		if (role != Role.ASSISTANT && !reasoning.isEmpty()) {
			throw new IllegalArgumentException("Only an assistant message can carry reasoning, not " + role);
		}
		if (role != Role.TOOL && (toolCallId != null || toolName != null || error)) {
			throw new IllegalArgumentException(
					"Only a tool message can carry 'toolCallId', 'toolName' or 'error', not " + role);
		}
	}

	/**
	 * Create a system message.
	 * @param text the instructions, not null
	 * @return the message
	 * @throws IllegalArgumentException if the text is null
	 */
	public static Message system(String text) {
		return new Message(Role.SYSTEM, requireText(text), null, null, null, false, null);
	}

	/**
	 * Create a user message.
	 * @param text the user's text, not null
	 * @return the message
	 * @throws IllegalArgumentException if the text is null
	 */
	public static Message user(String text) {
		return new Message(Role.USER, requireText(text), null, null, null, false, null);
	}

	/**
	 * Create an assistant message with text only.
	 * @param text the assistant's text, not null
	 * @return the message
	 * @throws IllegalArgumentException if the text is null
	 */
	public static Message assistant(String text) {
		return new Message(Role.ASSISTANT, requireText(text), null, null, null, false, null);
	}

	/**
	 * Create the assistant turn of a response, with its text, tool calls and reasoning (its signed blocks, or
	 * else its reasoning text as one unsigned block), ready to be appended to the conversation before the
	 * tool results.
	 * @param response the model's response
	 * @return the message
	 */
	public static Message assistant(ChatResponse response) {
		if (response == null) {
			throw new IllegalArgumentException("'response' must not be null");
		}
		String text = (response.text() == null || response.text().isEmpty()) ? null : response.text();
		List<ReasoningBlock> reasoning = response.reasoningBlocks();
		if (reasoning.isEmpty() && response.reasoning() != null && !response.reasoning().isEmpty()) {
			reasoning = List.of(new ReasoningBlock(response.reasoning(), null, null));
		}
		return new Message(Role.ASSISTANT, text, response.toolCalls(), null, null, false, reasoning);
	}

	/**
	 * Create the successful result of a tool call.
	 * @param toolCallId the id of the call
	 * @param toolName the tool's name
	 * @param resultJson the result (JSON or plain text), or null for an empty one
	 * @return the message
	 * @throws IllegalArgumentException if the call id is null or empty
	 */
	public static Message toolResult(String toolCallId, String toolName, String resultJson) {
		return new Message(Role.TOOL, (resultJson != null) ? resultJson : "", null, toolCallId, toolName, false, null);
	}

	/**
	 * Create the result of a failed tool call; the model sees it flagged as an error where the wire allows.
	 * @param toolCallId the id of the call
	 * @param toolName the tool's name
	 * @param errorText what went wrong, or null
	 * @return the message
	 * @throws IllegalArgumentException if the call id is null or empty
	 */
	public static Message toolError(String toolCallId, String toolName, String errorText) {
		return new Message(Role.TOOL, (errorText != null) ? errorText : "", null, toolCallId, toolName, true, null);
	}

	/**
	 * Return whether this is an assistant message that calls tools.
	 * @return true when tool calls are present
	 */
	public boolean hasToolCalls() {
		return !this.toolCalls.isEmpty();
	}

	private static String requireText(String text) {
		if (text == null) {
			throw new IllegalArgumentException("'text' must not be null");
		}
		return text;
	}

}
