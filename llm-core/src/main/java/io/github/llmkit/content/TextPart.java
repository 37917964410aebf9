package io.github.llmkit.content;

/**
 * A piece of text.
 *
 * @param text the text; never null, may be empty
 * @since 0.1.0
 */
public record TextPart(String text) implements ContentPart {

	/**
	 * Create a text part.
	 * @throws IllegalArgumentException if the text is null
	 */
	public TextPart {
		if (text == null) {
			throw new IllegalArgumentException("'text' must not be null");
		}
	}

}
