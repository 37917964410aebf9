package io.github.llmkit.test;

import java.util.List;
import java.util.Set;

/**
 * What the default replies need from a chat request, extracted by each wire family from its own JSON.
 *
 * @param lastUserText the text of the last user message, or null
 * @param toolResults the tool results that end the conversation (empty when the last turn is not a tool result)
 * @param tools the names of the tools offered
 * @param promptTokens an estimate of the prompt's tokens
 * @param wantsReasoning whether the request enables thinking output
 * @param attachments the images and documents of the last user message
 */
record Conversation(String lastUserText, List<String> toolResults, Set<String> tools, int promptTokens,
		boolean wantsReasoning, List<Attachment> attachments) {

	Conversation {
		toolResults = List.copyOf(toolResults);
		tools = Set.copyOf(tools);
		attachments = List.copyOf(attachments);
	}

	Conversation(String lastUserText, List<String> toolResults, Set<String> tools, int promptTokens,
			boolean wantsReasoning) {
		this(lastUserText, toolResults, tools, promptTokens, wantsReasoning, List.of());
	}

}
