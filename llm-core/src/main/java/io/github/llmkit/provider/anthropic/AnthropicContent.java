package io.github.llmkit.provider.anthropic;

import java.util.List;

import io.github.llmkit.content.ContentPart;
import io.github.llmkit.content.DocumentPart;
import io.github.llmkit.content.ImagePart;
import io.github.llmkit.content.Media;
import io.github.llmkit.content.TextPart;
import io.github.llmkit.provider.Base64Data;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes content parts as Messages API blocks: {@code text}, {@code image} and {@code document} with a
 * {@code base64} or {@code url} source. Empty text is left out, since Claude rejects empty text blocks.
 */
final class AnthropicContent {

	private AnthropicContent() {
	}

	static void add(ArrayNode blocks, List<ContentPart> content) {
		for (ContentPart part : content) {
			if (part instanceof TextPart text) {
				if (!text.text().isEmpty()) {
					blocks.addObject().put("type", "text").put("text", text.text());
				}
			}
			else if (part instanceof ImagePart image) {
				source(blocks.addObject().put("type", "image"), image.media());
			}
			else if (part instanceof DocumentPart document) {
				source(blocks.addObject().put("type", "document"), document.media()).put("title", document.name());
			}
		}
	}

	private static ObjectNode source(ObjectNode block, Media media) {
		ObjectNode source = block.putObject("source");
		if (media.inline()) {
			source.put("type", "base64").put("media_type", media.mimeType()).set("data",
					Base64Data.node(null, media.data()));
		}
		else {
			source.put("type", "url").put("url", media.url());
		}
		return block;
	}

}
