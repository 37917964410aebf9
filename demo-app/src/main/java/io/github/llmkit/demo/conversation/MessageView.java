package io.github.llmkit.demo.conversation;

import java.util.List;
import java.util.Locale;

import io.github.llmkit.chat.Message;
import io.github.llmkit.demo.chat.ToolCallView;

/**
 * One stored message as the page shows it.
 *
 * @param role {@code user}, {@code assistant}, {@code tool} or {@code system}
 * @param text the text, or null
 * @param toolCalls the tool calls of an assistant turn
 * @param toolName the tool a result answers, or null
 * @param error whether a tool result reports a failure
 * @since 0.1.0
 */
public record MessageView(String role, String text, List<ToolCallView> toolCalls, String toolName, boolean error) {

	/**
	 * Create the view of a message.
	 * @param message the message
	 * @return the view
	 */
	public static MessageView of(Message message) {
		return new MessageView(message.role().name().toLowerCase(Locale.ROOT), message.text(),
				message.toolCalls().stream().map(ToolCallView::of).toList(), message.toolName(), message.error());
	}

}
