package io.github.llmkit.provider.openai;

import io.github.llmkit.chat.Message;
import io.github.llmkit.content.ContentPart;
import io.github.llmkit.content.DocumentPart;
import io.github.llmkit.content.ImagePart;
import io.github.llmkit.content.Media;
import io.github.llmkit.content.TextPart;
import io.github.llmkit.provider.Base64Data;
import io.github.llmkit.provider.MediaSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the content of a user message as Chat Completions content parts: {@code text}, {@code image_url}
 * with an https or {@code data:} URL, and documents as {@code file} parts (OpenAI, OpenRouter) or
 * {@code document_url} parts (Mistral), as the provider's {@link MediaSupport} says.
 */
final class OpenAiContent {

	private final JsonMapper json;

	private final MediaSupport support;

	OpenAiContent(JsonMapper json, MediaSupport support) {
		this.json = json;
		this.support = support;
	}

	/**
	 * Set a user message's {@code content}: a plain string for one text part, else an array of parts.
	 */
	void user(ObjectNode node, Message message) {
		if (message.content().size() == 1 && message.content().get(0) instanceof TextPart text) {
			node.put("content", text.text());
		}
		else {
			node.set("content", parts(message));
		}
	}

	private ArrayNode parts(Message message) {
		ArrayNode parts = this.json.createArrayNode();
		for (ContentPart part : message.content()) {
			if (part instanceof TextPart text) {
				parts.addObject().put("type", "text").put("text", text.text());
			}
			else if (part instanceof ImagePart image) {
				parts.addObject().put("type", "image_url").putObject("image_url").set("url", url(image.media()));
			}
			else if (part instanceof DocumentPart document) {
				document(parts.addObject(), document);
			}
		}
		return parts;
	}

	private void document(ObjectNode node, DocumentPart document) {
		if ("document_url".equals(this.support.documentPart())) {
			node.put("type", "document_url").set("document_url", url(document.media()));
			node.put("document_name", document.name());
		}
		else {
			ObjectNode file = node.put("type", "file").putObject("file");
			file.put("filename", document.name());
			file.set("file_data", url(document.media()));
		}
	}

	private JsonNode url(Media media) {
		return (media.inline()) ? Base64Data.dataUrl(media.mimeType(), media.data())
				: this.json.getNodeFactory().stringNode(media.url());
	}

}
