package io.github.llmkit.provider.gemini;

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
 * Writes content parts as Gemini parts: {@code text}, {@code inlineData} (raw base64, no data-URL head) for
 * bytes and {@code fileData} for URLs. Empty text is left out.
 */
final class GeminiContent {

	private GeminiContent() {
	}

	static void add(ArrayNode parts, List<ContentPart> content) {
		for (ContentPart part : content) {
			if (part instanceof TextPart text) {
				if (!text.text().isEmpty()) {
					parts.addObject().put("text", text.text());
				}
			}
			else if (part instanceof ImagePart image) {
				media(parts.addObject(), image.media());
			}
			else if (part instanceof DocumentPart document) {
				media(parts.addObject(), document.media());
			}
		}
	}

	private static void media(ObjectNode part, Media media) {
		if (media.inline()) {
			part.putObject("inlineData").put("mimeType", media.mimeType()).set("data",
					Base64Data.node(null, media.data()));
		}
		else {
			part.putObject("fileData").put("mimeType", media.mimeType()).put("fileUri", media.url());
		}
	}

}
