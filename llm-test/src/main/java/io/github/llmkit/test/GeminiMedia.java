package io.github.llmkit.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The checks Gemini makes on {@code inlineData} parts (a MIME type and raw base64 bytes, no {@code data:} head)
 * and {@code fileData} parts (a MIME type and a file URI), in either spelling.
 */
final class GeminiMedia {

	private GeminiMedia() {
	}

	/**
	 * Return the field path and message of the first malformed media part, or null.
	 */
	static Map.Entry<String, String> problem(JsonNode contents) {
		for (int i = 0; i < contents.size(); i++) {
			JsonNode parts = contents.get(i).path("parts");
			for (int j = 0; j < parts.size(); j++) {
				String path = "contents[" + i + "].parts[" + j + "]";
				JsonNode inline = Json.field(parts.get(j), "inlineData", "inline_data");
				JsonNode file = Json.field(parts.get(j), "fileData", "file_data");
				if (inline.isObject()) {
					if (!Json.field(inline, "mimeType", "mime_type").isString()) {
						return Map.entry(path + ".inline_data.mime_type", "Request contains an invalid argument.");
					}
					String data = inline.path("data").asString("");
					if (data.startsWith("data:") || Attachment.decodedSize(data) <= 0) {
						return Map.entry(path + ".inline_data.data",
								"Invalid value at '" + path + ".inline_data.data' (TYPE_BYTES), Base64 decoding failed");
					}
				}
				if (file.isObject()) {
					if (!Json.field(file, "mimeType", "mime_type").isString()
							|| !Json.field(file, "fileUri", "file_uri").isString()) {
						return Map.entry(path + ".file_data", "Request contains an invalid argument.");
					}
				}
			}
		}
		return null;
	}

	/**
	 * Return the attachments among a turn's parts.
	 */
	static List<Attachment> attachments(JsonNode parts) {
		List<Attachment> found = new ArrayList<>();
		for (JsonNode part : parts) {
			JsonNode inline = Json.field(part, "inlineData", "inline_data");
			JsonNode file = Json.field(part, "fileData", "file_data");
			if (inline.isObject()) {
				String type = Json.field(inline, "mimeType", "mime_type").asString("");
				found.add(new Attachment(kind(type), type, Attachment.decodedSize(inline.path("data").asString("")),
						null, null));
			}
			else if (file.isObject()) {
				String type = Json.field(file, "mimeType", "mime_type").asString("");
				found.add(new Attachment(kind(type), type, -1, Json.field(file, "fileUri", "file_uri").asString(""),
						null));
			}
		}
		return found;
	}

	private static String kind(String mimeType) {
		return (mimeType.startsWith("image/")) ? "image" : "document";
	}

}
