package io.github.llmkit.provider;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.github.llmkit.LlmInvalidRequestException;
import io.github.llmkit.ProviderType;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.Role;
import io.github.llmkit.content.ContentPart;
import io.github.llmkit.content.DocumentPart;
import io.github.llmkit.content.ImagePart;
import io.github.llmkit.content.Media;
import io.github.llmkit.content.TextPart;

/**
 * Checks the images and documents of a conversation against a provider's {@link MediaSupport} before anything
 * is sent, so an unsupported part, type or size fails with a message naming the client, the part and the limit
 * instead of a provider's 400.
 *
 * @since 0.1.0
 */
public final class MediaCheck {

	private final String client;

	private final ProviderType type;

	private final MediaSupport support;

	private final String model;

	private int images;

	private long inlineBytes;

	private MediaCheck(String client, ProviderType type, String model) {
		this.client = client;
		this.type = type;
		this.support = MediaSupport.of(type);
		this.model = model;
	}

	/**
	 * Check every image and document of a conversation (earlier turns count too: they are sent again).
	 * @param client the client's name
	 * @param type the provider type
	 * @param model the model the request names
	 * @param messages the conversation
	 * @throws LlmInvalidRequestException naming the client, the part and the limit it breaks
	 */
	public static void check(String client, ProviderType type, String model, List<Message> messages) {
		MediaCheck check = null;
		for (int i = 0; i < messages.size(); i++) {
			Message message = messages.get(i);
			if (!message.hasMedia()) {
				continue;
			}
			check = (check != null) ? check : new MediaCheck(client, type, model);
			List<ContentPart> content = message.content();
			for (int j = 0; j < content.size(); j++) {
				if (!(content.get(j) instanceof TextPart)) {
					check.part(message.role(), content.get(j), "messages[" + i + "].content[" + j + "]");
				}
			}
		}
	}

	private void part(Role role, ContentPart part, String path) {
		String where = path + " (" + part + ")";
		if (!this.support.acceptsModel(this.model)) {
			throw refuse(where, "model '" + this.model + "' of " + this.type.id()
					+ " reads no images or documents; use a model matching " + this.support.models().pattern());
		}
		if (role == Role.TOOL && !this.support.toolResultMedia()) {
			throw refuse(where, this.type.id() + " takes no images or documents in tool results; "
					+ "send them in a user message");
		}
		if (part instanceof ImagePart image) {
			this.images++;
			if (this.support.maxImages() > 0 && this.images > this.support.maxImages()) {
				throw refuse(where, this.type.id() + " takes at most " + this.support.maxImages()
						+ " images in one request, and earlier turns count");
			}
			media(where, "image", image.media(), this.support.imageTypes(), this.support.imageUrls(),
					this.support.maxImageBytes());
		}
		else if (part instanceof DocumentPart document) {
			media(where, "document", document.media(), this.support.documentTypes(), this.support.documentUrls(),
					this.support.maxDocumentBytes());
		}
		else {
			throw refuse(where, this.type.id() + " takes no " + part.getClass().getSimpleName() + " parts");
		}
	}

	private void media(String where, String kind, Media media, Set<String> types, boolean urls, long maxBytes) {
		if (types.isEmpty()) {
			throw refuse(where, this.type.id() + " takes no " + kind + "s in chat requests");
		}
		if (!media.inline()) {
			if (!urls) {
				throw refuse(where, this.type.id() + " fetches no " + kind + " URLs; send the bytes instead");
			}
			if (media.mimeType() == null && this.support.urlNeedsType()) {
				throw refuse(where, this.type.id() + " needs the MIME type of a URL part; give it with "
						+ "ContentPart.imageUrl(url, mimeType)");
			}
		}
		if (media.mimeType() != null && !types.contains(media.mimeType())) {
			throw refuse(where, this.type.id() + " reads " + kind + "s of type " + String.join(", ", new TreeSet<>(types))
					+ " only");
		}
		if (!media.inline()) {
			return;
		}
		if (maxBytes > 0 && media.size() > maxBytes) {
			throw refuse(where, "it is " + media.size() + " bytes, over the limit of " + maxBytes + " bytes ("
					+ megabytes(maxBytes) + ") per " + kind + " of " + this.type.id());
		}
		this.inlineBytes += media.size();
		if (this.support.maxInlineBytes() > 0 && this.inlineBytes > this.support.maxInlineBytes()) {
			throw refuse(where, "the images and documents sent inline reach " + this.inlineBytes
					+ " bytes, over the limit of " + this.support.maxInlineBytes() + " bytes ("
					+ megabytes(this.support.maxInlineBytes()) + ") per request of " + this.type.id());
		}
	}

	private static String megabytes(long bytes) {
		return (bytes % (1024 * 1024) == 0) ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
	}

	private LlmInvalidRequestException refuse(String where, String reason) {
		return new LlmInvalidRequestException(this.client, this.client + ": " + where + " is refused: " + reason);
	}

}
