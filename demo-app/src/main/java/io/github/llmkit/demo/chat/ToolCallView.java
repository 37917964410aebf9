package io.github.llmkit.demo.chat;

import io.github.llmkit.tool.ToolCall;

/**
 * A tool call the model asked for.
 *
 * @param id the call id
 * @param name the tool name
 * @param arguments the arguments, as JSON text
 * @since 0.1.0
 */
public record ToolCallView(String id, String name, String arguments) {

	/**
	 * Create the view of a tool call.
	 * @param call the call
	 * @return the view
	 */
	public static ToolCallView of(ToolCall call) {
		return new ToolCallView(call.id(), call.name(), call.arguments());
	}

}
