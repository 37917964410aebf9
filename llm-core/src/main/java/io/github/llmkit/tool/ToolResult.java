package io.github.llmkit.tool;


import io.github.llmkit.chat.Message;

/**
 * The outcome of one tool execution, as text for the model.
 *
 * @param callId the id of the model's call, or null when the tool ran outside a model call
 * @param name the tool name
 * @param content the result text (JSON or plain text), or what went wrong; never null
 * @param error whether the execution failed
 * @since 0.1.0
 */
public record ToolResult(String callId, String name, String content, boolean error) {

	/**
	 * Create a result, requiring a name and defaulting a null content to an empty text.
	 */
	public ToolResult {
		if (name == null) {
			throw new IllegalArgumentException("'name' must not be null");
		}
		content = (content != null) ? content : "";
	}

	/**
	 * Create a successful result without a call id.
	 * @param name the tool name
	 * @param content the result text
	 * @return the result
	 */
	public static ToolResult success(String name, String content) {
		return new ToolResult(null, name, content, false);
	}

	/**
	 * Create a failed result without a call id.
	 * @param name the tool name
	 * @param message what went wrong
	 * @return the result
	 */
	public static ToolResult failure(String name, String message) {
		return new ToolResult(null, name, message, true);
	}

	/**
	 * Return a copy answering the given call.
	 * @param callId the id of the model's call
	 * @return the copy
	 */
	public ToolResult withCallId(String callId) {
		return new ToolResult(callId, this.name, this.content, this.error);
	}

	/**
	 * Return the tool message that sends this result back to the model, flagged as an error when it failed.
	 * @return the message
	 * @throws IllegalStateException if the result has no call id
	 */
	public Message toMessage() {
		if (this.callId == null) {
			throw new IllegalStateException("Result of tool '" + this.name + "' answers no call: it has no call id");
		}
		return (this.error) ? Message.toolError(this.callId, this.name, this.content)
				: Message.toolResult(this.callId, this.name, this.content);
	}

}
