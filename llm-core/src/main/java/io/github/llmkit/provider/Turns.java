package io.github.llmkit.provider;

import java.util.List;
import java.util.function.Function;

import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.Role;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lays out a conversation for the families that keep system text apart and want user and assistant turns to
 * alternate (Anthropic, Gemini).
 *
 * @since 0.1.0
 */
public final class Turns {

	private Turns() {
	}

	/**
	 * Add the conversation's non-system messages to {@code turns}: a message with no content is skipped, and
	 * consecutive messages of one role share a turn; system texts are appended to {@code system}, separated by
	 * blank lines.
	 * @param messages the conversation
	 * @param turns receives {@code {"role": ..., <contentField>: [...]}} objects
	 * @param system receives the system text
	 * @param assistantRole the family's name of the assistant role; every other role is {@code user}
	 * @param contentField the name of a turn's content array
	 * @param content maps one message to its content items
	 */
	public static void alternate(List<Message> messages, ArrayNode turns, StringBuilder system,
			String assistantRole, String contentField, Function<Message, ArrayNode> content) {
		ObjectNode last = null;
		for (Message message : messages) {
			if (message.role() == Role.SYSTEM) {
				if (message.text() != null && !message.text().isEmpty()) {
					system.append((system.length() > 0) ? "\n\n" : "").append(message.text());
				}
				continue;
			}
			ArrayNode items = content.apply(message);
			if (items.isEmpty()) {
				continue;
			}
			String role = (message.role() == Role.ASSISTANT) ? assistantRole : "user";
			if (last != null && role.equals(last.get("role").asString())) {
				((ArrayNode) last.get(contentField)).addAll(items);
			}
			else {
				last = turns.addObject().put("role", role);
				last.set(contentField, items);
			}
		}
	}

}
