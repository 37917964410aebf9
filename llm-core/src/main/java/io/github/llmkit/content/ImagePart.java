package io.github.llmkit.content;

/**
 * An image, given by its bytes or by a URL the provider fetches.
 *
 * @param media the image's bytes or URL, with its type
 * @since 0.1.0
 */
public record ImagePart(Media media) implements ContentPart {

	/**
	 * Create an image part.
	 * @throws IllegalArgumentException if the media is null or its known type is not an {@code image/} type
	 */
	public ImagePart {
		if (media == null) {
			throw new IllegalArgumentException("'media' must not be null");
		}
		if (media.mimeType() != null && !media.mimeType().startsWith("image/")) {
			throw new IllegalArgumentException("An image part needs an image/ type, not '" + media.mimeType() + "'");
		}
	}

	/**
	 * Return the type and size (or URL) only, never the bytes.
	 * @return the description
	 */
	@Override
	public String toString() {
		return "ImagePart[" + this.media + "]";
	}

}
