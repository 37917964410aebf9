package io.github.llmkit.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.github.llmkit.content.ContentPart;
import io.github.llmkit.content.TextPart;
import io.github.llmkit.internal.Lists;
import io.github.llmkit.tool.ToolCall;

/**
 * One message of a conversation, in a provider-neutral form that every wire family can send. Its content is
 * an ordered list of parts: text, and for user messages and tool results also images and documents.
 *
 * @param role the author; never null
 * @param content the parts in order; empty only for an assistant turn that just calls tools
 * @param toolCalls the tool calls of an assistant turn; empty otherwise
 * @param toolCallId the id of the call a {@link Role#TOOL} message answers, or null
 * @param toolName the name of the tool a {@link Role#TOOL} message answers, or null
 * @param error whether a {@link Role#TOOL} message reports a failed tool call
 * @param reasoning reasoning blocks of an assistant turn that must round-trip unchanged (Claude thinking)
 * @since 0.1.0
 */
public record Message(Role role, List<ContentPart> content, List<ToolCall> toolCalls, String toolCallId,
		String toolName, boolean error, List<ReasoningBlock> reasoning) {

	/**
	 * Create a message, copying the lists and checking that a system or user message has content, only user
	 * and tool messages hold images or documents, a tool result names its call, and no field is set that the
	 * role would ignore.
	 * @throws IllegalArgumentException naming the missing or inconsistent field
	 */
	public Message {
		if (role == null) {
			throw new IllegalArgumentException("'role' must not be null");
		}
		content = Lists.copyOf("content", content);
		toolCalls = Lists.copyOf("toolCalls", toolCalls);
		reasoning = Lists.copyOf("reasoning", reasoning);
		if ((role == Role.SYSTEM || role == Role.USER) && content.isEmpty()) {
			throw new IllegalArgumentException("'content' must not be empty for a " + role + " message");
		}
		if ((role == Role.SYSTEM || role == Role.ASSISTANT)
				&& content.stream().anyMatch((part) -> !(part instanceof TextPart))) {
			throw new IllegalArgumentException("A " + role + " message holds text only; images and documents "
					+ "go into user messages (or tool results where the provider takes them)");
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
	 * Create a message whose content is one text part, or none when the text is null.
	 * @param role the author
	 * @param text the text; null only for an assistant or tool message
	 * @param toolCalls the tool calls of an assistant turn, or null
	 * @param toolCallId the id of the call a tool message answers, or null
	 * @param toolName the name of the tool a tool message answers, or null
	 * @param error whether a tool message reports a failed call
	 * @param reasoning reasoning blocks of an assistant turn, or null
	 * @throws IllegalArgumentException naming the missing or inconsistent field
	 */
	public Message(Role role, String text, List<ToolCall> toolCalls, String toolCallId, String toolName,
			boolean error, List<ReasoningBlock> reasoning) {
		this(role, textContent(role, text), toolCalls, toolCallId, toolName, error, reasoning);
	}

	/**
	 * Create a system message.
	 * @param text the instructions, not null
	 * @return the message
	 * @throws IllegalArgumentException if the text is null
	 */
	public static Message system(String text) {
		return new Message(Role.SYSTEM, List.of(new TextPart(requireText(text))), null, null, null, false, null);
	}

	/**
	 * Create a user message.
	 * @param text the user's text, not null
	 * @return the message
	 * @throws IllegalArgumentException if the text is null
	 */
	public static Message user(String text) {
		return new Message(Role.USER, List.of(new TextPart(requireText(text))), null, null, null, false, null);
	}

	/**
	 * Create a user message of text followed by attachments, such as
	 * {@code Message.user("What is in this picture?", ContentPart.image(Path.of("cat.png")))}.
	 * @param text the user's text, not null
	 * @param attachments images and documents, after the text
	 * @return the message
	 * @throws IllegalArgumentException if the text or an attachment is null
	 */
	public static Message user(String text, ContentPart... attachments) {
		List<ContentPart> content = new ArrayList<>(1 + ((attachments != null) ? attachments.length : 0));
		content.add(new TextPart(requireText(text)));
		if (attachments != null) {
			for (int i = 0; i < attachments.length; i++) {
				if (attachments[i] == null) {
					throw new IllegalArgumentException("'attachments[" + i + "]' must not be null");
				}
				content.add(attachments[i]);
			}
		}
		return new Message(Role.USER, content, null, null, null, false, null);
	}

	/**
	 * Create a user message of parts in the given order.
	 * @param content the parts, not empty
	 * @return the message
	 * @throws IllegalArgumentException if the list is null or empty or holds null
	 */
	public static Message user(List<ContentPart> content) {
		if (content == null) {
			throw new IllegalArgumentException("'content' must not be null");
		}
		return new Message(Role.USER, content, null, null, null, false, null);
	}

	/**
	 * Create an assistant message with text only.
	 * @param text the assistant's text, or null for an empty turn
	 * @return the message
	 */
	public static Message assistant(String text) {
		return new Message(Role.ASSISTANT, text, null, null, null, false, null);
	}

	/**
	 * Create an assistant turn that calls tools, with or without text.
	 * @param text the assistant's text, or null
	 * @param toolCalls the calls it made
	 * @return the message
	 * @throws IllegalArgumentException if a call is null
	 */
	public static Message assistant(String text, List<ToolCall> toolCalls) {
		return new Message(Role.ASSISTANT, text, toolCalls, null, null, false, null);
	}

	/**
	 * Create an assistant turn that only calls tools.
	 * @param toolCalls the calls it made
	 * @return the message
	 * @throws IllegalArgumentException if a call is null
	 */
	public static Message assistant(List<ToolCall> toolCalls) {
		return assistant(null, toolCalls);
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
	 * Create the successful result of a tool call made of parts, such as text and a screenshot; only some
	 * providers take images or documents in tool results (the client refuses the others before sending).
	 * @param toolCallId the id of the call
	 * @param toolName the tool's name
	 * @param content the parts, not empty
	 * @return the message
	 * @throws IllegalArgumentException if the call id is null or empty, or the content null or empty
	 */
	public static Message toolResult(String toolCallId, String toolName, List<ContentPart> content) {
		if (content == null || content.isEmpty()) {
			throw new IllegalArgumentException("'content' must not be " + ((content == null) ? "null" : "empty"));
		}
		return new Message(Role.TOOL, content, null, toolCallId, toolName, false, null);
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
	 * Return the text of the message: its text parts joined by line breaks.
	 * @return the text, or null when the message has no text part
	 */
	public String text() {
		if (this.content.size() == 1 && this.content.get(0) instanceof TextPart only) {
			return only.text();
		}
		List<String> texts = this.content.stream()
			.filter(TextPart.class::isInstance)
			.map((part) -> ((TextPart) part).text())
			.toList();
		return (texts.isEmpty()) ? null : texts.stream().collect(Collectors.joining("\n"));
	}

	/**
	 * Return whether this message holds an image, a document or any other part that is not text.
	 * @return true when a non-text part is present
	 */
	public boolean hasMedia() {
		for (ContentPart part : this.content) {
			if (!(part instanceof TextPart)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return whether this is an assistant message that calls tools.
	 * @return true when tool calls are present
	 */
	public boolean hasToolCalls() {
		return !this.toolCalls.isEmpty();
	}

	private static List<ContentPart> textContent(Role role, String text) {
		if (text == null && (role == Role.SYSTEM || role == Role.USER)) {
			throw new IllegalArgumentException("'text' must not be null for a " + role + " message");
		}
		return (text != null) ? List.of(new TextPart(text)) : List.of();
	}

	private static String requireText(String text) {
		if (text == null) {
			throw new IllegalArgumentException("'text' must not be null");
		}
		return text;
	}

}
