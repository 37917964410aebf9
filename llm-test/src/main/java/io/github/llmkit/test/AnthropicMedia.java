package io.github.llmkit.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The checks the Messages API makes on {@code image} and {@code document} blocks (in user turns and inside
 * {@code tool_result} content): a {@code base64} source with a supported {@code media_type} and raw base64 data
 * (no {@code data:} head), or a {@code url} source.
 */
final class AnthropicMedia {

	private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

	private AnthropicMedia() {
	}

	/**
	 * Return the API's message for the first malformed image or document block, or null.
	 */
	static String problem(JsonNode messages) {
		for (int i = 0; i < messages.size(); i++) {
			JsonNode content = messages.get(i).path("content");
			String role = messages.get(i).path("role").asString("");
			for (int j = 0; content.isArray() && j < content.size(); j++) {
				JsonNode block = content.get(j);
				String path = "messages." + i + ".content." + j;
				String problem = block(role, block, path);
				if (problem == null && "tool_result".equals(block.path("type").asString(""))
						&& block.path("content").isArray()) {
					for (int k = 0; k < block.get("content").size() && problem == null; k++) {
						problem = block(role, block.get("content").get(k), path + ".tool_result.content." + k);
					}
				}
				if (problem != null) {
					return problem;
				}
			}
		}
		return null;
	}

	/**
	 * Return the attachments of a message's content blocks.
	 */
	static List<Attachment> attachments(JsonNode content) {
		List<Attachment> found = new ArrayList<>();
		for (JsonNode block : content) {
			String type = block.path("type").asString("");
			if (type.equals("image") || type.equals("document")) {
				JsonNode source = block.path("source");
				String name = block.path("title").asString(null);
				found.add(("url".equals(source.path("type").asString("")))
						? new Attachment(type, null, -1, source.path("url").asString(""), name)
						: new Attachment(type, source.path("media_type").asString(null),
								Attachment.decodedSize(source.path("data").asString("")), null, name));
			}
		}
		return found;
	}

	private static String block(String role, JsonNode block, String path) {
		String type = block.path("type").asString("");
		if (!type.equals("image") && !type.equals("document")) {
			return null;
		}
		if (!role.equals("user")) {
			return path + ": " + type + " blocks are only allowed in user turns";
		}
		JsonNode source = block.path("source");
		String sourceType = source.path("type").asString("");
		if (sourceType.equals("url")) {
			String url = source.path("url").asString("");
			return (Attachment.isHttpUrl(url)) ? null : path + "." + type + ".source.url: Input should be a valid URL";
		}
		if (!sourceType.equals("base64")) {
			return path + "." + type + ".source: Input tag '" + sourceType
					+ "' found using 'type' does not match any of the expected tags: 'base64', 'url'";
		}
		String mediaType = source.path("media_type").asString("");
		if (type.equals("image") && !IMAGE_TYPES.contains(mediaType)) {
			return path + ".image.source.base64.media_type: Input should be 'image/jpeg', 'image/png', 'image/gif' "
					+ "or 'image/webp'";
		}
		if (type.equals("document") && !mediaType.equals("application/pdf")) {
			return path + ".document.source.base64.media_type: Input should be 'application/pdf'";
		}
		String data = source.path("data").asString("");
		if (data.startsWith("data:") || Attachment.decodedSize(data) <= 0) {
			return path + "." + type + ".source.base64.data: The " + type + " data is not valid base64";
		}
		return null;
	}

}
