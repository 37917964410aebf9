package io.github.llmkit.provider;

import java.util.List;
import java.util.Map;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.chat.Message;
import io.github.llmkit.tool.ToolDefinition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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

	/**
	 * Set the options' extra body fields on a family's request body, replacing fields of the same name.
	 * @param body the request body
	 * @param json the mapper that turns the values into JSON
	 */
	public void applyExtraBody(ObjectNode body, JsonMapper json) {
		if (this.options.extraBody() != null) {
			for (Map.Entry<String, Object> entry : this.options.extraBody().entrySet()) {
				body.set(entry.getKey(), json.valueToTree(entry.getValue()));
			}
		}
	}

}
