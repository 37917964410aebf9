package io.github.llmkit.test;

import java.util.ArrayList;
import java.util.List;

/**
 * Text helpers shared by the renderers: splitting into stream chunks and a rough token estimate.
 */
final class Texts {

	private Texts() {
	}

	/**
	 * Split text into word-sized pieces (each keeps its trailing whitespace) whose concatenation is the text.
	 */
	static List<String> chunks(String text) {
		List<String> pieces = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return pieces;
		}
		int start = 0;
		for (int i = 1; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
				pieces.add(text.substring(start, i));
				start = i;
			}
		}
		pieces.add(text.substring(start));
		return pieces;
	}

	/**
	 * Split text into slices of at most {@code size} characters, the way streamed tool arguments arrive.
	 */
	static List<String> slices(String text, int size) {
		List<String> pieces = new ArrayList<>();
		for (int i = 0; i < text.length(); i += size) {
			pieces.add(text.substring(i, Math.min(text.length(), i + size)));
		}
		return pieces;
	}

	/**
	 * Estimate tokens as one per four characters, at least one for non-empty text.
	 */
	static int tokens(String text) {
		if (text == null || text.isEmpty()) {
			return 0;
		}
		return Math.max(1, (text.length() + 3) / 4);
	}

}
