package io.github.llmkit.memory;

import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.ReasoningBlock;
import io.github.llmkit.content.ContentPart;
import io.github.llmkit.content.TextPart;
import io.github.llmkit.tool.ToolCall;

/**
 * Estimates the tokens of a message that no provider has counted: about four characters per token, a
 * thousand per image or document, plus a few for the message's framing.
 */
final class TokenEstimate {

	private static final int FRAMING = 4;

	/** What an image or a document is taken to weigh, in characters: about a thousand tokens. */
	private static final int MEDIA_CHARACTERS = 4_000;

	private TokenEstimate() {
	}

	static int of(Message message) {
		return FRAMING + (characters(message) + 3) / 4;
	}

	static int characters(Message message) {
		int characters = length(message.text()) + length(message.toolName());
		for (ContentPart part : message.content()) {
			if (!(part instanceof TextPart)) {
				characters += MEDIA_CHARACTERS;
			}
		}
		for (ToolCall call : message.toolCalls()) {
			characters += length(call.name()) + length(call.arguments());
		}
		for (ReasoningBlock block : message.reasoning()) {
			characters += (block.details() != null) ? length(block.details())
					: length(block.text()) + length(block.redactedData());
		}
		return characters;
	}

	private static int length(String text) {
		return (text != null) ? text.length() : 0;
	}

}
