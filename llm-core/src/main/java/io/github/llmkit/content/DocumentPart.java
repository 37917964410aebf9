package io.github.llmkit.content;

/**
 * A document such as a PDF, given by its bytes or by a URL the provider fetches.
 *
 * @param media the document's bytes or URL, with its type
 * @param name the file name shown to the model (OpenAI's {@code filename}, Claude's {@code title}); never null
 * @since 0.1.0
 */
public record DocumentPart(Media media, String name) implements ContentPart {

	/**
	 * Create a document part, naming it {@code document.pdf} when no name is given.
	 * @throws IllegalArgumentException if the media is null or has no type
	 */
	public DocumentPart {
		if (media == null) {
			throw new IllegalArgumentException("'media' must not be null");
		}
		if (media.mimeType() == null) {
			throw new IllegalArgumentException("A document part needs a MIME type, such as application/pdf");
		}
		name = (name != null && !name.isBlank()) ? name : "document.pdf";
	}

	/**
	 * Return the name, type and size (or URL) only, never the bytes.
	 * @return the description
	 */
	@Override
	public String toString() {
		return "DocumentPart[" + this.name + ", " + this.media + "]";
	}

}
