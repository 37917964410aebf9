package io.github.llmkit.memory;

import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.tool.ToolCall;

/**
 * Estimates the tokens of a message that no provider has counted: about four characters per token, plus a
 * few for the message's framing.
 */
final class TokenEstimate {

	private static final int FRAMING = 4;

	private TokenEstimate() {
	}

	static int of(Message message) {
		return FRAMING + (characters(message) + 3) / 4;
	}

	static int characters(Message message) {
		int characters = length(message.text()) + length(message.toolName());
		for (ToolCall call : message.toolCalls()) {
			characters += length(call.name()) + length(call.arguments());
		}
		for (ReasoningBlock block : message.reasoning()) {
			characters += length(block.text()) + length(block.redactedData());
		}
		return characters;
	}

	private static int length(String text) {
		return (text != null) ? text.length() : 0;
	}

}
