package io.github.llmkit.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;

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

	/**
	 * Return the text of a string content or the joined text blocks of a block array, or null when it has none.
	 */
	static String joined(JsonNode content) {
		if (content == null || !content.isArray()) {
			return Json.text(content);
		}
		StringBuilder text = new StringBuilder();
		content.forEach((block) -> text.append(block.path("text").asString("")));
		return (text.length() > 0) ? text.toString() : null;
	}

	/**
	 * Return an opaque signature for a thinking text or a Gemini turn: valid base64 of a digest of the seed, so it
	 * is stable.
	 */
	/**
	 * Return the text of every user turn of a message list, in order, one per line; a turn without the role field
	 * counts as a user turn (Gemini's default).
	 */
	static String userTexts(JsonNode messages, String roleField, String contentField) {
		StringBuilder texts = new StringBuilder();
		for (JsonNode message : messages) {
			if ("user".equals(message.path(roleField).asString("user"))) {
				String text = joined(message.get(contentField));
				texts.append((text != null) ? text : "").append('\n');
			}
		}
		return texts.toString();
	}

	static String signature(String seed) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("mock-signature:" + seed).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
