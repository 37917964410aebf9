package io.github.llmkit.provider;

import java.util.List;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.tool.ToolDefinition;

/**
 * A validated chat request as a wire family receives it: options already merged over the client's defaults,
 * so {@code options().model()} is never null.
 *
 * @param messages the conversation, never empty
 * @param tools the tools offered to the model, possibly empty
 * @param options the merged options
 * @since 0.1.0
 */
public record ChatRequest(List<Message> messages, List<ToolDefinition> tools, ChatOptions options) {

	/**
	 * Create a request, copying the lists.
	 */
	public ChatRequest {
		messages = List.copyOf(messages);
		tools = (tools != null) ? List.copyOf(tools) : List.of();
	}

}
